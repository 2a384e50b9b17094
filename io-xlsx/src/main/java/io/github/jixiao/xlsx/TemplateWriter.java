// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes forms as .xlsx workbooks in the standard template of 财预〔2020〕10号 (项目支出绩效自评表模板): one
 * worksheet per form with the title, the project rows, the funding block, the annual goal, the indicator
 * table with merged 一级 / 二级 cells, 总分 and 评分等级, in 宋体 with borders and number formats that show
 * each figure's scale.
 *
 * <p>Beside the template, in columns K:L, live formulas recompute what the form reports with the rules of a
 * scoring policy (national by default), so the sheet recalculates when someone edits an amount or a score:
 * <ul>
 *   <li>核算执行率 = ROUND(全年执行数 / 全年预算数, 4), blank when 全年预算数 is not above 0;</li>
 *   <li>核算得分 = ROUND(分值 × MIN(1, 执行率), 2), 0 when 全年预算数 is not above 0;</li>
 *   <li>核算总分 = 核算得分 + SUM(得分 of the indicator rows): the score card's points when written with
 *       audit reports, the form's own 得分 otherwise;</li>
 *   <li>核算等级 from 核算总分 and the policy's grade bands, when the form prints a 评分等级.</li>
 * </ul>
 *
 * <p>Every value the form prints stays a constant in its template cell, exactly as written, so reading the
 * workbook back gives an equal form. Text is always written as text: a name beginning with {@code =},
 * {@code +}, {@code -} or {@code @} is never a formula.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TemplateWriter {

    static final String APPLICATION = "jixiao";

    private static final TemplateWriter STANDARD = of(ScoringPolicy.national());

    private final ExecutionFormula formula;

    private TemplateWriter(ExecutionFormula formula) {
        this.formula = formula;
    }

    /**
     * The writer of the standard template with the formulas of the national policy (财预〔2020〕10号):
     * 分值 10, the score rounded half-up to two decimals, grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差.
     *
     * @return never null
     */
    public static TemplateWriter standard() {
        return STANDARD;
    }

    /**
     * The writer of the standard template whose computed cells follow a scoring policy: its execution
     * weight, the denominator of 执行率, its rounding (as {@code ROUND}, {@code ROUNDDOWN} or {@code ROUNDUP})
     * and its grade bands.
     *
     * @param policy the policy, not null
     * @return never null
     */
    public static TemplateWriter of(ScoringPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return new TemplateWriter(ExecutionFormula.of(policy));
    }

    /**
     * Writes audited forms to a stream as one .xlsx workbook: one worksheet per form as {@link #write}
     * does, with each evaluation's findings marked (a comment on the cell each finding's location names, a red
     * fill for an error and a yellow one for a warning), the score card's points in column L of the indicator
     * rows (so the computed 总分 is the card's total), and a last sheet, 审核, listing every finding. The
     * formulas follow each card's own policy. The stream is flushed but not closed.
     *
     * @param evaluations the forms evaluated, one sheet each; their findings (the reader's, the policy choice's and
     *     the audit's) are marked, not null
     * @param out the stream, not null
     * @throws IllegalArgumentException if {@code evaluations} is empty
     * @throws IOException if the stream cannot be written
     */
    public static void writeAudited(List<Evaluation> evaluations, OutputStream out) throws IOException {
        Objects.requireNonNull(evaluations, "evaluations");
        List<Sheet> sheets = new ArrayList<>(evaluations.size());
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation evaluation = Objects.requireNonNull(evaluations.get(i), "evaluations[" + i + "]");
            ScoreCard card = evaluation.card();
            List<BigDecimal> points = card.indicators().stream().map(IndicatorScore::points).toList();
            sheets.add(new Sheet(card.form(), ExecutionFormula.of(card.policy()), Optional.of(points),
                    evaluation.findings()));
        }
        write(sheets, true, out);
    }

    /**
     * Writes forms to a stream as one .xlsx workbook, one worksheet per form. The stream is flushed but not
     * closed.
     *
     * @param forms the forms, not null
     * @param out the stream, not null
     * @throws IllegalArgumentException if {@code forms} is empty
     * @throws IOException if the stream cannot be written
     */
    public void write(List<SelfEvaluation> forms, OutputStream out) throws IOException {
        Objects.requireNonNull(forms, "forms");
        List<Sheet> sheets = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            sheets.add(new Sheet(Objects.requireNonNull(forms.get(i), "forms[" + i + "]"), formula,
                    Optional.empty(), List.of()));
        }
        write(sheets, false, out);
    }

    /** Writes the sheets, and with {@code auditSheet} the 审核 sheet after them. */
    static void write(List<Sheet> sheets, boolean auditSheet, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("forms is empty; a workbook needs at least one form");
        }
        PlainPackage plain = new PlainPackage();
        Workbook workbook = plain.workbook(APPLICATION);
        int number = 1;
        for (Sheet sheet : sheets) {
            SelfEvaluation form = sheet.form();
            Worksheet worksheet = workbook.newWorksheet(SheetNames.forForm(number, form.project().name()));
            FormSheet layout = FormSheet.write(worksheet, form, sheet.formula(), sheet.points().isPresent());
            sheet.points().ifPresent(layout::points);
            layout.mark(sheet.findings());
            number++;
        }
        if (auditSheet) {
            AuditSheet audit = new AuditSheet(workbook.newWorksheet(AuditSheet.NAME));
            for (int i = 0; i < sheets.size(); i++) {
                audit.add(i + 1, sheets.get(i).form().project().name(), sheets.get(i).findings());
            }
            audit.finish();
        }
        workbook.finish();
        plain.writeTo(out);
        out.flush();
    }

    /**
     * One form's sheet: the form, the formulas of its policy, a score card's points per indicator, and the
     * findings to mark.
     */
    record Sheet(SelfEvaluation form, ExecutionFormula formula, Optional<List<BigDecimal>> points,
            List<Finding> findings) {
    }
}
