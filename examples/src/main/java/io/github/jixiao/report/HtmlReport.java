// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.ScoreCard;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the HTML report of a batch (批量审核报告): one self-contained file that opens offline in any current
 * browser. Its first screen counts the forms, their grades, the self-given scores the rules do not support and
 * by how much, and the departments with most problems; charts show the grades reported against computed, every
 * form's reported against computed total, the findings by code (Pareto) and the execution rates; a table of the
 * forms sorts and filters, and each form has its section ({@code report.html#form-12}) with its header, funding,
 * indicator table (reported and computed points side by side, rows with findings marked) and findings, each at
 * its cell.
 *
 * <pre>{@code
 * try (HtmlReport report = HtmlReport.create(Language.CHINESE)) {
 *     int n = 0;
 *     for (AuditReport audited : reports) {
 *         report.add(FormRow.of(++n, source, audited), audited);
 *     }
 *     report.writeTo(out);
 * }
 * }</pre>
 *
 * <p>Memory stays flat however large the batch: each form's details are written to a temporary file as it
 * comes (and copied into the report at the end); what stays in memory is its {@link FormRow}. Repeated text
 * (labels, numbers, messages) is written once, in a table of strings the details refer to.
 *
 * <p>Form text is untrusted: it only ever reaches the page as JSON inside {@code <script type="application/json">}
 * elements, escaped so that no markup can close them ({@link ScriptJson}), and the page puts it into the document
 * as text nodes, never as markup. The page allows no network access (a Content-Security-Policy of
 * {@code default-src 'none'}). The charts are drawn by Apache ECharts (Apache License 2.0), inlined.
 *
 * <p>Instances are not thread-safe: add the forms from one thread, in order.
 */
public final class HtmlReport implements Closeable {

    /** The ECharts build inlined into every report, from its WebJar. */
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** Past this many distinct strings, new ones are written in place rather than kept in the table. */
    private static final int MAX_STRINGS = 200_000;

    private final Language language;
    private final Path detailsFile;
    private final Writer detailsWriter;
    private final JsonGenerator details;
    private final List<FormRow> rows = new ArrayList<>();
    private final Map<Integer, List<String>> copies = new HashMap<>();
    private final Map<String, int[]> codes = new TreeMap<>();
    private final Map<String, Integer> stringIndex = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private int files;
    private int unreadable;
    private boolean closed;

    private HtmlReport(Language language) throws IOException {
        this.language = language;
        this.detailsFile = Files.createTempFile("jixiao-report", ".json");
        this.detailsWriter = Files.newBufferedWriter(detailsFile, StandardCharsets.UTF_8);
        this.details = ScriptJson.generator(detailsWriter);
        details.writeStartArray();
    }

    /**
     * Starts a report; {@link #writeTo} writes it, {@link #close} deletes the temporary file.
     *
     * @param language the language
     * @return never null
     * @throws IOException if the temporary file for the forms' details cannot be created
     */
    public static HtmlReport create(Language language) throws IOException {
        return new HtmlReport(language);
    }

    /**
     * Adds a form, after those added before.
     *
     * @param row the form's row; its number must be the number of forms added so far plus one
     * @param evaluation the form evaluated, not null
     * @throws IOException if the details cannot be written to the temporary file
     */
    public void add(FormRow row, Evaluation evaluation) throws IOException {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(evaluation, "evaluation");
        List<Finding> findings = evaluation.findings();
        if (closed) {
            throw new IllegalStateException("the report is written or closed");
        }
        if (row.number() != rows.size() + 1) {
            throw new IllegalArgumentException("row " + row.number() + " added as form " + (rows.size() + 1));
        }
        rows.add(row);
        for (Finding finding : findings) {
            codes.computeIfAbsent(finding.code(), c -> new int[Severity.values().length])[finding.severity()
                    .ordinal()]++;
        }
        writeDetails(evaluation.card(), findings, row.source());
    }

    /**
     * Notes that a form added before was found again, the same form, elsewhere: the report shows it once with
     * both sources.
     *
     * @param number the number of the form found first
     * @param copy where it was found again, not null
     */
    public void copy(int number, Origin copy) {
        if (number < 1 || number > rows.size()) {
            throw new IllegalArgumentException("no form " + number + " in a batch of " + rows.size());
        }
        copies.computeIfAbsent(number, n -> new ArrayList<>()).add(copy.toString());
    }

    /**
     * Sets the counts of files for the first screen.
     *
     * @param files the files read or tried
     * @param unreadable the inputs that could not be read
     */
    public void files(int files, int unreadable) {
        this.files = files;
        this.unreadable = unreadable;
    }

    /** The rows added so far. @return an unmodifiable view, never null */
    public List<FormRow> rows() {
        return java.util.Collections.unmodifiableList(rows);
    }

    /**
     * Writes the report of the forms added; no form can be added after. {@code out} is flushed, not closed.
     *
     * @param out where to write it, not null
     * @throws IOException if the report cannot be written
     */
    public void writeTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (closed) {
            throw new IllegalStateException("the report is written or closed");
        }
        closed = true;
        details.writeEndArray();
        details.close();
        detailsWriter.close();
        Writer page = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        page.write("<!DOCTYPE html>\n<html lang=\"" + (language == Language.CHINESE ? "zh-CN" : "en") + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n"
                + "<meta name=\"generator\" content=\"jixiao\">\n"
                + "<title>" + language.pick("绩效自评表审核报告", "Audit of performance self-evaluation forms")
                + "</title>\n<style>\n");
        page.write(resource("report.css"));
        page.write("</style>\n</head>\n<body>\n");
        page.write(resource("report-body.html"));
        page.write("<script type=\"application/json\" id=\"batch\">");
        writeBatch(page);
        page.write("</script>\n<script type=\"application/json\" id=\"strings\">");
        JsonGenerator json = ScriptJson.generator(page);
        json.writeStartArray();
        for (String s : strings) {
            json.writeString(s);
        }
        json.writeEndArray();
        json.flush();
        page.write("</script>\n<script type=\"application/json\" id=\"details\">");
        page.flush();
        Files.copy(detailsFile, out);
        page.write("</script>\n<script>\n/* Apache ECharts 5.3.1, https://echarts.apache.org, Apache License 2.0 */\n");
        page.write(echarts());
        page.write("\n</script>\n<script>\n");
        page.write(resource("report.js"));
        page.write("</script>\n</body>\n</html>\n");
        page.flush();
        out.flush();
    }

    /**
     * Deletes the temporary file of the forms' details.
     *
     * @throws IOException if it cannot be deleted
     */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            details.close();
            detailsWriter.close();
        }
        Files.deleteIfExists(detailsFile);
    }

    private void writeBatch(Writer page) throws IOException {
        JsonGenerator json = ScriptJson.generator(page);
        json.writeStartObject();
        json.writeStringField("lang", language.code());
        json.writeNumberField("files", files);
        json.writeNumberField("unreadable", unreadable);
        json.writeArrayFieldStart("forms");
        for (FormRow row : rows) {
            json.writeStartArray();
            json.writeNumber(row.number());
            json.writeString(row.source().toString());
            json.writeString(row.project());
            json.writeString(row.department().orElse(""));
            json.writeString(row.implementingUnit().orElse(""));
            number(json, row.year().map(y -> BigDecimal.valueOf(y.getValue())));
            json.writeString(row.policyName(language));
            number(json, row.reportedTotal());
            text(json, row.reportedGrade());
            json.writeNumber(row.computedTotal());
            json.writeString(row.grade().label());
            number(json, row.rate());
            number(json, row.budget());
            number(json, row.executed());
            for (Severity severity : Severity.values()) {
                json.writeNumber(row.count(severity));
            }
            json.writeNumber(row.unsupported());
            json.writeNumber(row.excess());
            json.writeNumber(row.shortfall());
            json.writeStartArray();
            for (String copy : copies.getOrDefault(row.number(), List.of())) {
                json.writeString(copy);
            }
            json.writeEndArray();
            String document = row.source().document();
            json.writeString(document.substring(Math.max(document.lastIndexOf('/'), document.lastIndexOf('\\')) + 1));
            json.writeString(row.source().part());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("codes");
        for (Map.Entry<String, int[]> code : codes.entrySet()) {
            json.writeStartArray();
            json.writeString(code.getKey());
            for (int count : code.getValue()) {
                json.writeNumber(count);
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    /**
     * One form's details, every text a reference into the table of strings: {@code [unit, lines, execution,
     * indicators, findings, policy, header]}, where a line is {@code [label, 年初预算数, 全年预算数, 全年执行数,
     * 执行率 as printed, cell]} (a cell without the file's name: {@link #cell}), the execution {@code [rate, points,
     * weight, reported 得分, arithmetic]}, an
     * indicator {@code [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, computed, allowed, rule, verdict (0 none,
     * 1 stands, 2 wrong), worst severity of its findings or null, cell of 得分, arithmetic when wrong]} and a finding
     * {@code [severity, code, location, cell, message, reported, computed]}, most serious first.
     */
    private void writeDetails(ScoreCard card, List<Finding> findings, Origin source) throws IOException {
        SelfEvaluation form = card.form();
        JsonGenerator json = details;
        json.writeStartArray();
        ref(form.funding().unit().symbol());
        json.writeStartArray();
        for (FundingSource line : form.funding().lines()) {
            json.writeStartArray();
            ref(line.label());
            ref(line.initialBudget().map(Amount::number));
            ref(line.adjustedBudget().map(Amount::number));
            ref(line.executed().map(Amount::number));
            ref(line.reportedRate().map(Quantity::toString));
            ref(line.origin(Field.LABEL).map(o -> cell(o, source)));
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeStartArray();
        ref(card.execution().rate());
        ref(Optional.of(card.execution().points()));
        ref(Optional.of(card.execution().weight()));
        ref(form.funding().reportedScore());
        ref(card.execution().explanation().text(language));
        json.writeEndArray();
        Map<String, Severity> worst = new HashMap<>();
        for (Finding finding : findings) {
            worst.merge(finding.location(), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        BigDecimal tolerance = card.policy().scoreTolerance();
        json.writeStartArray();
        for (IndicatorScore score : card.indicators()) {
            json.writeStartArray();
            ref(score.leaf().category().label());
            ref(score.leaf().subcategory().label());
            ref(score.indicator().name());
            ref(score.indicator().target().text());
            ref(score.indicator().actual().text());
            ref(Optional.of(score.weight()));
            ref(score.indicator().reportedScore());
            ref(Optional.of(score.points()));
            ref(score.allowed().toString());
            ref(Verdicts.rule(score.rule(), language));
            Optional<Boolean> accepted = Verdicts.accepted(score, tolerance);
            json.writeNumber(accepted.map(ok -> ok ? 1 : 2).orElse(0));
            Severity severity = worst.get(score.path());
            if (severity == null) {
                json.writeNull();
            } else {
                json.writeNumber(severity.ordinal());
            }
            ref(score.indicator().origin(Field.SCORE).or(() -> score.indicator().origin(Field.NAME))
                    .map(o -> cell(o, source)));
            if (accepted.orElse(true)) {
                json.writeNull();
            } else {
                ref(score.explanation().text(language));
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeStartArray();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        for (Finding finding : sorted) {
            json.writeStartArray();
            json.writeNumber(finding.severity().ordinal());
            ref(finding.code());
            ref(finding.location());
            ref(finding.origin().map(o -> cell(o, source)));
            ref(finding.message(language));
            ref(finding.reported());
            ref(finding.computed());
            json.writeEndArray();
        }
        json.writeEndArray();
        ref(card.policy().name());
        json.writeStartArray();
        ref(form.title());
        ref(form.project().code());
        ref(form.project().lead());
        ref(form.goal().expected());
        ref(form.goal().actual());
        json.writeEndArray();
        json.writeEndArray();
    }

    /**
     * A place in the form's own file, without the file's name, which every place of a form shares, and without the
     * sheet when it is the form's own: {@code G14} for a cell of the form's sheet, {@code 表2!G14} for one of another
     * sheet, {@code #/0/funding} for a JSON pointer. The page puts the rest back ({@code shanghai.xlsx!表1!G14}); so
     * places repeat from form to form and are written once in the table of strings.
     */
    static String cell(Origin origin, Origin form) {
        return origin.part().isEmpty() || origin.part().equals(form.part()) ? origin.place()
                : origin.part() + "!" + origin.place();
    }

    private void ref(Optional<?> value) throws IOException {
        if (value.isEmpty()) {
            details.writeNull();
        } else {
            Object v = value.get();
            ref(v instanceof BigDecimal number ? number.toPlainString() : v.toString());
        }
    }

    private void ref(String text) throws IOException {
        if (text.isEmpty()) {
            details.writeNull();
            return;
        }
        Integer index = stringIndex.get(text);
        if (index == null && strings.size() < MAX_STRINGS) {
            index = strings.size();
            strings.add(text);
            stringIndex.put(text, index);
        }
        if (index == null) {
            details.writeString(text);
        } else {
            details.writeNumber(index.intValue());
        }
    }

    private static void number(JsonGenerator json, Optional<BigDecimal> number) throws IOException {
        if (number.isEmpty()) {
            json.writeNull();
        } else {
            json.writeNumber(number.get());
        }
    }

    private static void text(JsonGenerator json, Optional<String> text) throws IOException {
        if (text.isEmpty()) {
            json.writeNull();
        } else {
            json.writeString(text.get());
        }
    }

    /** A text resource of this package. */
    static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ECharts script, from the WebJar on the class path. */
    static String echarts() {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException(ECHARTS + " is missing from the class path (org.webjars.npm:echarts)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
