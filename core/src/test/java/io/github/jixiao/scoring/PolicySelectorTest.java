// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluation;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Choosing each form's policy: from what it shows, always one, or by a map. */
class PolicySelectorTest {

    private static final PolicySelector AUTO = PolicySelector.auto();

    static SelfEvaluation withProject(String id, Project.Builder project) {
        SelfEvaluation seed = SeedForms.form(id);
        return SelfEvaluation.builder().from(seed).project(project.build()).build();
    }

    static SelfEvaluation headed(String department, String unit) {
        Project.Builder project = Project.builder().name("普陀体育中心与委托运营方结算费用");
        if (department != null) {
            project.department(department);
        }
        if (unit != null) {
            project.implementingUnit(unit);
        }
        return withProject("beijing", project);
    }

    static Stream<Arguments> seeds() {
        return SeedForms.seeds().stream().map(seed -> Arguments.of(seed.id(), seed.form()));
    }

    /** Each seed by its region's preset: Shanghai by its 主管部门, Shenzhen by its 项目金额, Beijing by its 主管部门. */
    @ParameterizedTest
    @MethodSource("seeds")
    void eachSeedFormIsScoredByItsRegionsPreset(String id, SelfEvaluation form) {
        PolicyChoice choice = AUTO.choose(form);
        String expected = id.startsWith("shanghai") ? "shanghai" : id.startsWith("shenzhen") ? "shenzhen" : "national";

        assertThat(choice.policy().name()).isEqualTo(expected);
        assertThat(choice.guessed()).isTrue();
        assertThat(choice.reason()).isEqualTo(switch (expected) {
            case "shanghai" -> "主管部门“上海市住房和城乡建设管理委员会”";
            case "shenzhen" -> "表头有项目金额“" + form.project().amount().orElseThrow() + "”";
            default -> "主管部门“北京市住房和城乡建设委员会”";
        });
    }

    @Test
    void shenzhenForm1IsRecognisedByItsProjectAmount() {
        PolicyChoice choice = AUTO.choose(SeedForms.form("shenzhen-1"));
        assertThat(choice.reason()).isEqualTo("表头有项目金额“3700700元”");
        assertThat(choice.reasonEn()).isEqualTo("the header prints 项目金额 “3700700元”");
    }

    @Test
    void theLongestRegionWinsSoPutuoIsNotShanghai() {
        assertThat(AUTO.choose(headed("上海市普陀区体育局", null)).policy().name()).isEqualTo("putuo");
        assertThat(AUTO.choose(headed("上海市 普陀区体育局", null)).policy().name()).isEqualTo("putuo");
        assertThat(AUTO.choose(headed("上海市体育局", null)).policy().name()).isEqualTo("shanghai");
    }

    @Test
    void the主管部门DecidesBeforeThe实施单位() {
        PolicyChoice choice = AUTO.choose(headed("上海市体育局", "上海市普陀区体育事业管理中心"));
        assertThat(choice.policy().name()).isEqualTo("shanghai");
        assertThat(choice.reason()).isEqualTo("主管部门“上海市体育局”");

        PolicyChoice byUnit = AUTO.choose(headed("0102013", "深圳市住房和建设局信息中心"));
        assertThat(byUnit.policy().name()).isEqualTo("shenzhen");
        assertThat(byUnit.reason()).isEqualTo("实施单位“深圳市住房和建设局信息中心”");
        assertThat(byUnit.reasonEn()).isEqualTo("implementing unit “深圳市住房和建设局信息中心”");
    }

    @Test
    void theTitleAndTheProjectNameNameRegionsToo() {
        SelfEvaluation titled = SelfEvaluation.builder().from(headed(null, null)).title("深圳市项目支出绩效自评表").build();
        assertThat(AUTO.choose(titled).reason()).isEqualTo("表名“深圳市项目支出绩效自评表”");
        SelfEvaluation named = withProject("beijing", Project.builder().name("上海市建设交通行业人才报告"));
        assertThat(AUTO.choose(named).reason()).isEqualTo("项目名称“上海市建设交通行业人才报告”");
        assertThat(AUTO.choose(named).policy().name()).isEqualTo("shanghai");
    }

    @Test
    void theEvidenceIsTheCellTheDepartmentWasReadFrom() {
        Origin b3 = Origin.cell("shanghai.xlsx", "表1", "B3");
        SelfEvaluation form = withProject("shanghai-1", Project.builder().from(SeedForms.form("shanghai-1").project())
                .putOrigins(Field.DEPARTMENT, b3));
        PolicyChoice choice = AUTO.choose(form);

        assertThat(choice.evidence()).contains(b3);
        Finding finding = choice.finding().orElseThrow();
        assertThat(finding.code()).isEqualTo("POLICY_GUESSED");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.origin()).contains(b3);
        assertThat(finding.location()).isEqualTo("评分规则");
        assertThat(finding.messageZh()).isEqualTo(
                "评分规则按表中信息推断为 shanghai（依据：主管部门“上海市住房和城乡建设管理委员会”）；如有不同，请指定评分规则");
        assertThat(finding.messageEn()).isEqualTo("Scoring rules guessed from the form: shanghai (department "
                + "“上海市住房和城乡建设管理委员会”); set them if they differ");
    }

    @Test
    void aTwentyPointExecutionBlockIsTheTwentyPointTemplate() {
        SelfEvaluation seed = headed("保山市退役军人事务局", null);
        SelfEvaluation twenty = SelfEvaluation.builder().from(seed)
                .funding(Funding.builder().from(seed.funding()).weight(BigDecimal.valueOf(20)).build()).build();
        PolicyChoice choice = AUTO.choose(twenty);

        assertThat(choice.policy().name()).isEqualTo("twenty-point");
        assertThat(choice.reason()).isEqualTo("预算执行率分值 20");
        assertThat(AUTO.choose(SelfEvaluation.builder().from(seed).funding(Funding.builder().from(seed.funding())
                .weight(Optional.empty()).printedPoints(new BigDecimal("20.0")).build()).build()).policy().name())
                .isEqualTo("twenty-point");
    }

    @Test
    void aFormThatShowsNoRegionFallsBackToNationalAsAGuess() {
        PolicyChoice choice = AUTO.choose(headed("天长市水利局", null));

        assertThat(choice.policy()).isSameAs(ScoringPolicy.national());
        assertThat(choice.guessed()).isTrue();
        assertThat(choice.evidence()).isEmpty();
        assertThat(choice.reason()).isEqualTo("表中未见地区或模板特征，按国家规则");
        assertThat(choice.finding()).isPresent();
    }

    @Test
    void aFixedPolicyIsNotAGuess() {
        PolicyChoice choice = PolicySelector.fixed(ScoringPolicy.national()).choose(SeedForms.form("shanghai-1"));

        assertThat(choice.policy()).isSameAs(ScoringPolicy.national());
        assertThat(choice.guessed()).isFalse();
        assertThat(choice.reason()).isEqualTo("指定");
        assertThat(choice.finding()).isEmpty();
    }

    @Test
    void aMapOverridesTheGuessAndLeavesTheRestToAuto() throws IOException {
        PolicySelector map = PolicySelector.mapping(new StringReader("""
                # the bureau's rules
                department 住房和城乡建设管理委员会 = national   # our own reading
                """));

        PolicyChoice shanghai = map.choose(SeedForms.form("shanghai-1"));
        assertThat(shanghai.policy().name()).isEqualTo("national");
        assertThat(shanghai.guessed()).isFalse();
        assertThat(shanghai.finding()).isEmpty();
        assertThat(shanghai.reason()).isEqualTo("对照表第 2 行：主管部门“上海市住房和城乡建设管理委员会”");
        assertThat(shanghai.reasonEn()).isEqualTo("map line 2: department “上海市住房和城乡建设管理委员会”");
        PolicyChoice shenzhen = map.choose(SeedForms.form("shenzhen-1"));
        assertThat(shenzhen.policy().name()).isEqualTo("shenzhen");
        assertThat(shenzhen.guessed()).isTrue();
    }

    @Test
    void pathRulesMatchGlobsOnTheSourceBeforeAnyTextRule() throws IOException {
        PolicySelector map = PolicySelector.mapping(new StringReader("""
                department 上海市 = shanghai
                path shanghai/*.xlsx = putuo
                path **/2022/** = twenty-point
                unit 普陀 = national
                """), null, PolicySelector.fixed(ScoringPolicy.shenzhen()));
        SelfEvaluation form = SeedForms.form("shanghai-1");

        assertThat(map.choose(form, "forms/shanghai/a.xlsx").policy().name()).isEqualTo("putuo");
        assertThat(map.choose(form, "forms/shanghai/a.xlsx").reason()).isEqualTo("对照表第 2 行：路径“forms/shanghai/a.xlsx”");
        assertThat(map.choose(form, "forms\\shanghai\\a.xlsx").policy().name()).isEqualTo("putuo");
        assertThat(map.choose(form, "shanghai/a.xlsx").policy().name()).isEqualTo("putuo");
        assertThat(map.choose(form, "forms/shanghai/old/a.xlsx").policy().name()).isEqualTo("shanghai");
        assertThat(map.choose(form, "d/2022/x/y.xls").policy().name()).isEqualTo("twenty-point");
        assertThat(map.choose(form).policy().name()).isEqualTo("shanghai");
        assertThat(map.choose(SeedForms.form("beijing")).policy().name()).isEqualTo("shenzhen");
        assertThat(map.choose(SeedForms.form("beijing")).reason()).isEqualTo("指定");
    }

    @Test
    void globs() {
        assertThat(PolicyMap.glob("*.xlsx").matcher("a.xlsx").matches()).isTrue();
        assertThat(PolicyMap.glob("*.xlsx").matcher("forms/a.xlsx").matches()).isTrue();
        assertThat(PolicyMap.glob("/forms/*.xlsx").matcher("/forms/a.xlsx").matches()).isTrue();
        assertThat(PolicyMap.glob("/forms/*.xlsx").matcher("x/forms/a.xlsx").matches()).isFalse();
        assertThat(PolicyMap.glob("forms/*.xlsx").matcher("forms/sub/a.xlsx").matches()).isFalse();
        assertThat(PolicyMap.glob("forms/**.xlsx").matcher("forms/sub/a.xlsx").matches()).isTrue();
        assertThat(PolicyMap.glob("forms/**/a.xlsx").matcher("forms/a.xlsx").matches()).isTrue();
        assertThat(PolicyMap.glob("a?.xls").matcher("a1.xls").matches()).isTrue();
        assertThat(PolicyMap.glob("a?.xls").matcher("a/.xls").matches()).isFalse();
        assertThat(PolicyMap.glob("a.(1)+[x].xls").matcher("a.(1)+[x].xls").matches()).isTrue();
        assertThat(PolicyMap.glob("a.(1)+[x].xls").matcher("aX(1)+[x].xls").matches()).isFalse();
    }

    @Test
    void aMapMayNamePolicyFilesReadOnceEach() throws IOException {
        int[] reads = {0};
        ScoringPolicy own = ScoringPolicy.builder().name("anhui").executionWeight(BigDecimal.valueOf(20)).build();
        PolicySelector map = PolicySelector.mapping(new StringReader("""
                department 上海市 = rules/anhui.json
                department 北京市 = rules/anhui.json
                """), file -> {
                    assertThat(file).isEqualTo("rules/anhui.json");
                    reads[0]++;
                    return own;
                }, PolicySelector.auto());

        assertThat(map.choose(SeedForms.form("beijing")).policy()).isSameAs(own);
        assertThat(reads[0]).isEqualTo(1);
    }

    @Test
    void aBadPolicyFileInAMapNamesItsLineAndPointer() {
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> PolicySelector.mapping(
                new StringReader("\n\ndepartment x = bad.json\n"), file -> {
                    throw new PolicyReadException("/grades/goodFrom", "expected a decimal string such as \"80\", found true");
                }, PolicySelector.auto()))
                .withMessage("line 3: bad.json: /grades/goodFrom: expected a decimal string such as \"80\", found true");
    }

    static Stream<Arguments> badMaps() {
        return Stream.of(
                Arguments.of("department 上海市", "line 1: expected \"KIND PATTERN = POLICY\", such as \"department 上海市 = "
                        + "shanghai\", found \"department 上海市\""),
                Arguments.of("shanghai = shanghai", "line 1: expected \"KIND PATTERN = POLICY\""),
                Arguments.of("dept 上海市 = shanghai", "line 1: unknown kind \"dept\"; expected one of path, department, "
                        + "unit, region, field, execution-weight"),
                Arguments.of("# x\ndepartment 上海市 = beijing", "line 2: 'beijing' is not a preset; choose one of "
                        + "national, shenzhen, shanghai, putuo, twenty-point, or name a policy file ending in .json"),
                Arguments.of("field 项目地址 = shenzhen", "line 1: unknown field \"项目地址\"; expected one of 项目编码, "
                        + "项目负责人, 联系电话, 项目金额"),
                Arguments.of("execution-weight twenty = twenty-point", "line 1: expected the execution 分值 as a number"),
                Arguments.of("department 上海市 = my.json", "line 1: \"my.json\" is a policy file; read the map with "
                        + "PolicySelector.mapping(Reader, Files) to name files"));
    }

    @ParameterizedTest
    @MethodSource("badMaps")
    void aBadMapIsRefusedWithItsLine(String map, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> PolicySelector.mapping(new StringReader(map)))
                .withMessageStartingWith(message);
    }
}
