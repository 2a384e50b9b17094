// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.report.Verdicts;
import io.github.jixiao.scoring.ExecutionScore;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prints one scored form for a terminal (评分卡): project and year, the indicator table (三级指标, 年度指标值,
 * 实际完成值, 分值, reported 得分, computed points, verdict in words: {@code 达成，自评有误}), the execution rate
 * with the amounts it comes from and its score, reported against computed total and grade, then the findings at
 * or above the level asked for, the most serious first. Text from the form is printed with its control
 * characters escaped ({@link Terminals#safe}).
 */
final class CardPrinter {

    private static final int NAME_WIDTH = 26;
    private static final int VALUE_WIDTH = 18;

    private final Lang lang;
    private final Colours colours;
    private final boolean wide;
    private final Level minSeverity;

    CardPrinter(Lang lang, Colours colours) {
        this(lang, colours, false, Level.info);
    }

    /**
     * A printer.
     *
     * @param wide whether to keep long names whole
     * @param minSeverity the least severity of the findings printed
     */
    CardPrinter(Lang lang, Colours colours, boolean wide, Level minSeverity) {
        this.lang = lang;
        this.colours = colours;
        this.wide = wide;
        this.minSeverity = minSeverity;
    }

    String print(Evaluation evaluated) {
        SelfEvaluation form = evaluated.form();
        ScoreCard card = evaluated.card();
        StringBuilder out = new StringBuilder();
        out.append(colours.paint(Style.TITLE, Terminals.safe(form.project().name()))).append('\n');
        List<String> facts = new ArrayList<>();
        form.year().ifPresent(year -> facts.add(lang.pick(year + " 年", year.toString())));
        form.project().department().ifPresent(facts::add);
        facts.add(evaluated.source().toString());
        facts.add(lang.pick("评分规则 " + card.policy().name() + "（依据：" + evaluated.policy().reason() + "）",
                "policy " + card.policy().name() + " (" + evaluated.policy().reasonEn() + ")"));
        out.append(colours.paint(Style.DIM, Terminals.safe(String.join(" · ", facts)))).append("\n\n");
        out.append(indicators(card)).append('\n');
        out.append(execution(form, card.execution()));
        out.append(totals(form, card)).append('\n');
        out.append(findings(evaluated.findings()));
        return out.toString();
    }

    private String indicators(ScoreCard card) {
        int unlimited = Integer.MAX_VALUE;
        Table table = new Table(List.of(
                new Table.Column(lang.pick("三级指标", "Indicator"), Table.Align.LEFT, wide ? unlimited : NAME_WIDTH),
                new Table.Column(lang.pick("年度指标值", "Target"), Table.Align.LEFT, wide ? unlimited : VALUE_WIDTH),
                new Table.Column(lang.pick("实际完成值", "Actual"), Table.Align.LEFT, wide ? unlimited : VALUE_WIDTH),
                new Table.Column(lang.pick("分值", "Weight"), Table.Align.RIGHT, 8),
                new Table.Column(lang.pick("自评得分", "Reported"), Table.Align.RIGHT, 8),
                new Table.Column(lang.pick("计算得分", "Computed"), Table.Align.RIGHT, 8),
                new Table.Column(lang.pick("判定", "Verdict"), Table.Align.LEFT, wide ? unlimited : 48)));
        BigDecimal tolerance = card.policy().scoreTolerance();
        for (IndicatorScore score : card.indicators()) {
            Optional<BigDecimal> reported = score.indicator().reportedScore();
            boolean accepted = Verdicts.accepted(score, tolerance).orElse(true);
            Style mark = accepted ? Style.PLAIN : Style.ERROR;
            String verdict = Verdicts.of(score, tolerance, lang.language());
            table.row(List.of(
                    new Table.Cell(score.indicator().name(), Style.PLAIN),
                    new Table.Cell(score.indicator().target().text(), Style.PLAIN),
                    new Table.Cell(score.indicator().actual().text(), Style.PLAIN),
                    new Table.Cell(score.weight().toPlainString(), Style.PLAIN),
                    new Table.Cell(reported.map(BigDecimal::toPlainString).orElse("—"), mark),
                    new Table.Cell(score.points().toPlainString(), mark),
                    new Table.Cell(verdict, accepted ? Style.GOOD : Style.ERROR)));
        }
        return table.render(colours);
    }

    private String execution(SelfEvaluation form, ExecutionScore execution) {
        String rate = execution.rate().map(r -> r.movePointRight(2).toPlainString() + "%").orElse("—");
        String reported = form.funding().reportedScore()
                .map(s -> lang.pick("（自评 ", " (reported ") + s.toPlainString() + lang.pick("）", ")"))
                .orElse("");
        FundingSource line = io.github.jixiao.report.FormRow.totalLine(form.funding());
        String amounts = lang.pick("（全年执行数 ", " (executed ") + amount(line.executed())
                + lang.pick(" / 全年预算数 ", " / budget ") + amount(line.adjustedBudget()) + " "
                + form.funding().unit().symbol() + lang.pick("）", ")");
        return lang.pick("预算执行率 ", "Execution rate ") + rate + amounts + lang.pick("  得分 ", "  score ")
                + execution.points().toPlainString() + " / " + execution.weight().toPlainString() + reported + "\n";
    }

    private static String amount(Optional<Amount> amount) {
        return amount.map(a -> a.number().toPlainString()).orElse("—");
    }

    private String totals(SelfEvaluation form, ScoreCard card) {
        String reported = form.reportedTotal().map(BigDecimal::toPlainString).orElse("—") + " "
                + form.reportedGrade().orElse("");
        String computed = card.total().toPlainString()
                + card.rescaledTotal().map(t -> lang.pick("（折算 ", " (rescaled ") + t.toPlainString()
                        + lang.pick("）", ")")).orElse("")
                + " " + card.grade().label();
        boolean same = form.reportedTotal().map(t -> t.subtract(card.finalTotal()).abs()
                .compareTo(card.policy().scoreTolerance()) <= 0).orElse(false);
        return colours.paint(Style.HEADER, lang.pick("总分", "Total")) + lang.pick("  自评 ", "  reported ")
                + Terminals.safe(reported.strip()) + lang.pick("  计算 ", "  computed ")
                + colours.paint(same ? Style.GOOD : Style.WARNING, computed) + "\n";
    }

    private String findings(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        if (findings.isEmpty()) {
            return out.append(colours.paint(Style.GOOD, lang.pick("未发现问题", "No findings"))).append('\n')
                    .toString();
        }
        List<Finding> shown = bySeverity(findings).stream().filter(f -> minSeverity.admits(f.severity())).toList();
        out.append(colours.paint(Style.HEADER, lang.pick("发现的问题 ", "Findings: ") + findings.size()));
        if (shown.size() < findings.size()) {
            out.append(lang.pick("（显示" + atOrAbove(lang, minSeverity) + "的 " + shown.size() + " 个）",
                    " (" + shown.size() + " at or above " + minSeverity + " shown)"));
        }
        out.append('\n');
        for (Finding finding : shown) {
            // a reading finding's location is its cell: printed once
            String at = finding.origin().map(Object::toString).filter(o -> !o.equals(finding.location()))
                    .map(o -> "  " + o).orElse("");
            out.append("  ").append(colours.paint(style(finding.severity()), severity(lang, finding.severity())))
                    .append("  ").append(finding.code()).append("  ")
                    .append(colours.paint(Style.DIM, Terminals.safe(finding.location() + at))).append('\n')
                    .append("    ").append(Terminals.safe(finding.message(lang.language()))).append('\n');
        }
        return out.toString();
    }

    /** The findings, most serious first, in their own order within a severity. */
    static List<Finding> bySeverity(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    }

    /** 错误, 警告及以上, 所有: the words for a level in a sentence. */
    static String atOrAbove(Lang lang, Level level) {
        return switch (level) {
            case error -> lang.pick("错误", "errors");
            case warning -> lang.pick("警告及以上", "warnings and errors");
            case info -> lang.pick("任何", "any");
        };
    }

    static Style style(Severity severity) {
        return switch (severity) {
            case ERROR -> Style.ERROR;
            case WARNING -> Style.WARNING;
            case INFO -> Style.DIM;
        };
    }

    static String severity(Lang lang, Severity severity) {
        return switch (severity) {
            case ERROR -> lang.pick("错误", "ERROR");
            case WARNING -> lang.pick("警告", "WARNING");
            case INFO -> lang.pick("提示", "INFO");
        };
    }
}
