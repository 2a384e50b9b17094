// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.evaluation.Evaluation;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Language;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ExecutionScore;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.ScoreCard;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a batch as flat tables (平面表) for a spreadsheet, a database or pandas: {@code forms},
 * {@code funding_lines}, {@code indicators}, {@code scores} and {@code findings}, one file each in a folder, one
 * row per entity, as CSV (UTF-8 with a byte-order mark, so that Excel opens it as UTF-8; quoting by Apache Commons
 * CSV) or as JSON Lines (one object per line, numbers as JSON numbers). The columns are in
 * {@code examples/README.md} and in the constants below.
 *
 * <p>Keys: {@code form_id} is the form's source and location, {@code shanghai.xlsx!表1!A1} or {@code a.json#/0},
 * unique in a batch; the other tables number their rows within a form ({@code line_no}, {@code indicator_no},
 * {@code item_no}, {@code finding_no}, from 1). In {@code scores}, item 0 is the execution rate and item n the
 * indicator n, so {@code SELECT form_id, SUM(points) FROM scores GROUP BY form_id} is each form's computed total
 * (before any rescaling). A form found again in the batch (the same form in another file) has its row in
 * {@code forms}, with {@code duplicate_of} naming the first, and no rows elsewhere. Amounts are as printed, in the
 * form's unit ({@code unit}: 元 or 万元); rates are fractions.
 *
 * <p>Rows are written as the forms come: nothing of a form stays in memory. Instances are not thread-safe.
 */
public final class FlatTables implements Closeable {

    /** The format of the files. */
    public enum Format {
        /** Comma-separated values, UTF-8 with a byte-order mark, CRLF line ends, a header row. */
        CSV("csv"),
        /** JSON Lines: one JSON object per line, UTF-8, no byte-order mark. */
        JSONL("jsonl");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The file extension, {@code csv} or {@code jsonl}. @return never null */
        public String extension() {
            return extension;
        }
    }

    /** The columns of {@code forms}. */
    public static final List<String> FORMS = List.of("form_id", "source_file", "sheet", "cell", "year", "project",
            "department", "implementing_unit", "project_code", "policy", "unit", "reported_total", "reported_grade",
            "computed_total", "rescaled_total", "computed_grade", "execution_rate", "errors", "warnings", "infos",
            "duplicate_of");
    /** The columns of {@code funding_lines}. */
    public static final List<String> FUNDING_LINES = List.of("form_id", "line_no", "label", "kind", "unit",
            "initial_budget", "adjusted_budget", "executed", "reported_rate", "cell");
    /** The columns of {@code indicators}. */
    public static final List<String> INDICATORS = List.of("form_id", "indicator_no", "category", "subcategory",
            "name", "core", "target", "actual", "weight", "reported_score", "deviation_note", "cell");
    /** The columns of {@code scores}. */
    public static final List<String> SCORES = List.of("form_id", "item_no", "item", "rule", "weight", "points",
            "allowed_min", "allowed_max", "allowed_max_inclusive", "reported", "accepted", "explanation");
    /** The columns of {@code findings}. */
    public static final List<String> FINDINGS = List.of("form_id", "finding_no", "severity", "code", "location",
            "cell", "message", "reported", "computed");

    private final Language language;
    private final Table forms;
    private final Table fundingLines;
    private final Table indicators;
    private final Table scores;
    private final Table findings;

    private FlatTables(Path folder, Format format, Language language) throws IOException {
        this.language = language;
        Files.createDirectories(folder);
        List<Table> opened = new ArrayList<>();
        try {
            forms = open(opened, folder, "forms", FORMS, format);
            fundingLines = open(opened, folder, "funding_lines", FUNDING_LINES, format);
            indicators = open(opened, folder, "indicators", INDICATORS, format);
            scores = open(opened, folder, "scores", SCORES, format);
            findings = open(opened, folder, "findings", FINDINGS, format);
        } catch (IOException | RuntimeException e) {
            for (Table table : opened) {
                table.close();
            }
            throw e;
        }
    }

    private static Table open(List<Table> opened, Path folder, String name, List<String> columns, Format format)
            throws IOException {
        Path file = folder.resolve(name + "." + format.extension());
        Table table = format == Format.CSV ? new CsvTable(file, columns) : new JsonLinesTable(file, columns);
        opened.add(table);
        return table;
    }

    /**
     * Opens the five files in a folder (created if missing; files of the same names are replaced).
     *
     * @param folder the folder, not null
     * @param format CSV or JSON Lines, not null
     * @param language the language
     * @return never null
     * @throws IOException if a file cannot be created
     */
    public static FlatTables open(Path folder, Format format, Language language) throws IOException {
        return new FlatTables(Objects.requireNonNull(folder, "folder"), Objects.requireNonNull(format, "format"),
                language);
    }

    /**
     * The format named {@code csv} or {@code jsonl}, whatever the case.
     *
     * @param name not null
     * @return never null
     * @throws IllegalArgumentException if the name is neither
     */
    public static Format format(String name) {
        return Format.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /**
     * Adds a form: its row in {@code forms} and its rows in the other tables.
     *
     * @param evaluation the form evaluated; its source is its {@code form_id}, not null
     * @throws IOException if a file cannot be written
     */
    public void add(Evaluation evaluation) throws IOException {
        ScoreCard card = evaluation.card();
        SelfEvaluation form = card.form();
        Origin source = evaluation.source();
        String id = source.toString();
        List<Finding> noticed = evaluation.findings();
        int[] counts = new int[3];
        noticed.forEach(f -> counts[f.severity().ordinal()]++);
        forms.row(id, source.document(), source.part(), source.place(),
                form.year().map(y -> (Object) y.getValue()).orElse(null), form.project().name(),
                form.project().department().orElse(null), form.project().implementingUnit().orElse(null),
                form.project().code().orElse(null), card.policy().name(), form.funding().unit().symbol(),
                form.reportedTotal().orElse(null), form.reportedGrade().orElse(null), card.total(),
                card.rescaledTotal().orElse(null), card.grade().label(), card.execution().rate().orElse(null),
                counts[0], counts[1], counts[2], null);
        int lineNo = 0;
        for (FundingSource line : form.funding().lines()) {
            fundingLines.row(id, ++lineNo, line.label(), line.kind().name(), form.funding().unit().symbol(),
                    number(line.initialBudget()), number(line.adjustedBudget()), number(line.executed()),
                    line.reportedRate().map(Quantity::toString).orElse(null),
                    line.origin(Field.LABEL).map(Origin::toString).orElse(null));
        }
        ExecutionScore execution = card.execution();
        scores.row(id, 0, language.pick("预算执行率", "execution rate"), null, execution.weight(), execution.points(),
                execution.points(), execution.points(), true, form.funding().reportedScore().orElse(null),
                form.funding().reportedScore().map(r -> r.subtract(execution.points()).abs()
                        .compareTo(card.policy().executionTolerance()) <= 0).orElse(null),
                execution.explanation().text(language));
        BigDecimal tolerance = card.policy().scoreTolerance();
        int item = 0;
        for (IndicatorScore score : card.indicators()) {
            item++;
            Indicator indicator = score.indicator();
            indicators.row(id, item, score.leaf().category().label(), score.leaf().subcategory().label(),
                    indicator.name(), indicator.isCore(), indicator.target().text(), indicator.actual().text(),
                    indicator.weight().orElse(null), indicator.reportedScore().orElse(null),
                    indicator.deviationNote().isEmpty() ? null : indicator.deviationNote(),
                    indicator.origin(Field.NAME).map(Origin::toString).orElse(null));
            scores.row(id, item, score.path(), score.rule().name(), score.weight(), score.points(),
                    score.allowed().min(), score.allowed().max(), score.allowed().maxInclusive(),
                    indicator.reportedScore().orElse(null), Verdicts.accepted(score, tolerance).orElse(null),
                    score.explanation().text(language));
        }
        List<Finding> sorted = new ArrayList<>(noticed);
        sorted.sort(Comparator.comparing(Finding::severity));
        int number = 0;
        for (Finding finding : sorted) {
            findings.row(id, ++number, finding.severity().name(), finding.code(), finding.location(),
                    finding.origin().map(Origin::toString).orElse(null), finding.message(language),
                    finding.reported().orElse(null), finding.computed().orElse(null));
        }
    }

    /**
     * Adds a form found again: its row in {@code forms} names the form found first and has nothing else.
     *
     * @param source where it was found again, not null
     * @param first where it was found first (that form's {@code form_id}), not null
     * @throws IOException if the file cannot be written
     */
    public void duplicate(Origin source, Origin first) throws IOException {
        Object[] row = new Object[FORMS.size()];
        row[0] = source.toString();
        row[1] = source.document();
        row[2] = source.part();
        row[3] = source.place();
        row[row.length - 1] = first.toString();
        forms.row(row);
    }

    private static BigDecimal number(Optional<Amount> amount) {
        return amount.map(Amount::number).orElse(null);
    }

    /**
     * Flushes and closes the five files.
     *
     * @throws IOException if a file cannot be written
     */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Table table : List.of(forms, fundingLines, indicators, scores, findings)) {
            try {
                table.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** One table's file. */
    private abstract static class Table implements Closeable {
        final List<String> columns;

        Table(List<String> columns) {
            this.columns = columns;
        }

        void row(Object... values) throws IOException {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(values.length + " values for " + columns);
            }
            write(values);
        }

        abstract void write(Object[] values) throws IOException;
    }

    /** A CSV file: a byte-order mark, a header, then the rows; decimals in plain notation, empty for none. */
    private static final class CsvTable extends Table {
        private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        private final CSVPrinter printer;

        CsvTable(Path file, List<String> columns) throws IOException {
            super(columns);
            Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write('\uFEFF');
            printer = new CSVPrinter(out, CSV);
            printer.printRecord(columns);
        }

        @Override
        void write(Object[] values) throws IOException {
            Object[] cells = Arrays.copyOf(values, values.length);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] instanceof BigDecimal number ? number.toPlainString() : cells[i];
            }
            printer.printRecord(cells);
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    /** A JSON Lines file: one object a row, keys the columns, numbers and booleans as such, null for none. */
    private static final class JsonLinesTable extends Table {
        private static final JsonFactory JSON = new JsonFactory();
        private final Writer out;
        private final JsonGenerator json;

        JsonLinesTable(Path file, List<String> columns) throws IOException {
            super(columns);
            out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            json = JSON.createGenerator(out).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(null);
        }

        @Override
        void write(Object[] values) throws IOException {
            json.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                json.writeFieldName(columns.get(i));
                Object value = values[i];
                if (value == null) {
                    json.writeNull();
                } else if (value instanceof BigDecimal number) {
                    json.writeNumber(number);
                } else if (value instanceof Integer number) {
                    json.writeNumber(number);
                } else if (value instanceof Boolean flag) {
                    json.writeBoolean(flag);
                } else {
                    json.writeString(value.toString());
                }
            }
            json.writeEndObject();
            json.flush();
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            json.close();
            out.close();
        }
    }
}
