// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line for people triaging a batch: what is shown, in which order and language, and how safely. */
class TriageTest {

    static final Path FORMS = JixiaoTest.FORMS;

    @TempDir
    Path dir;

    static Path write(Path file, SelfEvaluation form) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            FormFormat.forFileName("x.json").orElseThrow().write(List.of(form), out);
        }
        return file;
    }

    static SelfEvaluation named(String name) {
        SelfEvaluation seed = SeedForms.all().get(0);
        return SelfEvaluation.builder().from(seed).project(Project.builder().from(seed.project()).name(name).build())
                .build();
    }

    @Test
    void escapeSequencesInFormTextArePrintedEscaped() throws IOException {
        Path file = write(dir.resolve("hostile.json"), named("\u001b]0;pwned\u0007\u001b[2J清屏项目\u202e"));

        for (String command : List.of("score", "audit")) {
            JixiaoTest.Run run = JixiaoTest.jixiao(command, "--wide", file.toString());

            assertThat(run.exit()).isZero();
            assertThat(run.out()).as(command).doesNotContain("\u001b", "\u0007", "\u202e")
                    .contains("\\x1b]0;pwned\\x07\\x1b[2J清屏项目\\u202e");
        }
        assertThat(Terminals.safe("a\tb\nc")).isEqualTo("a\tb\nc");
        assertThat(Terminals.safe("\r\u0085\u007f")).isEqualTo("\\r\\x85\\x7f");
    }

    @Test
    void outputFilesGetTheUmasksPermissionsNotOwnerOnly() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(reference);
        assertThat(usual).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ);
        Path summary = dir.resolve("s.xlsx");
        Path report = dir.resolve("r.html");
        Path json = dir.resolve("beijing.json");

        assertThat(JixiaoTest.jixiao("audit", "--summary", summary.toString(), "--report", report.toString(),
                "forms/beijing.json").exit()).isZero();
        assertThat(JixiaoTest.jixiao("convert", "forms/beijing.xlsx", json.toString()).exit()).isZero();

        for (Path file : List.of(summary, report, json)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo(PosixFilePermissions.toString(usual));
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void symbolicLinksAreFollowedOnceLoopsAndDanglingLinksReported() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("batch/sub"));
        Path form = Files.copy(FORMS.resolve("shenzhen-2.json"), folder.resolve("a.json"));
        Files.createSymbolicLink(dir.resolve("batch/link-to-a.json"), form);
        Files.createSymbolicLink(folder.resolve("loop"), dir.resolve("batch"));
        Files.createSymbolicLink(dir.resolve("batch/gone.json"), dir.resolve("nowhere.json"));
        Path linkedFolder = Files.createDirectories(dir.resolve("elsewhere"));
        Files.copy(FORMS.resolve("shenzhen-3.json"), linkedFolder.resolve("c.json"));
        Files.createSymbolicLink(dir.resolve("batch/linked"), linkedFolder);

        Inputs.Found found = Inputs.find(List.of(dir.resolve("batch")));

        assertThat(found.files()).hasSize(2).anySatisfy(f -> assertThat(f.toString()).endsWith("linked/c.json"));
        assertThat(found.problems()).extracting(p -> p.line(Lang.en)).containsExactlyInAnyOrder(
                dir.resolve("batch/gone.json") + ": a symbolic link to " + dir.resolve("nowhere.json")
                        + ", which does not exist",
                dir.resolve("batch/sub/loop") + ": a symbolic link loops back to a folder above it; not followed");

        JixiaoTest.Run run = JixiaoTest.jixiao("audit", dir.resolve("batch").toString());
        assertThat(run.exit()).isEqualTo(Jixiao.UNREADABLE);
        assertThat(run.err()).contains("符号链接形成循环", "符号链接指向不存在的");
        assertThat(run.out()).contains("2 个文件，2 份自评表，2 个无法读取");
    }

    @Test
    void theSameFormFromTwoFilesIsCountedOnceWithBothSources() throws IOException {
        JixiaoTest.Run text = JixiaoTest.jixiao("audit", "forms/beijing.json", "forms/beijing.xlsx",
                "forms/shenzhen-2.json");
        JixiaoTest.Run json = JixiaoTest.jixiao("audit", "--json", "forms/beijing.json", "forms/beijing.xlsx");

        assertThat(text.out()).contains("3 个文件，2 份自评表，0 个无法读取，1 份重复（只计一次）",
                "  forms/beijing.json#/0 = forms/beijing.xlsx!Sheet1!A1");
        assertThat(text.out().lines().filter(l -> l.startsWith("forms/beijing"))).hasSize(1);
        assertThat(text.out().lines().filter(l -> l.startsWith("合计")).findFirst().orElseThrow().split(" +"))
                .startsWith("合计", "2");
        assertThat(json.json().get(0).get("duplicateOf").isNull()).isTrue();
        assertThat(json.json().get(1).get("duplicateOf").asText()).isEqualTo("forms/beijing.json#/0");
    }

    @Test
    void findingsComeMostSeriousFirstAndMinSeverityHidesTheRest() throws IOException {
        JixiaoTest.Run json = JixiaoTest.jixiao("score", "--json", "forms/shanghai-5.json");
        List<String> severities = new ArrayList<>();
        json.json().get(0).get("findings").forEach(f -> severities.add(f.get("severity").asText()));
        assertThat(severities).isSortedAccordingTo((a, b) -> Integer.compare(List.of("ERROR", "WARNING", "INFO")
                .indexOf(a), List.of("ERROR", "WARNING", "INFO").indexOf(b))).contains("ERROR", "INFO");

        JixiaoTest.Run errors = JixiaoTest.jixiao("score", "--min-severity", "ERROR", "forms/shanghai-5.json");
        assertThat(errors.out()).contains("错误  SCORE_MISMATCH", "（显示错误的 " + severities.stream()
                .filter("ERROR"::equals).count() + " 个）").doesNotContain("警告  ", "提示  ");

        JixiaoTest.Run audit = JixiaoTest.jixiao("audit", "--min-severity", "error", "forms/shenzhen-2.json",
                "forms/beijing.json");
        assertThat(audit.out()).contains("forms/beijing.json#/0", "（另有 1 份自评表没有错误的问题，未列出）")
                .doesNotContain("forms/shenzhen-2.json#/0");
    }

    @Test
    void optionValuesAreCaseInsensitive() {
        JixiaoTest.Run english = JixiaoTest.jixiao("score", "--lang", "EN", "--policy", "Shanghai",
                "--min-severity", "Warning", "forms/shanghai-6.json");

        assertThat(english.exit()).as(english.err()).isZero();
        assertThat(english.out()).contains("policy shanghai (set by the caller)", "Execution rate");
        assertThat(JixiaoTest.jixiao("audit", "--fail-on", "ERROR", "forms/beijing.json").exit())
                .isEqualTo(Jixiao.FINDINGS);
        assertThat(JixiaoTest.jixiao("export", "--format", "Csv", "--out", dir.toString(), "forms/beijing.json")
                .exit()).isZero();
    }

    @Test
    void wideKeepsLongNamesWhole() throws IOException {
        String name = "城市更新与老旧小区综合整治及配套基础设施建设和公共服务设施提升改造项目";
        Path file = write(dir.resolve("long.json"), named(name));

        assertThat(JixiaoTest.jixiao("audit", "--wide", file.toString()).out()).contains(name, file + "#/0");
        assertThat(JixiaoTest.jixiao("audit", file.toString()).out()).doesNotContain(name)
                .contains("城市更新与老旧小区综合整治及…");
        assertThat(JixiaoTest.jixiao("score", "--wide", "--lang", "en", "forms/shanghai-1.json").out())
                .contains("missed, proportional; self-score wrong");
    }

    @Test
    void theCardSaysTheVerdictInWordsTheAmountsBesideTheRateAndThePolicyWithWhy() {
        JixiaoTest.Run run = JixiaoTest.jixiao("score", "--policy", "shenzhen", "forms/beijing.json");

        assertThat(run.out()).contains("评分规则 shenzhen（依据：指定）", "，自评有误", "，自评无误",
                "预算执行率 100%（全年执行数 303.50 / 全年预算数 303.50 万元）").doesNotContain("✓", "✗");
    }
}
