// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.PolicySelector;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.spi.ReadOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in this process, on the bundled forms (examples/forms). */
class JixiaoTest {

    static final Path FORMS = Path.of("forms");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    static Run jixiao(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Jixiao.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String[] args(List<String> first, List<Path> files) {
        List<String> all = new ArrayList<>(first);
        files.forEach(f -> all.add(f.toString()));
        return all.toArray(String[]::new);
    }

    static List<Path> bundled(String extension) throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(f -> f.toString().endsWith("." + extension)).sorted().toList();
        }
    }

    static SelfEvaluation seed(String project) {
        return SeedForms.all().stream().filter(f -> f.project().name().equals(project)).findFirst().orElseThrow();
    }

    @Test
    void scoresTheSixteenBundledWorkbooksAsTheRulesScoreTheSeedForms() throws IOException {
        Run run = jixiao(args(List.of("score", "--json"), bundled("xlsx")));

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode forms = run.json();
        assertThat(forms).hasSize(16);
        for (JsonNode form : forms) {
            SelfEvaluation seed = seed(form.get("project").asText());
            ScoreCard card = Scorer.score(seed, PolicySelector.auto().choose(seed).policy());
            assertThat(form.get("policy").asText()).isEqualTo(card.policy().name());
            assertThat(form.get("computed").get("total").decimalValue()).as(form.get("source").asText())
                    .isEqualByComparingTo(card.total());
            assertThat(form.get("computed").get("grade").asText()).isEqualTo(card.grade().label());
            assertThat(form.get("reported").get("total").decimalValue())
                    .isEqualByComparingTo(seed.reportedTotal().orElseThrow());
            assertThat(form.get("indicators")).hasSize(seed.indicators().leaves().size());
        }
    }

    /**
     * A macro-enabled workbook (.xlsm) and a WPS 表格 file (.et, the .xls format) in a folder of submissions are
     * read like .xlsx and .xls (they were skipped as no form files); forms are written as .xlsx, never as .xlsm.
     */
    @Test
    void xlsmAndEtFilesAreReadAsTheWorkbooksTheyAre() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("submissions"));
        Files.copy(FORMS.resolve("beijing.xlsx"), folder.resolve("a.XLSM"));
        Files.copy(FORMS.resolve("beijing.xls"), folder.resolve("b.et"));

        Run run = jixiao("score", "--json", folder.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.json()).hasSize(2).allSatisfy(form -> {
            assertThat(form.get("project").asText()).isEqualTo(seed(form.get("project").asText()).project().name());
            assertThat(form.get("reported").get("total").decimalValue()).isEqualByComparingTo(
                    seed(form.get("project").asText()).reportedTotal().orElseThrow());
        });
        Path out = dir.resolve("out.xlsm");
        Run convert = jixiao("convert", "--lang", "en", folder.resolve("a.XLSM").toString(), out.toString());
        assertThat(convert.exit()).isEqualTo(2);
        assertThat(convert.err()).startsWith("OUT " + out + ": jixiao writes .xlsx, not .xlsm; name it .xlsx\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void jsonOutputCarriesEveryDocumentedFieldOfShanghaiForm1() throws IOException {
        Run run = jixiao("score", "--json", "forms/shanghai.xlsx");

        assertThat(run.exit()).isZero();
        JsonNode form = run.json().get(0);
        assertThat(form.get("source").asText()).startsWith("forms/shanghai.xlsx!");
        assertThat(form.get("project").asText()).isEqualTo("建设交通行业人才系列报告编制经费");
        assertThat(form.get("department").asText()).isEqualTo("上海市住房和城乡建设管理委员会");
        assertThat(form.get("year").asInt()).isEqualTo(2023);
        assertThat(form.get("policy").asText()).isEqualTo("shanghai");
        assertThat(form.get("policyReason").asText()).isEqualTo("主管部门“上海市住房和城乡建设管理委员会”");
        assertThat(form.get("reported").get("total").decimalValue()).isEqualByComparingTo("95.38");
        assertThat(form.get("reported").get("grade").asText()).isEqualTo("优");
        JsonNode computed = form.get("computed");
        assertThat(computed.get("total").decimalValue()).isEqualByComparingTo("94.63");
        assertThat(computed.get("rescaledTotal").isNull()).isTrue();
        assertThat(computed.get("grade").asText()).isEqualTo("优");
        assertThat(computed.get("executionRate").decimalValue()).isEqualByComparingTo("0.9383");
        assertThat(computed.get("executionScore").decimalValue()).isEqualByComparingTo("9.38");
        JsonNode first = form.get("indicators").get(0);
        assertThat(first.get("path").asText()).isEqualTo("产出指标 › 数量指标 › 岗位薪酬信息采集量");
        assertThat(first.get("weight").decimalValue()).isEqualByComparingTo("15");
        assertThat(first.get("reported").decimalValue()).isEqualByComparingTo("13");
        assertThat(first.get("computed").decimalValue()).isEqualByComparingTo("11.25");
        assertThat(first.get("allowed").get("min").decimalValue()).isEqualByComparingTo("11.25");
        assertThat(first.get("allowed").get("maxInclusive").asBoolean()).isTrue();
        assertThat(first.get("rule").asText()).isEqualTo("PROPORTIONAL_POSITIVE");
        JsonNode mismatch = findings(form, "SCORE_MISMATCH").get(0);
        assertThat(mismatch.get("severity").asText()).isEqualTo("ERROR");
        assertThat(mismatch.get("location").asText()).isEqualTo("产出指标 › 数量指标 › 岗位薪酬信息采集量");
        assertThat(mismatch.get("message").asText()).contains("11.25");
        assertThat(mismatch.get("reported").asText()).isEqualTo("13.00");
        assertThat(mismatch.get("computed").asText()).isEqualTo("11.25");
    }

    @Test
    void policyAndLanguageChangeTheFiguresAndTheMessages() throws IOException {
        // Shanghai truncates: 85.60 / 85.70 = 99.8833% → 9.98, where the national rule rounds to 9.99
        Run shanghai = jixiao("score", "--json", "--policy", "shanghai", "--lang", "en", "forms/shanghai-6.json");
        Run national = jixiao("score", "--json", "--policy", "national", "forms/shanghai-6.json");

        JsonNode form6 = form(shanghai.json(), "信息化建设项目");
        assertThat(form6.get("policy").asText()).isEqualTo("shanghai");
        assertThat(form6.get("computed").get("executionScore").decimalValue()).isEqualByComparingTo("9.98");
        assertThat(form(national.json(), "信息化建设项目").get("computed").get("executionScore").decimalValue())
                .isEqualByComparingTo("9.99");
        assertThat(findings(form6, "SCORE_MISMATCH").get(0).get("message").asText()).startsWith("Score ");
    }

    @Test
    void theCardShowsTheTableAlignedByDisplayWidthThenTotalsAndFindings() {
        Run run = jixiao("score", "forms/shanghai-1.json");

        assertThat(run.exit()).isZero();
        String card = run.out();
        assertThat(card).startsWith("建设交通行业人才系列报告编制经费\n2023 年 · 上海市住房和城乡建设管理委员会 · forms/shanghai-1.json#/0"
                + " · 评分规则 shanghai（依据：主管部门“上海市住房和城乡建设管理委员会”）")
                .contains("预算执行率 93.83%（全年执行数 16.89 / 全年预算数 18.00 万元）  得分 9.38 / 10.00（自评 9.38）")
                .contains("总分  自评 95.38 优  计算 94.63 优")
                .contains("错误  SCORE_MISMATCH  产出指标 › 数量指标 › 岗位薪酬信息采集量")
                .doesNotContain("\u001b[");
        List<String> rows = card.lines().filter(l -> l.contains("，自评")).toList();
        assertThat(rows).hasSize(13).anySatisfy(row -> assertThat(row)
                .matches("岗位薪酬信息采集量 +≥120\\.00\\(万条/月\\) +90\\.00\\(万条/月\\) +15\\.00 +13\\.00 +11\\.25  未达成，按比例，自评有误"))
                .anySatisfy(row -> assertThat(row).endsWith("  达成，自评无误"));
        // every row's verdict starts at the same display column
        assertThat(rows.stream().map(r -> Table.width(r.substring(0, r.lastIndexOf("  ")))).distinct()).hasSize(1);
    }

    @Test
    void englishLabels() {
        Run run = jixiao("score", "--lang", "en", "forms/beijing.json");

        assertThat(run.out()).contains("Indicator", "Target", "Actual", "Weight", "Reported", "Computed", "Verdict",
                "Total  reported 98  computed 100.00 优", "ERROR  MET_TARGET_DEDUCTED");
    }

    @Test
    void aBrokenFileAmongGoodOnesIsReportedOnOneLineAndTheGoodOnesStillAre() throws IOException {
        Files.copy(FORMS.resolve("beijing.json"), dir.resolve("a-beijing.json"));
        Files.write(dir.resolve("b-broken.xlsx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("c-broken.json"), "{\"project\": ");
        Files.copy(FORMS.resolve("shenzhen-2.json"), dir.resolve("d-shenzhen.json"));

        Run run = jixiao("audit", "--json", dir.toString());

        assertThat(run.exit()).isEqualTo(Jixiao.UNREADABLE);
        assertThat(run.json()).extracting(f -> f.get("project").asText())
                .containsExactly("北京市住房和城乡建设信用服务监管平台升级改造", "电子政务运维");
        List<String> errors = run.err().lines().toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("jixiao: " + dir.resolve("b-broken.xlsx") + ": ");
        assertThat(errors.get(1)).startsWith("jixiao: " + dir.resolve("c-broken.json") + ": ");
        assertThat(run.err()).doesNotContain("\tat ");

        assertThat(jixiao("audit", "--verbose", dir.toString()).err()).contains("\tat ");
    }

    @Test
    void aWorkbookWithOneUnreadableFormAmongGoodOnesIsExitThreeNamingThatFormsCell() throws IOException {
        Path workbook = countyWorkbook("全年执行数", List.of(List.of(), List.of(), List.of("", "项目支出绩效自评表")));

        Run run = jixiao("score", "--json", workbook.toString());

        assertThat(run.exit()).isEqualTo(Jixiao.UNREADABLE);
        assertThat(run.json()).extracting(f -> f.get("project").asText()).containsExactly("道路养护");
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("jixiao: " + workbook + ": 表2!B3: ").contains("neither a project name"));
    }

    @Test
    void aReadingFindingNamesItsCellOnceAnAuditFindingItsPathAndCell() throws IOException {
        Run run = jixiao("score", "--lang", "en", countyWorkbook("全年执行数", null).toString(), "forms/shanghai-1.json");

        List<String> reading = run.out().lines().filter(l -> l.contains("  READ_")).toList();
        assertThat(reading).isNotEmpty().allSatisfy(line -> assertThat(line.split("county\\.xlsx!", -1)).hasSize(2));
        assertThat(run.out()).containsPattern("SCORE_MISMATCH  产出指标 › 数量指标 › 岗位薪酬信息采集量  \\S*shanghai-1\\.json#/0/");
    }

    @Test
    void aVocabularyFileTeachesTheReaderAProvincesLabels() throws IOException {
        Path workbook = countyWorkbook("实际拨付数", null);
        Path labels = dir.resolve("labels.txt");
        Files.writeString(labels, "# 某县的表头\ncolumn.executed = 实际拨付数\n");

        JsonNode without = jixiao("score", "--json", "--lang", "en", workbook.toString()).json().get(0);
        JsonNode with = jixiao("score", "--json", "--lang", "en", "--vocabulary", labels.toString(), workbook.toString())
                .json().get(0);

        assertThat(without.get("computed").get("executionRate").isNull()).isTrue();
        assertThat(with.get("computed").get("executionRate").decimalValue()).isEqualByComparingTo("0.9");

        Files.writeString(labels, "column.paid = 实际拨付数\n");
        Run bad = jixiao("score", "--vocabulary", labels.toString(), workbook.toString());
        assertThat(bad.exit()).isEqualTo(Jixiao.USAGE);
        assertThat(bad.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("jixiao: " + labels + ": ").contains("line 1").contains("column.paid"));
        assertThat(bad.out()).isEmpty();
    }

    /**
     * county.xlsx: on 表1 a form cut short after its funding block, its executed column headed {@code executed}; on
     * 表2 the rows of {@code secondSheet}, when given.
     */
    private Path countyWorkbook(String executed, List<List<String>> secondSheet) throws IOException {
        Path workbook = dir.resolve("county.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            org.dhatim.fastexcel.Workbook written = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            rows(written.newWorksheet("表1"), List.of(List.of("项目支出绩效自评表"), List.of("项目名称", "道路养护"),
                    List.of("项目资金（万元）", "", "年初预算数", "全年预算数", executed),
                    List.of("", "年度资金总额", "100", "100", "90")));
            if (secondSheet != null) {
                rows(written.newWorksheet("表2"), secondSheet);
            }
            written.finish();
        }
        return workbook;
    }

    private static void rows(org.dhatim.fastexcel.Worksheet sheet, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                sheet.value(r, c, rows.get(r).get(c));
            }
        }
    }

    @Test
    void aMissingFileIsAnUnreadableInput() {
        Run run = jixiao("score", "forms/beijing.json", "forms/nowhere.xlsx");

        assertThat(run.exit()).isEqualTo(Jixiao.UNREADABLE);
        assertThat(run.out()).contains("北京市住房和城乡建设信用服务监管平台升级改造");
        assertThat(run.err()).isEqualTo("jixiao: forms/nowhere.xlsx: 文件或文件夹不存在\n");
        assertThat(jixiao("score", "--lang", "en", "forms/nowhere.xlsx").err())
                .isEqualTo("jixiao: forms/nowhere.xlsx: no such file or folder\n");
    }

    @Test
    void badArgumentsAreUsageErrorsWithTheUsage() {
        for (String[] args : List.of(new String[] {}, new String[] {"score"}, new String[] {"frobnicate"},
                new String[] {"score", "--colour", "forms/beijing.xlsx"},
                new String[] {"score", "--policy", "beijing", "forms/beijing.xlsx"},
                new String[] {"score", "--lang", "fr", "forms/beijing.xlsx"},
                new String[] {"audit", "--fail-on", "fatal", "forms"},
                new String[] {"convert", "forms/beijing.xlsx"},
                new String[] {"convert", "forms/beijing.xlsx", dir.resolve("out.xls").toString()})) {
            Run run = jixiao(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(Jixiao.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).contains("用法： jixiao");
            assertThat(run.out()).isEmpty();
        }
        assertThat(jixiao("score", "--policy", "beijing", "x.xlsx").err())
                .startsWith("--policy 的值 'beijing' 无效，可选：auto、national、shenzhen、shanghai、putuo、twenty-point\n用法： jixiao score");
        assertThat(jixiao("score", "--lang", "en", "--policy", "beijing", "x.xlsx").err())
                .startsWith("Invalid value for option '--policy': 'beijing' is not a policy; choose auto, one of national,"
                        + " shenzhen, shanghai, putuo, twenty-point, or a policy file ending in .json");
        assertThat(jixiao("score", "--lang", "fr", "x.xlsx").err()).startsWith("--lang 的值 'fr' 无效，可选：zh、en\n");
        assertThat(jixiao("score", "--nope", "x.xlsx").err()).startsWith("无法识别的选项或参数：'--nope'\n");
        assertThat(jixiao("score").err()).startsWith("缺少必需的参数：FILE\n");
    }

    @Test
    void helpAndVersion() {
        Run help = jixiao("--help");
        Run version = jixiao("--version");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("用法： jixiao").contains("score", "audit", "convert", "export", "退出码：",
                "为项目支出绩效自评表评分并审核。", "显示本帮助并退出。");
        assertThat(jixiao("audit", "--help").out()).contains("--summary", "--report", "--fail-on", "--policy", "--json",
                "同时写出本批的 HTML 报告", "自评表文件（.xlsx、.xlsm、.xls、.et、")
                .doesNotContain("Usage", "Form files");
        assertThat(jixiao("convert", "--help").out()).contains("读取 .xlsx、.xlsm、.xls、.et、.json、.docx、.doc、.pdf",
                "输入为 PDF 时，OUT 可为 .pdf");
        assertThat(jixiao("convert", "--help", "--lang", "en").out()).contains(".docx, .doc, .pdf; write .xlsx, .json",
                "for a PDF, OUT .pdf");
        assertThat(jixiao("--help", "--lang", "EN").out()).startsWith("Usage: jixiao").contains("Exit codes:");
        assertThat(jixiao("export", "--help", "--lang=en").out()).contains("--format", "--out", "flat tables");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("jixiao ");
    }

    @Test
    void auditSumsUpPerDepartmentAndOverall() throws IOException {
        Run run = jixiao(args(List.of("audit"), bundled("xlsx")));

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("3 个文件，16 份自评表，0 个无法读取");
        String all = run.out().lines().filter(l -> l.startsWith("合计")).findFirst().orElseThrow();
        long excellent = SeedForms.all().stream()
                .filter(f -> Scorer.score(f, PolicySelector.auto().choose(f).policy()).grade().label().equals("优"))
                .count();
        assertThat(all.split(" +")).startsWith("合计", "16", Long.toString(excellent));
        assertThat(run.out()).contains("北京市住房和城乡建设委员会", "上海市住房和城乡建设管理委员会");
    }

    @Test
    void failOnTurnsFindingsIntoExitCodeOne() {
        // 电子政务运维 (Shenzhen 2): warnings and notes, no error; Beijing: errors
        assertThat(jixiao("audit", "forms/shenzhen-2.json").exit()).isZero();
        assertThat(jixiao("audit", "--fail-on", "error", "forms/shenzhen-2.json").exit()).isZero();
        assertThat(jixiao("audit", "--fail-on", "warning", "forms/shenzhen-2.json").exit())
                .isEqualTo(Jixiao.FINDINGS);
        assertThat(jixiao("audit", "--fail-on", "error", "forms/beijing.json").exit()).isEqualTo(Jixiao.FINDINGS);
    }

    @Test
    void convertsAWorkbookToJsonWithoutLosingAnything() throws IOException {
        Path json = dir.resolve("shanghai.json");

        Run run = jixiao("convert", "forms/shanghai.xlsx", json.toString());

        assertThat(run.exit()).isZero();
        assertThat(Formats.read(json, ReadOptions.lenientReading()).forms())
                .isEqualTo(Formats.read(FORMS.resolve("shanghai.xlsx"), ReadOptions.lenientReading()).forms());
    }

    @Test
    void auditWritesTheSummaryWorkbookOneRowPerForm() throws IOException {
        Path summary = dir.resolve("summary.xlsx");

        Run run = jixiao(args(List.of("audit", "--summary", summary.toString()), bundled("xlsx")));

        assertThat(run.exit()).isZero();
        try (ReadableWorkbook workbook = new ReadableWorkbook(summary.toFile())) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows = sheet.read();
            assertThat(sheet.getName()).isEqualTo("汇总");
            assertThat(rows).hasSize(17);
            assertThat(rows.get(0).getCellText(5)).isEqualTo("项目名称");
            assertThat(rows.stream().skip(1).map(r -> r.getCellText(5)))
                    .containsExactlyInAnyOrderElementsOf(SeedForms.all().stream().map(f -> f.project().name()).toList());
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void convertAuditWritesTheAuditedTemplateThatReadsBackAsTheSameForms() throws IOException {
        Path audited = dir.resolve("audited.xlsx");

        Run run = jixiao("convert", "--audit", "--policy", "shanghai", "forms/shanghai.xlsx", audited.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Formats.read(audited, ReadOptions.lenientReading()).forms())
                .isEqualTo(Formats.read(FORMS.resolve("shanghai.xlsx"), ReadOptions.lenientReading()).forms());
        try (ReadableWorkbook workbook = new ReadableWorkbook(audited.toFile())) {
            assertThat(workbook.getSheets().map(Sheet::getName)).hasSize(7).last().isEqualTo("审核");
        }
    }

    @Test
    void outputsMustBeWorkbooksWhereOnlyAWorkbookWillDo() {
        Run summary = jixiao("audit", "--summary", dir.resolve("summary.csv").toString(), "forms/beijing.json");
        Run audited = jixiao("convert", "--audit", "forms/beijing.json", dir.resolve("audited.json").toString());

        assertThat(summary.exit()).isEqualTo(Jixiao.USAGE);
        assertThat(summary.err()).startsWith("--summary " + dir.resolve("summary.csv") + "：汇总表是工作簿，请以 .xlsx 命名");
        assertThat(jixiao("audit", "--lang", "en", "--report", dir.resolve("r.htm").toString(), "forms/beijing.json").err())
                .startsWith("--report " + dir.resolve("r.htm") + ": the report is a web page; name it .html");
        assertThat(audited.exit()).isEqualTo(Jixiao.USAGE);
        assertThat(audited.err()).contains("--audit 写出的是模板，请以 .xlsx 命名");
    }

    @Test
    void anOutputThatCannotBeWrittenIsExitFourWithOneLine() {
        Path nowhere = dir.resolve("no/such/folder/out.json");

        Run run = jixiao("convert", "forms/beijing.json", nowhere.toString());

        assertThat(run.exit()).isEqualTo(Jixiao.FAILED);
        assertThat(run.err()).isEqualTo("jixiao: 无法写入 " + nowhere + "：文件夹不存在\n");
        assertThat(jixiao("convert", "--lang", "en", "forms/beijing.json", nowhere.toString()).err())
                .isEqualTo("jixiao: cannot write " + nowhere + ": no such folder\n");
    }

    @Test
    void anUnreadableInputToConvertIsExitThree() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "[");

        Run run = jixiao("convert", broken.toString(), dir.resolve("out.json").toString());

        assertThat(run.exit()).isEqualTo(Jixiao.UNREADABLE);
        assertThat(run.err()).startsWith("jixiao: " + broken + ": ");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    private static JsonNode form(JsonNode forms, String project) {
        for (JsonNode form : forms) {
            if (form.get("project").asText().equals(project)) {
                return form;
            }
        }
        throw new AssertionError("no form " + project);
    }

    private static List<JsonNode> findings(JsonNode form, String code) {
        List<JsonNode> found = new ArrayList<>();
        form.get("findings").forEach(f -> {
            if (f.get("code").asText().equals(code)) {
                found.add(f);
            }
        });
        assertThat(found).as(code).isNotEmpty();
        return found;
    }
}
