// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.Grade;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.xlsx.Styles.Kind;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the batch summary workbook (汇总表), one you can trace back to the forms. Three sheets:
 * <ul>
 * <li><b>汇总</b>, one row per form: 序号, the 来源文件, 工作表 and 单元格 where the form starts (or its JSON pointer),
 * 年度, 项目名称, 主管部门, 实施单位, 评分规则, 全年预算数 and 全年执行数 in 元 (whatever unit the form printed), 执行率
 * (as the policy computes it), 自评总分, 计算总分, 差值 (自评 − 计算), 自评等级, 计算等级, the number of 错误, 警告 and
 * 提示, and 重复来源 (where the same form was found again);</li>
 * <li><b>问题清单</b>, one row per finding, most serious first within a form: 序号 and 项目名称 of its form, the cell
 * it was printed at ({@code shanghai.xlsx!表1!G14}), 代码, 严重程度, 位置, 说明, 自评值, 计算值;</li>
 * <li><b>按部门</b>, one row per 主管部门: 表数, the forms of each computed grade, the findings by severity, Σ 差值
 * and the mean 计算总分.</li>
 * </ul>
 * Every figure is written as a value: fastexcel, the writer, cannot store a formula's cached value, and a formula
 * without one reads as empty in every program that does not recalculate. Headers are frozen and filtered; text is
 * always text; text that seldom repeats (sources, cells, messages) is stored in its cell, not in the shared strings
 * that fastexcel holds in memory until the workbook is done.
 *
 * <p>Forms are added one at a time and memory stays flat: what a form leaves in memory is a row of a few hundred
 * bytes; its findings go to a temporary file, read back when the workbook is written.
 *
 * <pre>{@code
 * try (SummaryWriter summary = SummaryWriter.create()) {
 *     summary.add(evaluation);          // for each form, in order
 *     summary.writeTo(out);
 * }
 * }</pre>
 *
 * <p>Instances are not thread-safe: add the forms from one thread.
 */
public final class SummaryWriter implements Closeable {

    static final String SHEET = "汇总";
    static final String FINDINGS_SHEET = "问题清单";
    static final String DEPARTMENTS_SHEET = "按部门";

    private static final String[] HEADERS = {"序号", "来源文件", "工作表", "单元格", "年度", "项目名称", "主管部门", "实施单位",
        "评分规则", "全年预算数（元）", "全年执行数（元）", "执行率", "自评总分", "计算总分", "差值", "自评等级", "计算等级", "错误", "警告",
        "提示", "重复来源"};
    private static final double[] WIDTHS = {6, 48, 14, 8, 6, 40, 28, 28, 10, 16, 16, 9, 9, 9, 8, 8, 8, 6, 6, 6, 40};
    private static final String[] FINDING_HEADERS = {"序号", "项目名称", "单元格", "代码", "严重程度", "位置", "说明", "自评值",
        "计算值"};
    private static final double[] FINDING_WIDTHS = {6, 30, 44, 26, 8, 36, 70, 10, 10};
    private static final String[] DEPARTMENT_HEADERS = {"主管部门", "表数", "优", "良", "中", "差", "错误", "警告", "提示",
        "差值合计", "平均计算总分"};
    private static final double[] DEPARTMENT_WIDTHS = {30, 6, 6, 6, 6, 6, 6, 6, 6, 10, 12};
    /** Rows written between flushes of a sheet: fastexcel holds a sheet's rows until they are flushed. */
    private static final int ROWS_PER_FLUSH = 1000;

    private final Language language;
    private final Path findingsFile;
    private final DataOutputStream findings;
    private final List<Row> rows = new ArrayList<>();
    private int findingCount;
    private boolean done;

    private SummaryWriter(Language language) throws IOException {
        this.language = Objects.requireNonNull(language, "language");
        this.findingsFile = Files.createTempFile("jixiao-summary", ".bin");
        this.findings = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(findingsFile), 1 << 16));
    }

    /**
     * Starts a summary whose finding messages are in Chinese.
     *
     * @return never null
     * @throws IOException if the temporary file for the findings cannot be created
     */
    public static SummaryWriter create() throws IOException {
        return new SummaryWriter(Language.CHINESE);
    }

    /**
     * Starts a summary.
     *
     * @param language the language of the finding messages (the headers are Chinese), not null
     * @return never null
     * @throws IOException if the temporary file for the findings cannot be created
     */
    public static SummaryWriter create(Language language) throws IOException {
        return new SummaryWriter(language);
    }

    /**
     * Writes the summary of evaluated forms to a stream, one row per evaluation in the given order. The stream is
     * flushed but not closed.
     *
     * @param evaluations the evaluations, one per form, not null
     * @param out the stream, not null
     * @throws IOException if the stream cannot be written
     */
    public static void write(List<Evaluation> evaluations, OutputStream out) throws IOException {
        Objects.requireNonNull(evaluations, "evaluations");
        Objects.requireNonNull(out, "out");
        try (SummaryWriter summary = create()) {
            for (int i = 0; i < evaluations.size(); i++) {
                summary.add(Objects.requireNonNull(evaluations.get(i), "evaluations[" + i + "]"));
            }
            summary.writeTo(out);
        }
    }

    /**
     * Adds a form after those added before: its row in 汇总 and its findings (the reader's, the policy choice's and
     * the audit's) in 问题清单.
     *
     * @param evaluation the form evaluated, not null
     * @throws IOException if the findings cannot be written to the temporary file
     */
    public void add(Evaluation evaluation) throws IOException {
        Objects.requireNonNull(evaluation, "evaluation");
        if (done) {
            throw new IllegalStateException("the summary is written or closed");
        }
        List<Finding> all = evaluation.findings();
        Row row = Row.of(rows.size() + 1, evaluation.source(), evaluation.card(), all);
        rows.add(row);
        List<Finding> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Finding::severity));
        for (Finding finding : sorted) {
            findings.writeInt(row.number);
            findings.writeByte(finding.severity().ordinal());
            string(finding.origin().map(Origin::toString).orElse(""));
            string(finding.code());
            string(finding.location());
            string(finding.message(language));
            string(finding.reported().orElse(""));
            string(finding.computed().orElse(""));
            findingCount++;
        }
    }

    /**
     * Notes that a form added before was found again elsewhere (the same form in another file): its row lists
     * the place under 重复来源.
     *
     * @param number the form's 序号, the order in which it was added, from 1
     * @param copy where it was found again, not null
     */
    public void copy(int number, Origin copy) {
        Objects.requireNonNull(copy, "copy");
        if (number < 1 || number > rows.size()) {
            throw new IllegalArgumentException("no form " + number + " in a summary of " + rows.size());
        }
        Row row = rows.get(number - 1);
        row.copies = row.copies.isEmpty() ? copy.toString() : row.copies + "\n" + copy;
    }

    /**
     * Writes the workbook of the forms added; none can be added after. The stream is flushed but not closed.
     *
     * @param out the stream, not null
     * @throws IOException if the stream or the temporary file cannot be written or read
     */
    public void writeTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (done) {
            throw new IllegalStateException("the summary is written or closed");
        }
        done = true;
        findings.close();
        PlainPackage plain = new PlainPackage();
        Workbook workbook = plain.workbook(TemplateWriter.APPLICATION);
        Worksheet formsSheet = workbook.newWorksheet(SHEET);
        Worksheet findingsSheet = workbook.newWorksheet(FINDINGS_SHEET);
        Worksheet departmentsSheet = workbook.newWorksheet(DEPARTMENTS_SHEET);
        writeForms(new Stream(formsSheet, HEADERS, WIDTHS));
        writeFindings(new Stream(findingsSheet, FINDING_HEADERS, FINDING_WIDTHS));
        writeDepartments(new Stream(departmentsSheet, DEPARTMENT_HEADERS, DEPARTMENT_WIDTHS));
        workbook.finish();
        plain.writeTo(out);
        out.flush();
    }

    /**
     * Deletes the temporary file of the findings.
     *
     * @throws IOException if it cannot be deleted
     */
    @Override
    public void close() throws IOException {
        done = true;
        findings.close();
        Files.deleteIfExists(findingsFile);
    }

    private void writeForms(Stream sheet) throws IOException {
        for (Row row : rows) {
            Grid grid = sheet.next();
            int r = sheet.row;
            grid.number(r, 0, BigDecimal.valueOf(row.number), Kind.NUMBER);
            inline(grid, r, 1, row.source.document());
            text(grid, r, 2, row.source.part());
            text(grid, r, 3, row.source.place());
            if (row.year == null) {
                grid.blank(r, 4, Kind.NUMBER);
            } else {
                grid.number(r, 4, BigDecimal.valueOf(row.year), Kind.NUMBER, "0");
            }
            text(grid, r, 5, row.project);
            text(grid, r, 6, row.department);
            text(grid, r, 7, row.unit);
            text(grid, r, 8, row.policy);
            number(grid, r, 9, row.budget, Kind.NUMBER);
            number(grid, r, 10, row.executed, Kind.NUMBER);
            if (row.rate == null) {
                grid.blank(r, 11, Kind.COMPUTED);
            } else {
                grid.number(r, 11, row.rate, Kind.COMPUTED, Styles.PERCENT);
            }
            number(grid, r, 12, row.reportedTotal, Kind.NUMBER);
            grid.number(r, 13, row.computedTotal, Kind.COMPUTED);
            number(grid, r, 14, row.reportedTotal == null ? null : row.reportedTotal.subtract(row.computedTotal),
                    Kind.COMPUTED);
            text(grid, r, 15, row.reportedGrade);
            text(grid, r, 16, row.grade.label());
            for (Severity severity : Severity.values()) {
                grid.number(r, 17 + severity.ordinal(), BigDecimal.valueOf(row.counts[severity.ordinal()]),
                        Kind.NUMBER);
            }
            inline(grid, r, 20, row.copies);
        }
        sheet.finish();
    }

    private void writeFindings(Stream sheet) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(findingsFile),
                1 << 16))) {
            for (int i = 0; i < findingCount; i++) {
                Grid grid = sheet.next();
                int r = sheet.row;
                int number = in.readInt();
                Severity severity = Severity.values()[in.readByte()];
                grid.number(r, 0, BigDecimal.valueOf(number), Kind.NUMBER);
                text(grid, r, 1, rows.get(number - 1).project);
                inline(grid, r, 2, string(in));
                text(grid, r, 3, string(in));
                text(grid, r, 4, severity(severity));
                text(grid, r, 5, string(in));
                inline(grid, r, 6, string(in));
                inline(grid, r, 7, string(in));
                inline(grid, r, 8, string(in));
            }
        }
        sheet.finish();
    }

    private void writeDepartments(Stream sheet) throws IOException {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (Row row : rows) {
            long[] c = counts.computeIfAbsent(row.department, d -> new long[1 + Grade.values().length
                    + Severity.values().length]);
            c[0]++;
            c[1 + row.grade.ordinal()]++;
            for (Severity severity : Severity.values()) {
                c[1 + Grade.values().length + severity.ordinal()] += row.counts[severity.ordinal()];
            }
            BigDecimal[] s = sums.computeIfAbsent(row.department, d -> new BigDecimal[] {BigDecimal.ZERO,
                BigDecimal.ZERO});
            if (row.reportedTotal != null) {
                s[0] = s[0].add(row.reportedTotal.subtract(row.computedTotal));
            }
            s[1] = s[1].add(row.computedTotal);
        }
        for (Map.Entry<String, long[]> department : counts.entrySet()) {
            Grid grid = sheet.next();
            int r = sheet.row;
            text(grid, r, 0, department.getKey().isEmpty() ? "（未填）" : department.getKey());
            long[] c = department.getValue();
            for (int i = 0; i < c.length; i++) {
                grid.number(r, 1 + i, BigDecimal.valueOf(c[i]), Kind.NUMBER);
            }
            BigDecimal[] s = sums.get(department.getKey());
            grid.number(r, 9, s[0], Kind.COMPUTED);
            grid.number(r, 10, s[1].divide(BigDecimal.valueOf(c[0]), 2, java.math.RoundingMode.HALF_UP),
                    Kind.COMPUTED);
        }
        sheet.finish();
    }

    private static void text(Grid grid, int row, int col, String text) {
        grid.text(row, col, Grid.clip(text), Kind.LINE);
    }

    /** Text that seldom repeats, in the cell rather than in the shared strings held until the workbook is done. */
    private static void inline(Grid grid, int row, int col, String text) {
        grid.inlineText(row, col, Grid.clip(text), Kind.LINE);
    }

    private static void number(Grid grid, int row, int col, BigDecimal number, Kind kind) {
        if (number == null) {
            grid.blank(row, col, kind);
        } else {
            grid.number(row, col, number, kind);
        }
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    private void string(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        findings.writeInt(bytes.length);
        findings.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The amount in 元, exact, with at least the two decimals of 分. */
    static BigDecimal yuan(Amount amount) {
        BigDecimal yuan = amount.yuan().stripTrailingZeros();
        return yuan.scale() < 2 ? yuan.setScale(2) : yuan;
    }

    /**
     * A sheet written a block of rows at a time: a frozen, filtered header, fixed column widths (fastexcel writes
     * them before the first row), and every {@value #ROWS_PER_FLUSH} rows the styles applied and the rows flushed.
     */
    private static final class Stream {
        final Worksheet sheet;
        final int columns;
        Grid grid;
        int row;

        Stream(Worksheet sheet, String[] headers, double[] widths) {
            this.sheet = sheet;
            this.columns = headers.length;
            for (int col = 0; col < widths.length; col++) {
                sheet.width(col, widths[col]);
            }
            sheet.freezePane(0, 1);
            // landscape A4, one page wide: fastexcel writes these settings before the first row
            sheet.pageOrientation("landscape");
            sheet.paperSize(PaperSize.A4_PAPER);
            sheet.setFitToPage(true);
            sheet.fitToWidth((short) 1);
            sheet.fitToHeight((short) 0);
            sheet.repeatRows(0);
            grid = new Grid(sheet, widths, widths);
            for (int col = 0; col < headers.length; col++) {
                grid.text(0, col, headers[col], Kind.LABEL);
            }
        }

        /** The grid to write the next row into ({@link #row}). */
        Grid next() throws IOException {
            row++;
            if (row % ROWS_PER_FLUSH == 0) {
                grid.applyStyles();
                sheet.flush();
            }
            return grid;
        }

        void finish() throws IOException {
            grid.applyStyles();
            sheet.setAutoFilter(0, 0, Math.max(0, row), columns - 1);
            sheet.finish();
        }
    }

    /** What the summary keeps of a form: a row of values. */
    private static final class Row {
        final int number;
        final Origin source;
        final Integer year;
        final String project;
        final String department;
        final String unit;
        final String policy;
        final BigDecimal budget;
        final BigDecimal executed;
        final BigDecimal rate;
        final BigDecimal reportedTotal;
        final BigDecimal computedTotal;
        final String reportedGrade;
        final Grade grade;
        final int[] counts;
        String copies = "";

        private Row(int number, Origin source, ScoreCard card, List<Finding> findings) {
            SelfEvaluation form = card.form();
            this.number = number;
            this.source = source;
            this.year = form.year().map(y -> y.getValue()).orElse(null);
            this.project = form.project().name();
            this.department = form.project().department().orElse("");
            this.unit = form.project().implementingUnit().orElse("");
            this.policy = card.policy().name();
            Funding funding = form.funding();
            this.budget = amount(funding, FundingSource::adjustedBudget);
            this.executed = amount(funding, FundingSource::executed);
            this.rate = card.execution().rate().orElse(null);
            this.reportedTotal = form.reportedTotal().orElse(null);
            this.computedTotal = card.finalTotal();
            this.reportedGrade = form.reportedGrade().orElse("");
            this.grade = card.grade();
            this.counts = new int[Severity.values().length];
            findings.forEach(f -> counts[f.severity().ordinal()]++);
        }

        static Row of(int number, Origin source, ScoreCard card, List<Finding> findings) {
            return new Row(number, source, card, findings);
        }

        /** An amount of the 年度资金总额 line, or the sum of the source lines when none is printed, in 元. */
        private static BigDecimal amount(Funding funding, Function<FundingSource, Optional<Amount>> column) {
            if (funding.total().isPresent()) {
                return column.apply(funding.total().get()).map(SummaryWriter::yuan).orElse(null);
            }
            if (funding.sources().isEmpty()) {
                return null;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (FundingSource line : funding.sources()) {
                Optional<Amount> amount = column.apply(line);
                if (amount.isEmpty()) {
                    return null;
                }
                sum = sum.add(yuan(amount.get()));
            }
            return sum;
        }
    }
}
