package io.github.jixiao.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.fixtures.SeedForms;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The expectations of the end-to-end tests are what the oracle and the seeds say. */
class ExpectedFormsTest {

    @Test
    void theCorpusFormsAreTheOraclesRowsAsPrinted() {
        ExpectedForms.Form putuo = ExpectedForms.corpus().get("04_putuo-tiyu-jiesuan");

        assertThat(ExpectedForms.corpus()).hasSize(5);
        assertThat(putuo.project()).isEqualTo("普陀体育中心与委托运营方结算费用");
        assertThat(putuo.budget()).isEqualByComparingTo("250000.00");
        assertThat(putuo.executed()).isEqualByComparingTo("215457.6");
        assertThat(putuo.rows().get(0)).isEqualTo(new ExpectedForms.Row("与委托运营方结算完成率", "=100%", "100%",
                new BigDecimal("10"), new BigDecimal("10")));
        assertThat(ExpectedForms.corpus().get("02_yongde-yingyanggaishan").rows().get(0).target()).isEqualTo("≧735人次");
    }

    @Test
    void aSeedFormReadsAsItselfAndNotAsAnother() {
        assertThat(ExpectedForms.seeds("shenzhen")).hasSize(9);
        assertThat(ExpectedForms.seeds("shanghai")).hasSize(6);
        ExpectedForms.assertReadsAs(SeedForms.beijing(), ExpectedForms.seeds("beijing").get(0));
        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> ExpectedForms.assertReadsAs(
                SeedForms.shenzhen().get(1), ExpectedForms.seeds("shenzhen").get(0)));
    }
}
