// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Policy files: the shipped presets, the canonical text, and every malformed or hostile file refused at its pointer. */
class PolicyFileTest {

    private static final String NATIONAL = ScoringPolicy.national().toJson();
    /** A member line of the canonical text: indentation, key, value, an optional comma. */
    private static final Pattern MEMBER = Pattern.compile("^( *)\"([A-Za-z]+)\": (.*?)(,?)$");

    static ScoringPolicy read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static ScoringPolicy read(byte[] bytes) throws IOException {
        return ScoringPolicy.read(new ByteArrayInputStream(bytes));
    }

    static Stream<String> presetNames() {
        return ScoringPolicy.presets().stream();
    }

    @Test
    void thePresetsAreListedNationalFirst() {
        assertThat(ScoringPolicy.presets()).containsExactly("national", "shenzhen", "shanghai", "putuo", "twenty-point");
        assertThat(ScoringPolicy.national()).isSameAs(ScoringPolicy.preset("national"));
        assertThat(ScoringPolicy.shenzhen()).isSameAs(ScoringPolicy.preset("shenzhen"));
        assertThat(ScoringPolicy.shanghai()).isSameAs(ScoringPolicy.preset("shanghai"));
        assertThat(ScoringPolicy.twentyPointExecution()).isSameAs(ScoringPolicy.preset("twenty-point"));
    }

    @ParameterizedTest
    @MethodSource("presetNames")
    void eachPresetIsACanonicalFileNamedAfterItselfThatCitesItsSource(String name) throws IOException {
        ScoringPolicy preset = ScoringPolicy.preset(name);
        String file;
        try (InputStream in = ScoringPolicy.class.getResourceAsStream("presets/" + name + ".json")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(preset.name()).isEqualTo(name);
        assertThat(file).isEqualTo(preset.toJson());
        assertThat(read(file)).isEqualTo(preset);
        assertThat(preset.region()).isPresent();
        assertThat(preset.description()).isPresent();
        assertThat(preset.source().orElseThrow()).contains("scoring-rules.md");
    }

    @Test
    void nationalHasTheBuildersValues() {
        ScoringPolicy national = ScoringPolicy.national();
        assertThat(ScoringPolicy.builder().name("national").region(national.region())
                .description(national.description()).source(national.source()).build()).isEqualTo(national);
    }

    @Test
    void theRegionalPresetsDifferFromNationalWhereTheirFormsDo() {
        // seed 002: 0.866893 → 0.87 → 8.70; seed 003: 60.5357% → 60.53%, 9.988 → 9.98
        assertThat(ScoringPolicy.shenzhen().rounding()).isEqualTo(RoundingPolicy.SHENZHEN);
        assertThat(ScoringPolicy.shanghai().rounding()).isEqualTo(RoundingPolicy.SHANGHAI);
        // S13: 8.618 → 8.62 and 4.517 → 4.52, half-up like national, checked to 0.01
        assertThat(ScoringPolicy.preset("putuo").rounding()).isEqualTo(RoundingPolicy.DEFAULT);
        assertThat(ScoringPolicy.preset("putuo").executionTolerance()).isEqualByComparingTo("0.01");
        assertThat(ScoringPolicy.national().executionTolerance()).isEqualByComparingTo("0.05");
        // S6: 得分(20分*执行率)
        assertThat(ScoringPolicy.twentyPointExecution().executionWeight()).isEqualByComparingTo("20");
        assertThat(ScoringPolicy.twentyPointExecution().rounding()).isEqualTo(RoundingPolicy.DEFAULT);
    }

    @Test
    void anUnknownPresetIsRefusedWithTheNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringPolicy.preset("beijing"))
                .withMessage("'beijing' is not a preset; choose one of national, shenzhen, shanghai, putuo, twenty-point");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoringPolicy.preset("../presets/national"));
    }

    @Test
    void writeGivesTheUtf8OfToJson() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScoringPolicy.shanghai().write(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ScoringPolicy.shanghai().toJson())
                .startsWith("{\n  \"name\": \"shanghai\",\n  \"region\": \"上海市（市级）\",").endsWith("}\n");
    }

    @Test
    void regionDescriptionAndSourceAreOptionalAndABomIsSkipped() throws IOException {
        String bare = NATIONAL.replaceAll("(?m)^  \"(region|description|source)\": .*\\n", "");
        ScoringPolicy policy = read("\uFEFF" + bare);
        assertThat(policy.region()).isEmpty();
        assertThat(policy.source()).isEmpty();
        assertThat(policy).isEqualTo(ScoringPolicy.builder().name("national").build());
        assertThat(policy.toJson()).isEqualTo(bare);
    }

    @Test
    void aDecimalKeepsItsScale() throws IOException {
        ScoringPolicy policy = read(NATIONAL.replace("\"executionWeight\": \"10\"", "\"executionWeight\": \"10.0\""));
        assertThat(policy.executionWeight()).isEqualTo(new BigDecimal("10.0"));
        assertThat(policy).isNotEqualTo(ScoringPolicy.national());
        assertThat(policy.toJson()).contains("\"executionWeight\": \"10.0\"");
    }

    @Test
    void bandsChangeTheQualitativeRanges() throws IOException {
        ScoringPolicy strict = read(NATIONAL.replace("\"achievedFrom\": \"80\"", "\"achievedFrom\": \"90\"")
                .replace("\"partiallyAchievedFrom\": \"60\"", "\"partiallyAchievedFrom\": \"70\""));
        assertThat(strict.qualitativeBands()).isEqualTo(new QualitativeBands(BigDecimal.valueOf(90),
                BigDecimal.valueOf(70)));
    }

    static Stream<Arguments> malformed() {
        String n = NATIONAL;
        return Stream.of(
                // wrong types
                Arguments.of(n.replace("\"goodFrom\": \"80\"", "\"goodFrom\": true"), "/grades/goodFrom",
                        "expected a decimal string such as \"80\", found true"),
                Arguments.of(n.replace("\"executionWeight\": \"10\"", "\"executionWeight\": 20"), "/executionWeight",
                        "expected a decimal string such as \"10\", found the number 20 (decimals are written as strings"),
                Arguments.of(n.replace("\"executionWeight\": \"10\"", "\"executionWeight\": \"1e1\""),
                        "/executionWeight", "(plain notation: at most 20 integer digits and 12 decimal places, no "
                                + "exponent, no '+', no leading zeros), found \"1e1\""),
                Arguments.of(n.replace("\"scoreTolerance\": \"0.01\"", "\"scoreTolerance\": \"-0\""),
                        "/scoreTolerance", "found \"-0\""),
                Arguments.of(n.replace("\"rateScale\": 4", "\"rateScale\": 2.5"), "/rounding/rateScale",
                        "expected an integer from 0 to 12, found the number 2.5"),
                Arguments.of(n.replace("\"rateScale\": 4", "\"rateScale\": 13"), "/rounding/rateScale",
                        "expected an integer from 0 to 12, found 13"),
                Arguments.of(n.replace("\"rateScale\": 4", "\"rateScale\": 99999999999999999999"),
                        "/rounding/rateScale", "expected an integer from 0 to 12, found the number 9999"),
                Arguments.of(n.replace("\"lowerBoundsInclusive\": true", "\"lowerBoundsInclusive\": \"true\""),
                        "/grades/lowerBoundsInclusive", "expected true or false, found the string \"true\""),
                Arguments.of(n.replace("\"name\": \"national\"", "\"name\": null"), "/name",
                        "expected a string, found null"),
                Arguments.of(n.replace("\"name\": \"national\"", "\"name\": \"  \""), "/name",
                        "expected a text of 1 to 64 characters, found a blank one"),
                Arguments.of(n.replace("\"name\": \"national\"", "\"name\": \"" + "x".repeat(65) + "\""), "/name",
                        "found one of 65"),
                Arguments.of(n.replaceFirst("\"region\": \"[^\"]*\"", "\"region\": \"\""), "/region",
                        "found a blank one"),
                Arguments.of(n.replace("\"grades\": {", "\"grades\": [").replace("\"lowerBoundsInclusive\": true\n  }",
                        "\"lowerBoundsInclusive\": true\n  ]"), "/grades", "expected ',' or ']' after an item"),
                Arguments.of("[]", "", "expected a policy object {\"name\": …, \"executionWeight\": …, …}, found an array"),
                // inconsistent values
                Arguments.of(n.replace("\"goodFrom\": \"80\"", "\"goodFrom\": \"95\""), "/grades/goodFrom",
                        "goodFrom 95 is not below excellentFrom 90; the boundaries must decrease"),
                Arguments.of(n.replace("\"fairFrom\": \"60\"", "\"fairFrom\": \"80\""), "/grades/fairFrom",
                        "fairFrom 80 is not below goodFrom 80"),
                Arguments.of(n.replace("\"excellentFrom\": \"90\"", "\"excellentFrom\": \"101\""),
                        "/grades/excellentFrom", "excellentFrom is 101; a grade boundary is a total out of 100"),
                Arguments.of(n.replace("\"achievedFrom\": \"80\"", "\"achievedFrom\": \"120\""),
                        "/qualitativeBands/achievedFrom", "achievedFrom is 120 %; a band cannot reach above 100 %"),
                Arguments.of(n.replace("\"partiallyAchievedFrom\": \"60\"", "\"partiallyAchievedFrom\": \"85\""),
                        "/qualitativeBands/partiallyAchievedFrom", "the bands must not overlap"),
                Arguments.of(n.replace("\"partiallyAchievedFrom\": \"60\"", "\"partiallyAchievedFrom\": \"0\""),
                        "/qualitativeBands/partiallyAchievedFrom", "it must be above 0, or 未达成 would be empty"),
                Arguments.of(n.replace("\"scoreTolerance\": \"0.01\"", "\"scoreTolerance\": \"-0.01\""),
                        "/scoreTolerance", "scoreTolerance is -0.01; it must be ≥ 0"),
                Arguments.of(n.replace("\"executionTolerance\": \"0.05\"", "\"executionTolerance\": \"-1\""),
                        "/executionTolerance", "executionTolerance is -1; it must be ≥ 0"),
                Arguments.of(n.replace("\"overAchievementThreshold\": \"0.30\"", "\"overAchievementThreshold\": \"-0.3\""),
                        "/overAchievementThreshold", "it must be ≥ 0"),
                Arguments.of(n.replace("\"executionWeight\": \"10\"", "\"executionWeight\": \"150\""),
                        "/executionWeight", "executionWeight is 150; it must be at most 100"),
                Arguments.of(n.replace("\"implausibleFactor\": \"5\"", "\"implausibleFactor\": \"1\""),
                        "/implausibleFactor", "implausibleFactor is 1; it must be > 1"),
                // unknown keys and codes, missing keys
                Arguments.of(n.replace("\"equality\"", "\"roundng\": {},\n  \"equality\""), "/roundng",
                        "unknown key \"roundng\"; expected one of name, region, description, source, executionWeight"),
                Arguments.of(n.replace("\"rateScale\": 4", "\"rateScale\": 4,\n    \"mode\": \"down\""),
                        "/rounding/mode", "unknown key \"mode\"; expected one of rateScale, rateMode"),
                Arguments.of(n.replace("\"equality\": \"at-least\"", "\"equality\": \"atleast\""), "/equality",
                        "unknown code \"atleast\"; expected one of \"at-least\", \"rate-at-least\", \"exact\""),
                Arguments.of(n.replace("\"rateMode\": \"half-up\"", "\"rateMode\": \"unnecessary\""),
                        "/rounding/rateMode", "unknown code \"unnecessary\"; expected one of \"up\", \"down\", "
                                + "\"ceiling\", \"floor\", \"half-up\", \"half-down\", \"half-even\""),
                Arguments.of(n.replace("\"bandPoint\": \"top\"", "\"bandPoint\": \"TOP\""), "/bandPoint",
                        "unknown code \"TOP\""),
                Arguments.of(n.replaceFirst("(?s)\"grades\": \\{.*?\\n  \\},\\n  ", ""), "",
                        "missing key \"grades\"; a policy names every choice"),
                Arguments.of(n.replace("    \"fairFrom\": \"60\",\n", ""), "/grades", "missing key \"fairFrom\""),
                Arguments.of(n.replace("\"name\": \"national\",", "\"name\": \"national\",\n  \"name\": \"other\","),
                        "/name", "the key \"name\" appears twice in this object; expected each key once"),
                // not JSON
                Arguments.of("", "", "expected a JSON value, found an empty document (line 1, column 1)"),
                Arguments.of(n + "{}", "", "expected the end of the document after its value, found '{'"),
                Arguments.of(n.replace("\"executionTolerance\": \"0.05\"", "\"executionTolerance\": \"0.05\","),
                        "", "expected a key in double quotes, found '}'"),
                Arguments.of("// rules\n" + n, "", "expected a JSON value (an object, array, string, number, true, "
                        + "false or null), found '/' (line 1, column 1)"),
                Arguments.of(n.replace("\"name\": \"national\"", "'name': 'national'"), "",
                        "expected a key in double quotes, found '''"),
                Arguments.of(n.replace("\"implausibleFactor\": \"5\"", "\"implausibleFactor\": NaN"),
                        "/implausibleFactor", "found 'N'"),
                Arguments.of(n.replace("\"rateScale\": 4", "\"rateScale\": 04"), "/rounding/rateScale",
                        "expected a number without leading zeros, found '4'"),
                Arguments.of(n.replace("\"name\": \"national\"", "\"name\": \"nat\nional\""), "/name",
                        "found the control character U+000A (write it as an escape such as \\n)"),
                Arguments.of(n.replace("\"name\": \"national\"", "\"name\": \"nat\\ud800ional\""), "/name",
                        "expected a \\u escape of a low surrogate after U+D800, found a lone surrogate"),
                Arguments.of(n.replace("\"name\": \"national\"", "\"name\": \"nat\\qional\""), "/name",
                        "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX), found 'q'"),
                Arguments.of(n.replace("\"name\": \"national\"", "\"name\": \"\\u00G1\""), "/name",
                        "expected four hexadecimal digits after \\u, found 'G'"),
                Arguments.of(n.substring(0, 200), "/description", "expected the closing '\"' of a string, found the "
                        + "end of the document"),
                Arguments.of(n.substring(0, n.indexOf("\"rounding\": {") + 13), "/rounding",
                        "expected a key in double quotes, found the end of the document"),
                Arguments.of("[".repeat(33) + "]".repeat(33), "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
                        + "/0/0/0/0", "the document nests objects and arrays deeper than 32 levels"),
                Arguments.of("[".repeat(32) + "]".repeat(32), "", "expected a policy object"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void aMalformedFileIsRefusedAtItsPointerOnOneLine(String text, String pointer, String reason) {
        assertThatExceptionOfType(PolicyReadException.class).isThrownBy(() -> read(text))
                .satisfies(e -> {
                    assertThat(e.pointer()).isEqualTo(pointer);
                    assertThat(e.reason()).contains(reason);
                    assertThat(e.getMessage()).isEqualTo((pointer.isEmpty() ? "(top level)" : pointer) + ": "
                            + e.reason()).doesNotContain("\n");
                });
    }

    @Test
    void theMessageOfAWrongTypeIsTheDocumentedOne() {
        assertThatExceptionOfType(PolicyReadException.class)
                .isThrownBy(() -> read(NATIONAL.replace("\"goodFrom\": \"80\"", "\"goodFrom\": true")))
                .withMessage("/grades/goodFrom: expected a decimal string such as \"80\", found true");
    }

    @Test
    void hostileSizesAndBytesAreRefusedBeforeParsing() {
        byte[] huge = ("{\"name\": \"" + "x".repeat(Json.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThatExceptionOfType(PolicyReadException.class).isThrownBy(() -> read(huge))
                .withMessage("(top level): the document is larger than 1048576 bytes (1 MiB)");
        assertThatExceptionOfType(PolicyReadException.class)
                .isThrownBy(() -> read(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}))
                .withMessage("(top level): the document is not UTF-8 text");
    }

    /** A scalar member of a canonical policy text: its line, the pointer of its object, its key. */
    private record Leaf(int line, List<String> object, String key, String indent, boolean last) {
    }

    /** The scalar members of a canonical policy text, one a line, with the objects they are in. */
    private static List<Leaf> leaves(List<String> lines) {
        List<Leaf> leaves = new ArrayList<>();
        List<String> path = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MEMBER.matcher(lines.get(i));
            if (!m.matches()) {
                if (lines.get(i).strip().startsWith("}") && !path.isEmpty()) {
                    path.remove(path.size() - 1);
                }
            } else if (m.group(3).equals("{")) {
                path.add(m.group(2));
            } else {
                leaves.add(new Leaf(i, List.copyOf(path), m.group(2), m.group(1), m.group(4).isEmpty()));
            }
        }
        return leaves;
    }

    /** Every value of every preset, given an object instead, is refused at exactly its pointer. */
    @ParameterizedTest
    @MethodSource("presetNames")
    void everyValueOfTheWrongTypeIsRefusedAtItsOwnPointer(String name) {
        List<String> lines = ScoringPolicy.preset(name).toJson().lines().toList();
        List<Leaf> leaves = leaves(lines);
        for (Leaf leaf : leaves) {
            String pointer = Json.pointer(leaf.object()) + "/" + leaf.key();
            List<String> mutated = new ArrayList<>(lines);
            mutated.set(leaf.line(), leaf.indent() + "\"" + leaf.key() + "\": {\"x\": 1}" + (leaf.last() ? "" : ","));
            assertThatExceptionOfType(PolicyReadException.class).as(pointer)
                    .isThrownBy(() -> read(String.join("\n", mutated)))
                    .satisfies(e -> assertThat(e.pointer()).isEqualTo(pointer))
                    .satisfies(e -> assertThat(e.reason()).startsWith("expected ").endsWith(", found an object"));
        }
        assertThat(leaves).hasSize(29);
    }

    /** Every required key of every preset, left out, is missing at its object's pointer. */
    @ParameterizedTest
    @MethodSource("presetNames")
    void everyRequiredKeyLeftOutIsNamedAtItsObject(String name) throws IOException {
        List<String> lines = ScoringPolicy.preset(name).toJson().lines().toList();
        int required = 0;
        for (Leaf leaf : leaves(lines)) {
            List<String> mutated = new ArrayList<>(lines);
            mutated.remove(leaf.line());
            if (leaf.last()) {
                mutated.set(leaf.line() - 1, mutated.get(leaf.line() - 1).replaceAll(",$", ""));
            }
            String text = String.join("\n", mutated);
            if (leaf.object().isEmpty() && List.of("region", "description", "source").contains(leaf.key())) {
                assertThat(read(text).toJson()).isEqualTo(text + "\n");
                continue;
            }
            String pointer = Json.pointer(leaf.object());
            assertThatExceptionOfType(PolicyReadException.class).as(leaf.key()).isThrownBy(() -> read(text))
                    .satisfies(e -> assertThat(e.pointer()).isEqualTo(pointer))
                    .satisfies(e -> assertThat(e.reason()).startsWith("missing key \"" + leaf.key() + "\""));
            required++;
        }
        assertThat(required).isEqualTo(26);
    }
}
