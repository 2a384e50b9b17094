// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.FormFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in headless Chromium, as a reviewer opens it: the page is loaded from a file with no
 * network, its scripts run, and the rendered DOM (Chromium's {@code --dump-dom}) is checked: the charts drew (SVG
 * with shapes in each), the figures of the first screen are those of the batch as {@code audit --json} gives them,
 * the table and the sections are there, a form can be linked to, form text stays text, and nothing went to the
 * console as an error. {@code .ci/run} installs Chromium when it is missing, so CI always runs these tests; on a
 * machine without Chromium they are skipped (outside CI).
 */
class ReportInBrowserTest {

    static final Path FORMS = JixiaoTest.FORMS;
    static Path chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        chromium = Stream.of(System.getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome").filter(p -> p != null && Files.isExecutable(Path.of(p))).map(Path::of)
                .findFirst().orElse(null);
        if (chromium == null && System.getenv("CI") != null) {
            throw new AssertionError("headless Chromium is needed for the report's browser tests: .ci/run installs "
                    + "it (apt-get install chromium)");
        }
        assumeTrue(chromium != null, "no Chromium on this machine (apt-get install chromium)");
    }

    /**
     * What Chromium printed: the DOM after the scripts ran, up to the first script (the rendered page, not the
     * data and code inlined after it), and its log.
     */
    record Page(String dom, String log) {

        Page {
            int scripts = dom.indexOf("<script");
            dom = scripts < 0 ? dom : dom.substring(0, scripts);
        }

        /** The {@code data-value} of an element. */
        String value(String id) {
            Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\" data-value=\"([^\"]*)\"").matcher(dom);
            assertThat(m.find()).as("element #" + id).isTrue();
            return m.group(1);
        }

        /** The markup of a chart's container: from its element to the end of its figure. */
        String chart(String id) {
            int start = dom.indexOf("id=\"" + id + "\"");
            assertThat(start).as(id).isPositive();
            return dom.substring(start, dom.indexOf("</figure>", start));
        }

        static int count(String text, String part) {
            int n = 0;
            for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
                n++;
            }
            return n;
        }
    }

    static Page open(Path html, String fragment, Path profile, Path screenshot) throws IOException,
            InterruptedException {
        Files.createDirectories(profile);
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1400,1000", "--virtual-time-budget=10000", "--enable-logging=stderr", "--v=0"));
        command.add(screenshot == null ? "--dump-dom" : "--screenshot=" + screenshot);
        command.add(html.toUri() + fragment);
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("Chromium finished").isTrue();
            return new Page(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
                    StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Whether the page holds a piece of markup, said briefly when it does not (the page is long). */
    static void assertHas(Page page, String... parts) {
        for (String part : parts) {
            assertThat(page.dom().contains(part)).as("the page has " + part).isTrue();
        }
    }

    static void assertNoConsoleErrors(Page page) {
        assertHas(page, "data-ready=\"1\"");
        assertThat(page.dom().contains("data-errors=")).as("errors recorded by the page").isFalse();
        assertThat(page.log().lines().filter(l -> l.contains("CONSOLE")))
                .as("console messages").noneMatch(l -> l.contains("Uncaught") || l.contains("Error")
                        || l.contains("Refused"));
    }

    @Test
    void theFirstScreenShowsTheBatchAsAuditJsonCountsItAndTheChartsDraw() throws Exception {
        Path html = dir.resolve("report.html");
        JixiaoTest.Run run = JixiaoTest.jixiao("audit", "--json", "--report", html.toString(), FORMS.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        // the batch as audit --json gives it: the forms not repeating an earlier one
        int forms = 0;
        int copies = 0;
        int[] grades = new int[4];
        int[] severities = new int[3];
        int unsupported = 0;
        BigDecimal tolerance = ScoringPolicy.national().scoreTolerance();
        for (JsonNode form : run.json()) {
            if (!form.get("duplicateOf").isNull()) {
                copies++;
                continue;
            }
            forms++;
            grades[List.of("优", "良", "中", "差").indexOf(form.get("computed").get("grade").asText())]++;
            for (JsonNode finding : form.get("findings")) {
                severities[List.of("ERROR", "WARNING", "INFO").indexOf(finding.get("severity").asText())]++;
            }
            for (JsonNode indicator : form.get("indicators")) {
                if (!indicator.get("reported").isNull() && !accepts(indicator, tolerance)) {
                    unsupported++;
                }
            }
        }
        assertThat(forms).isEqualTo(16);
        assertThat(copies).isEqualTo(17);

        Page page = open(html, "", dir.resolve("profile"), null);

        assertNoConsoleErrors(page);
        assertThat(page.value("kpi-forms")).isEqualTo(Integer.toString(forms));
        assertThat(page.value("kpi-copies")).isEqualTo(Integer.toString(copies));
        assertThat(page.value("kpi-files")).isEqualTo("20");
        assertThat(page.value("kpi-unreadable")).isEqualTo("0");
        for (int g = 0; g < 4; g++) {
            assertThat(page.value("kpi-grade-" + g)).as("grade " + g).isEqualTo(Integer.toString(grades[g]));
        }
        assertThat(page.value("kpi-errors")).isEqualTo(Integer.toString(severities[0]));
        assertThat(page.value("kpi-warnings")).isEqualTo(Integer.toString(severities[1]));
        assertThat(page.value("kpi-infos")).isEqualTo(Integer.toString(severities[2]));
        assertThat(page.value("kpi-unsupported")).isEqualTo(Integer.toString(unsupported));
        assertThat(unsupported).isPositive();
        // the departments with most problems, the one with most errors first
        assertHas(page, "id=\"kpi-departments\"><li title=\"上海市住房和城乡建设管理委员会\">");

        // every chart drew into SVG: bars, one point per form with a reported total, a Pareto of the codes
        for (String chart : List.of("chart-grades", "chart-scatter", "chart-pareto", "chart-rates")) {
            assertThat(page.chart(chart).contains("<svg")).as(chart + " has an SVG").isTrue();
            assertThat(Page.count(page.chart(chart), "<path")).as(chart + " shapes").isGreaterThan(8);
        }
        assertThat(page.chart("chart-grades").contains(">优</text>")).as("grades axis").isTrue();
        assertThat(Page.count(page.chart("chart-scatter"), "<path")).isGreaterThanOrEqualTo(forms);
        assertThat(page.chart("chart-pareto").contains(">SCORE_MISMATCH</text>")).as("Pareto axis").isTrue();
        assertThat(page.chart("chart-rates").contains(">90%</text>")).as("the 90 % line").isTrue();

        // the table of forms and a section per form of the page
        String table = page.dom().substring(page.dom().indexOf("id=\"forms\""), page.dom().indexOf("id=\"pager\""));
        assertThat(Page.count(table, "<tr data-form=")).isEqualTo(forms);
        assertThat(Page.count(page.dom(), "<section class=\"form\" id=\"form-")).isEqualTo(forms);
        assertHas(page, "id=\"filter-count\">显示 16 / 16</span>");
    }

    @Test
    void aFormIsLinkedToWithItsFundingIndicatorsAndFindingsAtTheirCells() throws Exception {
        Path html = dir.resolve("report.html");
        JixiaoTest.Run run = JixiaoTest.jixiao("audit", "--report", html.toString(),
                FORMS.resolve("shanghai.xlsx").toString());
        assertThat(run.exit()).as(run.err()).isZero();

        Page page = open(html, "#form-5", dir.resolve("profile"), null);

        assertNoConsoleErrors(page);
        int start = page.dom().indexOf("<section class=\"form focus\" id=\"form-5\">");
        assertThat(start).as("form 5, focused").isPositive();
        String section = page.dom().substring(start, page.dom().indexOf("</section>", start));
        for (String part : List.of("上海市城市治理之星人才发展计划", "forms/shanghai.xlsx!表5!A1", "全年预算数", "全年执行数",
                "自评有误", "SCORE_MISMATCH", "shanghai.xlsx!表5!G", "<tr class=\"mark-0\">")) {
            assertThat(section.contains(part)).as("form 5 shows " + part).isTrue();
        }
        // the rows with findings are marked, the errors first
        assertThat(section.indexOf("badge s0")).isLessThan(section.indexOf("badge s2"));
    }

    @Test
    void formTextStaysTextWhateverItHolds() throws Exception {
        String hostile = "</script><script>document.title='pwned'</script><img src=x onerror=\"alert(1)\">\u2028&amp;";
        SelfEvaluation seed = SeedForms.all().get(0);
        SelfEvaluation form = SelfEvaluation.builder().from(seed)
                .project(Project.builder().from(seed.project()).name(hostile).department("<b>部门</b>").build())
                .build();
        Path file = dir.resolve("hostile.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            FormFormat.forFileName("x.json").orElseThrow().write(List.of(form), out);
        }
        Path html = dir.resolve("report.html");
        assertThat(JixiaoTest.jixiao("audit", "--report", html.toString(), file.toString()).exit()).isZero();
        String source = Files.readString(html);
        assertThat(source.contains("<img src=x")).as("markup in the file").isFalse();
        assertThat(source.contains("</script><script>document")).as("a script closed by form text").isFalse();

        Page page = open(html, "#form-1", dir.resolve("profile"), null);

        assertNoConsoleErrors(page);
        assertThat(page.dom().contains("<img")).as("an image element made of form text").isFalse();
        assertThat(page.dom().contains("<b>部门</b>")).as("a bold element made of form text").isFalse();
        assertHas(page, "<title>绩效自评表审核报告</title>",
                "&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x", "&lt;b&gt;部门&lt;/b&gt;");
    }

    @Test
    void aScreenshotOfTheFirstScreen() throws Exception {
        Path html = dir.resolve("report.html");
        assertThat(JixiaoTest.jixiao("audit", "--report", html.toString(), FORMS.toString()).exit()).isZero();
        Path png = Path.of("target", "report-first-screen.png").toAbsolutePath();
        Files.deleteIfExists(png);

        open(html, "", dir.resolve("profile"), png);

        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(20_000);
        byte[] header = Files.readAllBytes(png);
        assertThat(new String(header, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static boolean accepts(JsonNode indicator, BigDecimal tolerance) {
        BigDecimal reported = indicator.get("reported").decimalValue();
        JsonNode allowed = indicator.get("allowed");
        return new io.github.jixiao.scoring.ScoreRange(allowed.get("min").decimalValue(),
                allowed.get("max").decimalValue(), allowed.get("maxInclusive").asBoolean())
                .accepts(reported, tolerance);
    }
}
