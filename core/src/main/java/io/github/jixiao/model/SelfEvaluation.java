// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.model;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One project expenditure performance self-evaluation form (项目支出绩效自评表): title, fiscal year,
 * project, funding, annual goal, indicator tree, the 总分 and 评分等级, and the remarks around it, exactly as
 * printed.
 *
 * <p>What the form reports is kept as reported, even when it is wrong or blank; scoring and the audit compute
 * what the rules say beside it. Nothing printed is dropped and nothing unprinted is invented: a value the form
 * leaves blank is empty.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfEvaluation implements Cited {

    /** The title of the central template. */
    public static final String STANDARD_TITLE = "项目支出绩效自评表";

    SelfEvaluation() {
    }

    /** The title as printed, such as 项目支出绩效自评表 or 财政项目支出绩效自评表; empty when none is printed. @return never null */
    public abstract Optional<String> title();

    /** The fiscal year, such as 2023 from （2023年度）; empty when the form does not print it. @return never null */
    public abstract Optional<Year> year();

    /** The project. @return never null */
    @Value.Default
    public Project project() {
        return Project.builder().build();
    }

    /** The funding block. @return never null */
    public abstract Funding funding();

    /** The annual overall goal. @return never null */
    @Value.Default
    public AnnualGoal goal() {
        return AnnualGoal.of("", "");
    }

    /** The indicator tree. @return never null */
    public abstract IndicatorTree indicators();

    /** The Σ分值 printed in the 总分 row (usually 100); empty when blank. @return never null */
    public abstract Optional<BigDecimal> reportedWeightTotal();

    /** The 总分 printed (the unit's own total score); empty when blank. @return never null */
    public abstract Optional<BigDecimal> reportedTotal();

    /** The 评分等级 / 自评等级 printed, as written (优, 良 …); empty when absent. @return never null */
    public abstract Optional<String> reportedGrade();

    /**
     * Rows printed around the form that its fields have no place for (其他需要说明事项, 注, 附件1 …), in form
     * order.
     *
     * @return never null
     */
    public abstract List<Remark> remarks();

    /**
     * Where the title, the year, the goal ({@link Field#GOAL_EXPECTED}, {@link Field#GOAL_ACTUAL}) and the 总分 row
     * ({@link Field#WEIGHT_TOTAL}, {@link Field#TOTAL}, {@link Field#GRADE}) were printed.
     *
     * @return never null
     */
    @Override
    @Value.Auxiliary
    public abstract Map<Field, Origin> origins();

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SelfEvaluation}; funding and indicators are required. */
    public static class Builder extends ImmutableSelfEvaluation.Builder {
        Builder() {
        }
    }
}
