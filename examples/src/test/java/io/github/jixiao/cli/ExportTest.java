// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.report.FlatTables;
import io.github.jixiao.spi.FormFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao export}: the flat tables, loaded into an embedded SQL database (H2) and read as CSV and JSON Lines. */
class ExportTest {

    static final List<String> TABLES = List.of("forms", "funding_lines", "indicators", "scores", "findings");

    @TempDir
    Path dir;

    /** Each form of {@code audit --json} not repeating an earlier one, by its source. */
    static Map<String, JsonNode> audited(String... paths) throws IOException {
        String[] args = new String[paths.length + 2];
        args[0] = "audit";
        args[1] = "--json";
        System.arraycopy(paths, 0, args, 2, paths.length);
        JixiaoTest.Run run = JixiaoTest.jixiao(args);
        Map<String, JsonNode> forms = new HashMap<>();
        for (JsonNode form : run.json()) {
            if (form.get("duplicateOf").isNull()) {
                forms.put(form.get("source").asText(), form);
            }
        }
        return forms;
    }

    @Test
    void theTablesLoadIntoSqlAndEachFormsPointsSumToItsComputedTotal() throws Exception {
        Path out = dir.resolve("tables");
        JixiaoTest.Run run = JixiaoTest.jixiao("export", "forms", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, JsonNode> audited = audited("forms");
        assertThat(audited).hasSize(16);
        for (String table : TABLES) {
            byte[] bytes = Files.readAllBytes(out.resolve(table + ".csv"));
            assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).as(table + " starts with a BOM")
                    .isEqualTo("\uFEFF");
        }

        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:export;DB_CLOSE_DELAY=-1");
                Statement sql = db.createStatement()) {
            for (String table : TABLES) {
                sql.execute("CREATE TABLE " + table + " AS SELECT * FROM CSVREAD('" + out.resolve(table + ".csv")
                        + "', NULL, 'charset=UTF-8')");
            }
            Map<String, BigDecimal> sums = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("SELECT form_id, SUM(CAST(points AS DECIMAL(12, 4))) "
                    + "FROM scores GROUP BY form_id")) {
                while (rows.next()) {
                    sums.put(rows.getString(1), rows.getBigDecimal(2));
                }
            }
            assertThat(sums.keySet()).containsExactlyInAnyOrderElementsOf(audited.keySet());
            audited.forEach((source, form) -> assertThat(sums.get(source)).as(source)
                    .isEqualByComparingTo(form.get("computed").get("total").decimalValue()));

            // the keys link the tables: every finding and indicator belongs to a form, the counts agree
            assertThat(count(sql, "SELECT COUNT(*) FROM forms")).isEqualTo(33);
            assertThat(count(sql, "SELECT COUNT(*) FROM forms WHERE duplicate_of IS NOT NULL AND duplicate_of <> ''"))
                    .isEqualTo(17);
            assertThat(count(sql, "SELECT COUNT(*) FROM findings f LEFT JOIN forms m ON f.form_id = m.form_id "
                    + "WHERE m.form_id IS NULL")).isZero();
            int findings = audited.values().stream().mapToInt(f -> f.get("findings").size()).sum();
            assertThat(count(sql, "SELECT COUNT(*) FROM findings")).isEqualTo(findings);
            int indicators = audited.values().stream().mapToInt(f -> f.get("indicators").size()).sum();
            assertThat(count(sql, "SELECT COUNT(*) FROM indicators")).isEqualTo(indicators);
            assertThat(count(sql, "SELECT COUNT(*) FROM scores WHERE item_no > 0")).isEqualTo(indicators);
            assertThat(count(sql, "SELECT COUNT(*) FROM forms f JOIN findings x ON f.form_id = x.form_id "
                    + "WHERE x.severity = 'ERROR' AND CAST(f.errors AS INT) = 0")).isZero();
        }
    }

    private static int count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void jsonLinesCarryTheSameRowsWithNumbersAsNumbers() throws IOException {
        Path csv = dir.resolve("csv");
        Path jsonl = dir.resolve("jsonl");
        assertThat(JixiaoTest.jixiao("export", "--format", "JSONL", "forms/shanghai.xlsx", "--out", jsonl.toString())
                .exit()).isZero();
        assertThat(JixiaoTest.jixiao("export", "forms/shanghai.xlsx", "--out", csv.toString()).exit()).isZero();

        for (String table : TABLES) {
            List<String> lines = Files.readAllLines(jsonl.resolve(table + ".jsonl"));
            try (Reader in = Files.newBufferedReader(csv.resolve(table + ".csv"))) {
                in.skip(1);
                List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
                assertThat(lines).as(table).hasSameSizeAs(records);
            }
            assertThat(lines).as(table).isNotEmpty();
        }
        JsonNode score = JixiaoTest.JSON.readTree(Files.readAllLines(jsonl.resolve("scores.jsonl")).get(1));
        assertThat(score.get("form_id").asText()).isEqualTo("forms/shanghai.xlsx!表1!A1");
        assertThat(score.get("points").isNumber()).isTrue();
        assertThat(score.get("accepted").isBoolean()).isTrue();
        assertThat(score.get("item").asText()).isEqualTo("产出指标 › 数量指标 › 岗位薪酬信息采集量");
        assertThat(score.get("points").decimalValue()).isEqualByComparingTo("11.25");
    }

    @Test
    void csvQuotingSurvivesCommasQuotesAndLineBreaksInFormText() throws IOException {
        String name = "项目,\"甲\"\n第二行";
        SelfEvaluation seed = SeedForms.all().get(0);
        SelfEvaluation form = SelfEvaluation.builder().from(seed)
                .project(Project.builder().from(seed.project()).name(name).build()).build();
        Path file = dir.resolve("odd.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            FormFormat.forFileName("x.json").orElseThrow().write(List.of(form), out);
        }
        Path out = dir.resolve("tables");
        assertThat(JixiaoTest.jixiao("export", file.toString(), "--out", out.toString()).exit()).isZero();

        try (Reader in = Files.newBufferedReader(out.resolve("forms.csv"))) {
            in.skip(1);
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
            assertThat(records).hasSize(1);
            assertThat(records.get(0).get("project")).isEqualTo(name);
            assertThat(records.get(0).get("form_id")).isEqualTo(file + "#/0");
            assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(FlatTables.FORMS);
        }
    }
}
