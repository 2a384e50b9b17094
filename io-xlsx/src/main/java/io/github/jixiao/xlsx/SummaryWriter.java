package io.github.jixiao.xlsx;

import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.xlsx.Styles.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.dhatim.fastexcel.Workbook;

/**
 * Writes the batch summary workbook (汇总表): one sheet, 汇总, one row per audited form with 序号, 项目名称,
 * 主管部门, 全年预算数 and 全年执行数 (in 元, whatever unit the form printed), 执行率 (a live formula,
 * 全年执行数 / 全年预算数), the 总分 the form reports and the one the rules compute, the computed and the
 * reported 评分等级, and the number of ERROR and WARNING findings. The header is frozen and carries an
 * autofilter; text is always written as text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SummaryWriter {

    static final String SHEET = "汇总";

    private static final String[] HEADERS = {"序号", "项目名称", "主管部门", "全年预算数（元）", "全年执行数（元）", "执行率",
        "填报总分", "核算总分", "评分等级", "填报等级", "错误", "警告"};
    private static final double[] MIN_WIDTHS = {6, 24, 16, 16, 16, 9, 9, 9, 9, 9, 6, 6};
    private static final double[] MAX_WIDTHS = {6, 50, 30, 20, 20, 9, 9, 9, 9, 9, 6, 6};

    private SummaryWriter() {
    }

    /**
     * Writes the summary of audited forms to a stream, one row per report in the given order. The stream is
     * flushed but not closed.
     *
     * @param reports the audit reports, one per form, not null
     * @param out the stream, not null
     * @throws IOException if the stream cannot be written
     */
    public static void write(List<AuditReport> reports, OutputStream out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        PlainPackage plain = new PlainPackage();
        Workbook workbook = plain.workbook(TemplateWriter.APPLICATION);
        Grid grid = new Grid(workbook.newWorksheet(SHEET), MIN_WIDTHS, MAX_WIDTHS);
        for (int col = 0; col < HEADERS.length; col++) {
            grid.text(0, col, HEADERS[col], Kind.LABEL);
        }
        int row = 1;
        for (int i = 0; i < reports.size(); i++) {
            row(grid, row, Objects.requireNonNull(reports.get(i), "reports[" + i + "]"));
            row++;
        }
        grid.finish();
        grid.sheet().freezePane(0, 1);
        grid.sheet().setAutoFilter(0, 0, Math.max(0, row - 1), HEADERS.length - 1);
        workbook.finish();
        plain.writeTo(out);
        out.flush();
    }

    /** The amount in 元, exact, with at least the two decimals of 分. */
    static BigDecimal yuan(Amount amount) {
        BigDecimal yuan = amount.yuan().stripTrailingZeros();
        return yuan.scale() < 2 ? yuan.setScale(2) : yuan;
    }

    private static void amount(Grid grid, int row, int column, Optional<Amount> amount) {
        amount.ifPresentOrElse(a -> grid.number(row, column, yuan(a), Kind.NUMBER), () -> grid.blank(row, column,
                Kind.NUMBER));
    }

    private static void row(Grid grid, int row, AuditReport report) {
        ScoreCard card = report.card();
        SelfEvaluation form = card.form();
        Optional<FundingSource> total = form.funding().total();
        grid.number(row, 0, BigDecimal.valueOf(row), Kind.NUMBER);
        grid.text(row, 1, form.project().name(), Kind.TEXT);
        grid.text(row, 2, form.project().department().orElse(""), Kind.TEXT);
        amount(grid, row, 3, total.flatMap(FundingSource::adjustedBudget));
        amount(grid, row, 4, total.flatMap(FundingSource::executed));
        String budget = Grid.a1(row, 3);
        grid.formula(row, 5, "IF(" + budget + ">0," + Grid.a1(row, 4) + "/" + budget + ",\"\")", Kind.COMPUTED,
                Styles.PERCENT);
        form.reportedTotal().ifPresentOrElse(t -> grid.number(row, 6, t, Kind.NUMBER),
                () -> grid.blank(row, 6, Kind.NUMBER));
        grid.number(row, 7, card.total(), Kind.COMPUTED);
        grid.text(row, 8, card.grade().label(), Kind.VALUE);
        grid.text(row, 9, form.reportedGrade().orElse(""), Kind.VALUE);
        grid.number(row, 10, BigDecimal.valueOf(report.count(Severity.ERROR)), Kind.NUMBER);
        grid.number(row, 11, BigDecimal.valueOf(report.count(Severity.WARNING)), Kind.NUMBER);
    }
}
