// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/** Amount and the funding block, with Beijing 2023's figures (万元). */
class FundingTest {

    private static final AmountUnit 万元 = AmountUnit.TEN_THOUSAND_YUAN;

    @Test
    void anAmountKeepsItsScaleAndUnitAndConvertsToCny() {
        Amount amount = Amount.of("303.50", 万元);
        assertThat(amount.number()).isEqualTo(new BigDecimal("303.50"));
        assertThat(amount).hasToString("303.50万元");
        assertThat(amount.yuan()).isEqualByComparingTo("3035000");
        MonetaryAmount money = amount.money();
        assertThat(money.getCurrency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(money.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("3035000");
        assertThat(Amount.of(money, 万元).compareTo(amount)).isZero();
        assertThat(Amount.of("303.5", 万元)).isNotEqualTo(amount);
    }

    @Test
    void amountsDivideAndCompareWhateverTheirUnits() {
        Amount executed = Amount.of("87.1", 万元);
        Amount budget = Amount.of("100", 万元);
        assertThat(executed.divide(budget, 4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.8710"));
        assertThat(Amount.of("871000", AmountUnit.YUAN).divide(budget, 4, RoundingMode.HALF_UP))
                .isEqualTo(new BigDecimal("0.8710"));
        assertThat(Amount.of("871000", AmountUnit.YUAN).compareTo(executed)).isZero();
        assertThat(Amount.of("871001", AmountUnit.YUAN).compareTo(executed)).isPositive();
        assertThat(executed.compareTo(budget)).isNegative();
        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> executed.divide(Amount.of("0.00", 万元), 4, RoundingMode.HALF_UP));
    }

    @Test
    void anAmountFromMonetaNeverHasANegativeScale() {
        MonetaryAmount money = Monetary.getDefaultAmountFactory().setCurrency("CNY").setNumber(300).create();
        assertThat(Amount.of(money, AmountUnit.YUAN).number()).isEqualTo(new BigDecimal("300"));
        assertThat(Amount.of(money, 万元).number()).isEqualTo(new BigDecimal("0.03"));
    }

    @Test
    void anAmountInAnotherCurrencyIsRejected() {
        MonetaryAmount dollars = Monetary.getDefaultAmountFactory().setCurrency("USD").setNumber(10).create();
        assertThatIllegalArgumentException().isThrownBy(() -> Amount.of(dollars, AmountUnit.YUAN))
                .withMessageContaining("is in USD; forms are in CNY");
    }

    @Test
    void unitsAreFoundInHeaders() {
        assertThat(AmountUnit.find("项目资金\n（万元）")).contains(万元);
        assertThat(AmountUnit.find("项目资金 (元)")).contains(AmountUnit.YUAN);
        assertThat(AmountUnit.find("项目资金")).isEmpty();
    }

    @Test
    void fundingLinesAreClassifiedFromTheirLabels() {
        assertThat(FundingKind.classify("年度资金总额:")).isEqualTo(FundingKind.TOTAL);
        assertThat(FundingKind.classify("其中：当年财\n政拨款")).isEqualTo(FundingKind.CURRENT_APPROPRIATION);
        assertThat(FundingKind.classify("上年结转资金")).isEqualTo(FundingKind.CARRYOVER);
        assertThat(FundingKind.classify("财政专户管理资金")).isEqualTo(FundingKind.OTHER);
    }

    @Test
    void everyAmountMustBeInTheBlocksUnit() {
        FundingSource total = FundingSource.of("年度资金总额", Amount.of("306.432444", 万元), Amount.of("303.50", 万元),
                Amount.of("303.50", 万元));
        FundingSource inYuan = FundingSource.of("上年结转资金", Amount.of("0", AmountUnit.YUAN),
                Amount.of("0", AmountUnit.YUAN), Amount.of("0", AmountUnit.YUAN));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Funding.builder().unit(万元).total(total).sources(List.of(inYuan))
                        .weight(BigDecimal.TEN).build())
                .withMessage("全年预算数 of 上年结转资金 is in 元 but the block is in 万元");
        Funding funding = Funding.builder().unit(万元).total(total).weight(BigDecimal.TEN).build();
        assertThat(funding.total().orElseThrow().kind()).isEqualTo(FundingKind.TOTAL);
        assertThat(funding.total().orElseThrow().initialBudget()).contains(Amount.of("306.432444", 万元));
    }

    @Test
    void aNegativeExecutionWeightIsRejected() {
        FundingSource total = FundingSource.of("年度资金总额", Amount.of("1", 万元), Amount.of("1", 万元),
                Amount.of("1", 万元));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Funding.builder().unit(万元).total(total).weight(new BigDecimal("-10")).build())
                .withMessage("分值 of 预算执行率 is -10; it must be ≥ 0");
    }
}
