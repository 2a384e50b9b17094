package io.github.jixiao.model;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One project expenditure performance self-evaluation form (项目支出绩效自评表): title, fiscal year,
 * project, funding, annual goal, indicator tree, and the 总分 and 评分等级 exactly as printed.
 *
 * <p>What the form reports is kept as reported, even when it is wrong; scoring and the audit compute what
 * the rules say beside it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfEvaluation {

    /** The title of the central template. */
    public static final String STANDARD_TITLE = "项目支出绩效自评表";

    SelfEvaluation() {
    }

    /** The title as printed, such as 项目支出绩效自评表 or 财政项目支出绩效自评表. @return never null */
    @Value.Default
    public String title() {
        return STANDARD_TITLE;
    }

    /** The fiscal year, such as 2023 from （2023年度）; empty when the form does not print it. @return never null */
    public abstract Optional<Year> year();

    /** The project. @return never null */
    public abstract Project project();

    /** The funding block. @return never null */
    public abstract Funding funding();

    /** The annual overall goal. @return never null */
    public abstract AnnualGoal goal();

    /** The indicator tree. @return never null */
    public abstract IndicatorTree indicators();

    /** The Σ分值 printed in the 总分 row (usually 100); empty when blank. @return never null */
    public abstract Optional<BigDecimal> reportedWeightTotal();

    /** The 总分 printed (the unit's own total score); empty when blank. @return never null */
    public abstract Optional<BigDecimal> reportedTotal();

    /** The 评分等级 / 自评等级 printed, as written (优, 良 …); empty when absent. @return never null */
    public abstract Optional<String> reportedGrade();

    /** A new builder. @return never null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SelfEvaluation}; project, funding, goal and indicators are required. */
    public static class Builder extends ImmutableSelfEvaluation.Builder {
        Builder() {
        }
    }
}
