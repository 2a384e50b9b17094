// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static io.github.jixiao.cli.JixiaoTest.args;
import static io.github.jixiao.cli.JixiaoTest.bundled;
import static io.github.jixiao.cli.JixiaoTest.jixiao;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.cli.JixiaoTest.Run;
import io.github.jixiao.scoring.ScoringPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --policy} and {@code --policy-map} end to end on the bundled workbooks (Beijing, Shenzhen, Shanghai): each form
 * by its region's preset under {@code auto}, one policy forced, a map over the guess, policy files and their errors.
 */
class PolicyOptionTest {

    @TempDir
    Path dir;

    private static JsonNode byProject(JsonNode forms, String project) {
        for (JsonNode form : forms) {
            if (form.get("project").asText().equals(project)) {
                return form;
            }
        }
        throw new AssertionError("no form " + project);
    }

    private static List<String> codes(JsonNode form) {
        List<String> codes = new ArrayList<>();
        form.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        return codes;
    }

    private static Run scoreBundled(String... options) throws IOException {
        List<String> first = new ArrayList<>(List.of("score", "--json"));
        first.addAll(List.of(options));
        return jixiao(args(first, bundled("xlsx")));
    }

    @Test
    void autoScoresEachFormOfAMixedBatchByItsRegionsPresetAndSaysWhy() throws IOException {
        Run run = scoreBundled();

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode forms = run.json();
        assertThat(forms).hasSize(16);
        Map<String, Integer> policies = new HashMap<>();
        for (JsonNode form : forms) {
            String source = form.get("source").asText();
            String expected = source.contains("shanghai") ? "shanghai" : source.contains("shenzhen") ? "shenzhen"
                    : "national";
            assertThat(form.get("policy").asText()).as(source).isEqualTo(expected);
            assertThat(codes(form)).as(source).contains("POLICY_GUESSED");
            policies.merge(expected, 1, Integer::sum);
        }
        assertThat(policies).containsEntry("shanghai", 6).containsEntry("shenzhen", 9).containsEntry("national", 1);
        assertThat(byProject(forms, "北京市住房和城乡建设信用服务监管平台升级改造").get("policyReason").asText())
                .isEqualTo("主管部门“北京市住房和城乡建设委员会”");
        assertThat(byProject(forms, "档案整理").get("policyReason").asText()).isEqualTo("表头有项目金额“3700700元”");
    }

    /** The printed totals that follow their region's rounding are what the rules compute: no difference to report. */
    static Stream<Arguments> regionalRounding() {
        return Stream.of(
                // seed 002: the rate rounded half-up to 2 places before × 10
                Arguments.of("档案整理", "9.80", "99.80"),
                Arguments.of("机房UPS电池更换及蓄电池间消防整改", "8.70", "98.70"),
                Arguments.of("住房建设信息系统建设管理", "9.90", "99.90"),
                // seed 003: truncated, 60.5357% → 6.05 and 99.8833% → 9.98
                Arguments.of("推进住房、城乡建设和城市管理领域职业技术教育经费", "6.05", "96.05"),
                Arguments.of("信息化建设项目", "9.98", null));
    }

    @ParameterizedTest
    @MethodSource("regionalRounding")
    void theTotalsThatFollowTheirRegionsRoundingAgreeUnderAuto(String project, String execution, String total)
            throws IOException {
        JsonNode form = byProject(scoreBundled().json(), project);

        assertThat(form.get("computed").get("executionScore").decimalValue()).isEqualByComparingTo(execution);
        assertThat(codes(form)).doesNotContain("EXECUTION_SCORE_MISMATCH");
        if (total != null) {
            assertThat(form.get("computed").get("total").decimalValue()).isEqualByComparingTo(total);
            assertThat(form.get("reported").get("total").decimalValue()).isEqualByComparingTo(total);
            assertThat(codes(form)).doesNotContain("TOTAL_DIFFERS_FROM_RULES");
        }
    }

    @Test
    void onePolicyNamedIsForcedOnEveryFormAndIsNoGuess() throws IOException {
        Run run = scoreBundled("--policy", "national");

        assertThat(run.exit()).isZero();
        for (JsonNode form : run.json()) {
            assertThat(form.get("policy").asText()).isEqualTo("national");
            assertThat(form.get("policyReason").asText()).isEqualTo("指定");
            assertThat(codes(form)).doesNotContain("POLICY_GUESSED");
        }
        JsonNode shenzhen3 = byProject(run.json(), "机房UPS电池更换及蓄电池间消防整改");
        assertThat(shenzhen3.get("computed").get("total").decimalValue()).isEqualByComparingTo("98.67");
        assertThat(codes(shenzhen3)).contains("TOTAL_DIFFERS_FROM_RULES");
    }

    @Test
    void aMapOverridesTheGuessAndLeavesTheOtherFormsToAuto() throws IOException {
        Path map = Files.writeString(dir.resolve("bureau.map"), """
                # 上海市住建委: score by the national rules
                department 上海市住房和城乡建设管理委员会 = national
                path **/beijing.xlsx = twenty-point
                """);

        Run run = scoreBundled("--policy-map", map.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        for (JsonNode form : run.json()) {
            String source = form.get("source").asText();
            if (source.contains("shanghai")) {
                assertThat(form.get("policy").asText()).isEqualTo("national");
                assertThat(form.get("policyReason").asText())
                        .isEqualTo("对照表第 2 行：主管部门“上海市住房和城乡建设管理委员会”");
                assertThat(codes(form)).doesNotContain("POLICY_GUESSED");
            } else if (source.contains("beijing")) {
                assertThat(form.get("policy").asText()).isEqualTo("twenty-point");
                assertThat(form.get("policyReason").asText()).isEqualTo("对照表第 3 行：路径“forms/beijing.xlsx”");
            } else {
                assertThat(form.get("policy").asText()).isEqualTo("shenzhen");
                assertThat(codes(form)).contains("POLICY_GUESSED");
            }
        }
        JsonNode shanghai6 = byProject(run.json(), "信息化建设项目");
        assertThat(shanghai6.get("computed").get("executionScore").decimalValue()).isEqualByComparingTo("9.99");
    }

    @Test
    void aMapNamesPolicyFilesRelativeToItselfAndFallsBackToPolicy() throws IOException {
        Files.createDirectories(dir.resolve("rules"));
        String yunnan = ScoringPolicy.builder().from(ScoringPolicy.twentyPointExecution()).name("yunnan")
                .executionWeight(new BigDecimal("20")).build().toJson();
        Files.writeString(dir.resolve("rules/yunnan.json"), yunnan);
        Path map = Files.writeString(dir.resolve("bureau.map"), "department 北京市 = rules/yunnan.json\n");

        Run run = jixiao("score", "--json", "--policy-map", map.toString(), "--policy", "shanghai",
                "forms/beijing.json", "forms/shenzhen-1.json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get(0).get("policy").asText()).isEqualTo("yunnan");
        assertThat(run.json().get(1).get("policy").asText()).isEqualTo("shanghai");
        assertThat(run.json().get(1).get("policyReason").asText()).isEqualTo("指定");
    }

    @Test
    void aPolicyFileScoresEveryFormAndTheCardSaysSo() throws IOException {
        Path file = dir.resolve("anhui-2023.json");
        Files.writeString(file, ScoringPolicy.builder().name("anhui-2023").executionWeight(new BigDecimal("20"))
                .build().toJson());

        Run run = jixiao("score", "--policy", file.toString(), "forms/beijing.json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("评分规则 anhui-2023（依据：指定）");
        assertThat(jixiao("score", "--lang", "en", "forms/shanghai-1.json").out())
                .contains("policy shanghai (department “上海市住房和城乡建设管理委员会”)");
        assertThat(jixiao("score", "forms/shanghai-1.json").out())
                .contains("评分规则 shanghai（依据：主管部门“上海市住房和城乡建设管理委员会”）");
    }

    static Stream<Arguments> badPolicyFiles() {
        String national = ScoringPolicy.national().toJson();
        return Stream.of(
                Arguments.of(national.replace("\"goodFrom\": \"80\"", "\"goodFrom\": true"),
                        "/grades/goodFrom: expected a decimal string such as \"80\", found true"),
                Arguments.of(national.replace("\"achievedFrom\": \"80\"", "\"achievedFrom\": \"120\""),
                        "/qualitativeBands/achievedFrom: achievedFrom is 120 %; a band cannot reach above 100 % of the weight"),
                Arguments.of(national + "garbage", "(top level): expected the end of the document after its value, found 'g'"
                        + " (line " + (national.lines().count() + 1) + ", column 1)"),
                Arguments.of("[".repeat(100_000), "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: the "
                        + "document nests objects and arrays deeper than 32 levels (line 1, column 33)"),
                Arguments.of("{\"name\": \"" + "x".repeat(2_000_000) + "\"}",
                        "(top level): the document is larger than 1048576 bytes (1 MiB)"));
    }

    @ParameterizedTest
    @MethodSource("badPolicyFiles")
    void aMalformedOrHostilePolicyFileIsOneLineWithItsPointerAndExitTwo(String content, String message)
            throws IOException {
        Path file = Files.writeString(dir.resolve("rules.json"), content);

        Run run = jixiao("score", "--policy", file.toString(), "forms/beijing.json");

        assertThat(run.exit()).isEqualTo(Jixiao.USAGE);
        assertThat(run.err()).isEqualTo("jixiao: " + file + ": " + message + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingPolicyFileOrABadMapIsOneLineAndExitTwo() throws IOException {
        Path map = Files.writeString(dir.resolve("bureau.map"), "\ndepartment 北京 = rules/none.json\n");
        Path bad = Files.writeString(dir.resolve("bad.map"), "dept 北京 = national\n");

        Run missing = jixiao("audit", "--json", "--policy", "none.json", "forms/beijing.json");
        Run mapped = jixiao("score", "--policy-map", map.toString(), "forms/beijing.json");
        Run wrong = jixiao("convert", "--audit", "--policy-map", bad.toString(), "forms/beijing.json",
                dir.resolve("out.xlsx").toString());

        assertThat(missing.exit()).isEqualTo(Jixiao.USAGE);
        assertThat(missing.err()).isEqualTo("jixiao: none.json: no such file\n");
        assertThat(missing.out()).isEmpty();
        assertThat(mapped.exit()).isEqualTo(Jixiao.USAGE);
        assertThat(mapped.err()).isEqualTo("jixiao: " + map + ": line 2: rules/none.json: no such file\n");
        assertThat(wrong.exit()).isEqualTo(Jixiao.USAGE);
        assertThat(wrong.err()).isEqualTo("jixiao: " + bad + ": line 1: unknown kind \"dept\"; expected one of path, "
                + "department, unit, region, field, execution-weight\n");
        assertThat(dir.resolve("out.xlsx")).doesNotExist();
    }

    @Test
    void theHelpListsAutoAndEveryPreset() {
        assertThat(jixiao("score", "--lang", "en", "--help").out().replaceAll("\\s+", " "))
                .contains("auto, national, shenzhen, shanghai, putuo, twenty-point, or a policy file", "--policy-map");
        assertThat(jixiao("score", "--help").out().replaceAll("\\s+", " "))
                .contains("评分规则：auto, national, shenzhen, shanghai, putuo, twenty-point，或评分规则文件", "--policy-map");
    }
}
