package io.github.jixiao.cli;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ExecutionScore;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.Rule;
import io.github.jixiao.scoring.ScoreCard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prints one scored form for a terminal (评分卡): project and year, the indicator table (三级指标, 年度指标值,
 * 实际完成值, 分值, reported 得分, computed points, verdict), the execution rate and score, reported against
 * computed total and grade, then the findings, the most serious first.
 */
final class CardPrinter {

    private static final int NAME_WIDTH = 26;
    private static final int VALUE_WIDTH = 18;

    private final Lang lang;
    private final Colours colours;

    CardPrinter(Lang lang, Colours colours) {
        this.lang = lang;
        this.colours = colours;
    }

    String print(Evaluated evaluated) {
        SelfEvaluation form = evaluated.form();
        ScoreCard card = evaluated.card();
        StringBuilder out = new StringBuilder();
        out.append(colours.paint(Style.TITLE, form.project().name())).append('\n');
        List<String> facts = new ArrayList<>();
        form.year().ifPresent(year -> facts.add(lang.pick(year + " 年", year.toString())));
        form.project().department().ifPresent(facts::add);
        facts.add(evaluated.source());
        facts.add(lang.pick("评分规则 " + card.policy().name() + "（依据：" + evaluated.policy().reason() + "）",
                "policy " + card.policy().name() + " (" + evaluated.policy().reasonEn() + ")"));
        out.append(colours.paint(Style.DIM, String.join(" · ", facts))).append("\n\n");
        out.append(indicators(card)).append('\n');
        out.append(execution(form, card.execution()));
        out.append(totals(form, card)).append('\n');
        out.append(findings(evaluated.findings()));
        return out.toString();
    }

    private String indicators(ScoreCard card) {
        Table table = new Table(List.of(
                new Table.Column(lang.pick("三级指标", "Indicator"), Table.Align.LEFT, NAME_WIDTH),
                new Table.Column(lang.pick("年度指标值", "Target"), Table.Align.LEFT, VALUE_WIDTH),
                new Table.Column(lang.pick("实际完成值", "Actual"), Table.Align.LEFT, VALUE_WIDTH),
                new Table.Column(lang.pick("分值", "Weight"), Table.Align.RIGHT, 8),
                new Table.Column(lang.pick("自评得分", "Reported"), Table.Align.RIGHT, 8),
                new Table.Column(lang.pick("计算得分", "Computed"), Table.Align.RIGHT, 8),
                new Table.Column(lang.pick("判定", "Verdict"), Table.Align.LEFT, 40)));
        BigDecimal tolerance = card.policy().scoreTolerance();
        for (IndicatorScore score : card.indicators()) {
            Optional<BigDecimal> reported = score.indicator().reportedScore();
            boolean accepted = reported.map(r -> score.allowed().accepts(r, tolerance)).orElse(true);
            Style mark = accepted ? Style.PLAIN : Style.ERROR;
            String verdict = rule(score.rule())
                    + (score.allowed().min().compareTo(score.allowed().max()) == 0 ? "" : " " + score.allowed())
                    + (reported.isEmpty() ? "" : accepted ? " ✓" : " ✗");
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
        return lang.pick("预算执行率 ", "Execution rate ") + rate + lang.pick("  得分 ", "  score ")
                + execution.points().toPlainString() + " / " + execution.weight().toPlainString() + reported + "\n";
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
                + reported.strip() + lang.pick("  计算 ", "  computed ")
                + colours.paint(same ? Style.GOOD : Style.WARNING, computed) + "\n";
    }

    private String findings(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        if (findings.isEmpty()) {
            return out.append(colours.paint(Style.GOOD, lang.pick("未发现问题", "No findings"))).append('\n')
                    .toString();
        }
        out.append(colours.paint(Style.HEADER, lang.pick("发现的问题 ", "Findings: ") + findings.size()))
                .append('\n');
        List<Finding> bySeverity = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
        for (Finding finding : bySeverity) {
            out.append("  ").append(colours.paint(style(finding.severity()), severity(lang, finding.severity())))
                    .append("  ").append(finding.code()).append("  ")
                    .append(colours.paint(Style.DIM, finding.location())).append('\n')
                    .append("    ").append(finding.message(lang.chinese())).append('\n');
        }
        return out.toString();
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

    private String rule(Rule rule) {
        return switch (rule) {
            case MET -> lang.pick("达成", "met");
            case PROPORTIONAL_POSITIVE, PROPORTIONAL_REVERSE -> lang.pick("未达成，按比例", "missed, proportional");
            case QUALITATIVE_BAND -> lang.pick("定性区间", "band");
            case DEADLINE_MET -> lang.pick("按时", "on time");
            case DEADLINE_LATE -> lang.pick("逾期", "late");
            case ZERO_TARGET -> lang.pick("零目标", "zero target");
            case OVER_ACHIEVEMENT_DEDUCTED -> lang.pick("超额扣分", "over-achieved");
            case NOT_APPLICABLE -> lang.pick("不适用", "n/a");
            case UNASSESSABLE -> lang.pick("无法评判", "not assessable");
        };
    }
}
