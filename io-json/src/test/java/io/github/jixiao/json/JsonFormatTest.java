// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonFormatTest {

    private static final JsonFormat FORMAT = new JsonFormat();

    /** The smallest valid form: every required field, no optional one. */
    private static final String MINIMAL = "[{\"title\":\"项目支出绩效自评表\","
            + "\"project\":{\"name\":\"档案管理\",\"department\":\"\",\"implementingUnit\":\"\"},"
            + "\"funding\":{\"unit\":\"万元\",\"weight\":\"10\",\"total\":{\"label\":\"年度资金总额\","
            + "\"adjustedBudget\":{\"amount\":\"303.50\",\"currency\":\"CNY\",\"unit\":\"万元\"},"
            + "\"executed\":{\"amount\":\"300\",\"currency\":\"CNY\",\"unit\":\"万元\"}},\"sources\":[]},"
            + "\"goal\":{\"expected\":\"\",\"actual\":\"\"},"
            + "\"indicators\":[{\"label\":\"产出指标\",\"subcategories\":[{\"label\":\"数量指标\",\"indicators\":["
            + "{\"name\":\"档案整理数量\",\"target\":{\"text\":\"≥10份\",\"kind\":\"quantitative\",\"comparator\":\"at-least\","
            + "\"quantity\":{\"value\":\"10\",\"unit\":\"份\"}},\"actual\":{\"text\":\"12份\",\"kind\":\"measured\","
            + "\"quantity\":{\"value\":\"12\",\"unit\":\"份\"}},\"weight\":\"10\",\"deviationNote\":\"\"}]}]}]}]";

    static byte[] write(List<SelfEvaluation> forms) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FORMAT.write(forms, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadResult read(byte[] json, ReadOptions options) throws IOException {
        return FORMAT.read(new ByteArrayInputStream(json), options);
    }

    static List<SelfEvaluation> read(byte[] json) throws IOException {
        return read(json, ReadOptions.strictReading()).forms();
    }

    @Test
    void aParsedValueThatContradictsItsTextIsRefusedStrictlyAndReadFromTheTextLeniently() throws IOException {
        byte[] forged = MINIMAL.replace("\"quantity\":{\"value\":\"10\",\"unit\":\"份\"}",
                "\"quantity\":{\"value\":\"99999\",\"unit\":\"份\"}").getBytes(StandardCharsets.UTF_8);
        SelfEvaluation printed = read(MINIMAL.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> read(forged))
                .withMessageContaining("/0/indicators/0/subcategories/0/indicators/0/target")
                .withMessageContaining("\"≥10份\" reads as ≥10份, but the document's parsed value is ≥99999份");

        ReadResult lenient = read(forged, ReadOptions.lenientReading().withSourceName("forged.json"));
        assertThat(lenient.forms()).containsExactly(printed);
        assertThat(lenient.allFindings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("JSON_VALUE_FROM_TEXT");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("forged.json#/0/indicators/0/subcategories/0/indicators/0/target");
        });
        assertThat(Scorer.score(lenient.forms().get(0), ScoringPolicy.national()).total())
                .isEqualTo(Scorer.score(printed, ScoringPolicy.national()).total());
    }

    @Test
    void anActualWhoseKindContradictsItsTextIsReadFromTheText() throws IOException {
        byte[] forged = MINIMAL.replace("{\"text\":\"12份\",\"kind\":\"measured\",\"quantity\":{\"value\":\"12\","
                + "\"unit\":\"份\"}}", "{\"text\":\"12份\",\"kind\":\"achievement\",\"level\":\"achieved\"}")
                .getBytes(StandardCharsets.UTF_8);

        ReadResult lenient = read(forged, ReadOptions.lenientReading());

        assertThat(lenient.forms().get(0).indicators().leaves().get(0).indicator().actual())
                .isEqualTo(io.github.jixiao.model.Actual.parse("12份"));
        assertThat(lenient.allFindings()).extracting(f -> f.code()).containsExactly("JSON_VALUE_FROM_TEXT");
        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> read(forged));
    }

    @Test
    void describesItself() {
        assertThat(FORMAT.name()).isEqualTo("json");
        assertThat(FORMAT.mediaType()).isEqualTo("application/json");
        assertThat(FORMAT.fileExtensions()).containsExactly("json");
        assertThat(FORMAT.canWrite()).isTrue();
    }

    @Test
    void isFoundByServiceLoaderFromCore() {
        assertThat(FormFormat.available()).anySatisfy(f -> assertThat(f).isInstanceOf(JsonFormat.class));
        assertThat(FormFormat.forFileName("2023/上海-报告.JSON")).get().isInstanceOf(JsonFormat.class);
    }

    @Test
    void roundTripsEveryTestForm() throws IOException {
        List<SelfEvaluation> forms = JsonTestForms.all();
        assertThat(read(write(forms))).isEqualTo(forms);
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws IOException {
        byte[] bytes = write(JsonTestForms.all());
        assertThat(write(read(bytes))).isEqualTo(bytes);
        assertThat(write(JsonTestForms.all())).isEqualTo(bytes);
    }

    @Test
    void writesTheDocumentedShape() {
        String json = new String(write(List.of(JsonTestForms.shanghaiReport())), StandardCharsets.UTF_8);
        assertThat(json)
                .startsWith("[\n  {\n    \"title\": \"财政项目支出绩效自评表\",\n    \"year\": 2023,\n    \"project\": {\n")
                .endsWith("}\n]\n")
                .contains("\"adjustedBudget\": {\n            \"amount\": \"18.00\",\n            \"currency\": \"CNY\",\n"
                        + "            \"unit\": \"万元\"\n          }")
                .contains("\"target\": {\n" + indent(18) + "\"text\": \"≥120.00(万条/月)\",\n"
                        + indent(18) + "\"kind\": \"quantitative\",\n" + indent(18) + "\"comparator\": \"at-least\",\n"
                        + indent(18) + "\"quantity\": {\n" + indent(20) + "\"value\": \"120.00\",\n"
                        + indent(20) + "\"unit\": \"万条/月\"\n" + indent(18) + "}\n" + indent(16) + "}")
                .contains("\"kind\": \"achievement\",\n" + indent(18) + "\"level\": \"achieved\",\n"
                        + indent(18) + "\"levelLabel\": \"达成\"")
                .contains("\"label\": \"效益 指标\",\n        \"kind\": \"benefit\"")
                .contains("\"sources\": [\n")
                .doesNotContain("E+", "\r", "\\u");
    }

    private static String indent(int spaces) {
        return " ".repeat(spaces);
    }

    @Test
    void writesDatesAsIsoAndEmptyListsCompactly() {
        String json = new String(write(List.of(JsonTestForms.everyKind())), StandardCharsets.UTF_8);
        assertThat(json).contains("\"due\": \"2021-12-31\",\n", "\"precision\": \"month\"",
                "\"date\": \"2021-12-03\",\n", "\"amount\": \"-1.5\"", "\"reason\": \"expected a number\",\n");
        assertThat(new String(write(List.of()), StandardCharsets.UTF_8)).isEqualTo("[]\n");
    }

    @Test
    void readsOneFormObjectAsWellAsAnArray() throws IOException {
        String object = MINIMAL.substring(1, MINIMAL.length() - 1);
        ReadResult result = read(object.getBytes(StandardCharsets.UTF_8), ReadOptions.strictReading()
                .withSourceName("one.json"));
        assertThat(result.forms()).isEqualTo(read(MINIMAL.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.entries()).extracting(e -> e.location().toString()).containsExactly("one.json#");
    }

    @Test
    void entriesCiteTheirPointers() throws IOException {
        ReadResult result = read(write(JsonTestForms.all()), ReadOptions.strictReading().withSourceName("f.json"));
        assertThat(result.entries()).extracting(e -> e.location().toString()).containsExactly("f.json#/0", "f.json#/1");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void minimalFormReadsWithAbsentOptionalsEmptyAndJsonNullAsAbsent() throws IOException {
        SelfEvaluation form = read(MINIMAL.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(form.year()).isEmpty();
        assertThat(form.reportedTotal()).isEmpty();
        assertThat(form.funding().total().orElseThrow().initialBudget()).isEmpty();
        assertThat(form.funding().total().orElseThrow().adjustedBudget().orElseThrow().toString()).isEqualTo("303.50万元");
        String withNulls = MINIMAL.replace("\"title\":", "\"year\":null,\"reportedTotal\":null,\"title\":");
        assertThat(read(withNulls.getBytes(StandardCharsets.UTF_8))).containsExactly(form);
    }

    @Test
    void lenientReadingRecordsAnUnknownFieldAndKeepsGoing() throws IOException {
        String json = MINIMAL.replace("\"goal\":{", "\"goal\":{\"colour\":{\"deep\":[1,2,{\"x\":3}]},");
        ReadResult result = read(json.getBytes(StandardCharsets.UTF_8), ReadOptions.lenientReading()
                .withSourceName("a.json"));
        assertThat(result.forms()).isEqualTo(read(MINIMAL.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.findings()).isEmpty();
        assertThat(result.entries().get(0).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("JSON_UNKNOWN_FIELD");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location()).isEqualTo("a.json#/0/goal/colour");
            assertThat(f.messageEn()).contains("\"colour\"", "expected expected, actual");
        });
    }

    static Stream<Arguments> badDocuments() {
        return Stream.of(
                bad("unknown field", MINIMAL.replace("\"title\":", "\"colour\":\"red\",\"title\":"),
                        "/0/colour", "unknown field \"colour\"; expected title, year, project"),
                bad("wrong type", MINIMAL.replace("\"weight\":\"10\",\"total\"", "\"weight\":10,\"total\""),
                        "/0/funding/weight", "expected a decimal string in plain notation", "found a number"),
                bad("null for a required field", MINIMAL.replace("\"name\":\"档案管理\"", "\"name\":null"),
                        "/0/project/name", "expected a string, found null"),
                bad("missing required field", MINIMAL.replace("\"name\":\"档案管理\",", ""),
                        "/0/project", "missing required field \"name\""),
                bad("missing field of a kind", MINIMAL.replace("\"comparator\":\"at-least\",\"quantity\":{\"value\":\"10\","
                        + "\"unit\":\"份\"}", "\"comparator\":\"at-least\""), "/0/indicators/0/subcategories/0/indicators/0"
                        + "/target", "missing required field \"quantity\" of a target of kind \"quantitative\""),
                bad("field of another kind", MINIMAL.replace("\"kind\":\"measured\",", "\"kind\":\"measured\",\"level\":"
                        + "\"achieved\","), "/0/indicators/0/subcategories/0/indicators/0/actual",
                        "field \"level\" does not belong to a actual of kind \"measured\""),
                bad("unknown kind", MINIMAL.replace("\"kind\":\"measured\"", "\"kind\":\"deadline\""),
                        "/0/indicators/0/subcategories/0/indicators/0/actual/kind",
                        "expected one of \"measured\", \"bound\", \"date\", \"achievement\""),
                bad("a range upside down", MINIMAL.replace("\"text\":\"≥10份\",\"kind\":\"quantitative\",\"comparator\":"
                        + "\"at-least\",\"quantity\":{\"value\":\"10\",\"unit\":\"份\"}", "\"text\":\"10-12份\",\"kind\":"
                        + "\"range\",\"low\":{\"value\":\"12\",\"unit\":\"份\"},\"high\":{\"value\":\"10\",\"unit\":\"份\"}"),
                        "/0/indicators/0/subcategories/0/indicators/0/target", "upper bound 10份 is below the lower bound 12份"),
                bad("kind contradicting the label", MINIMAL.replace("\"label\":\"产出指标\",", "\"label\":\"产出指标\","
                        + "\"kind\":\"cost\","), "/0/indicators/0", "kind \"cost\" does not match the label"),
                bad("amount with an exponent", MINIMAL.replace("\"303.50\"", "\"3.035E+2\""),
                        "/0/funding/total/adjustedBudget/amount", "no exponent", "found \"3.035E+2\""),
                bad("amount beyond the scale", MINIMAL.replace("\"303.50\"", "\"303.5000001\""),
                        "/0/funding/total/adjustedBudget/amount", "at most 6 decimal places"),
                bad("amount beyond 18 integer digits", MINIMAL.replace("\"303.50\"", "\"1234567890123456789\""),
                        "/0/funding/total/adjustedBudget/amount", "at most 18 integer digits"),
                bad("amount with leading zeros", MINIMAL.replace("\"303.50\"", "\"0303.50\""),
                        "/0/funding/total/adjustedBudget/amount", "no leading zeros"),
                bad("currency other than CNY", MINIMAL.replaceFirst("\"CNY\"", "\"USD\""),
                        "/0/funding/total/adjustedBudget/currency", "expected the currency \"CNY\"", "\"USD\""),
                bad("1e1000000 as a decimal", MINIMAL.replace("\"weight\":\"10\",\"total\"", "\"weight\":1e1000000,"
                        + "\"total\""), "/0/funding/weight", "found a number"),
                bad("1e1000000 as a year", MINIMAL.replace("\"title\":", "\"year\":1e1000000,\"title\":"),
                        "/0/year", "expected an integer, found a number"),
                bad("a year beyond int", MINIMAL.replace("\"title\":", "\"year\":99999999999,\"title\":"),
                        "/0/year", "expected an integer from"),
                bad("a bad date", MINIMAL.replace("\"text\":\"12份\",\"kind\":\"measured\",\"quantity\":{\"value\":\"12\","
                        + "\"unit\":\"份\"}", "\"text\":\"2021年\",\"kind\":\"date\",\"date\":\"2021-13-01\","
                        + "\"precision\":\"year\""), "/0/indicators/0/subcategories/0/indicators/0/actual/date",
                        "expected an ISO-8601 date"),
                bad("a negative weight", MINIMAL.replace("\"weight\":\"10\",\"deviationNote\"", "\"weight\":\"-1\","
                        + "\"deviationNote\""), "/0/indicators/0/subcategories/0/indicators/0",
                        "分值 of 档案整理数量 is -1; it must be ≥ 0"),
                bad("duplicate field", MINIMAL.replace("\"title\":", "\"title\":\"x\",\"title\":"),
                        "/0/title", "field \"title\" appears twice in this object"),
                bad("empty file", "", "", "the document is empty"),
                bad("a number as the document", "42", "", "expected an array of forms or one form object, found 42"),
                bad("trailing content", MINIMAL + " {}", "", "expected the end of the document"),
                bad("truncated", MINIMAL.substring(0, 100), "/0/funding", "not readable JSON", "end-of-input"));
    }

    private static Arguments bad(String name, String json, String pointer, String... reason) {
        return Arguments.of(name, json.getBytes(StandardCharsets.UTF_8), pointer, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDocuments")
    void badInputGetsAFormReadExceptionWithPointerAndExpectation(String name, byte[] json, String pointer,
            String[] reason) {
        for (ReadOptions options : List.of(ReadOptions.strictReading(), ReadOptions.lenientReading())) {
            if (name.equals("unknown field") && options.lenient()) {
                continue;
            }
            assertThatExceptionOfType(FormReadException.class)
                    .isThrownBy(() -> read(json, options.withSourceName("bad.json")))
                    .satisfies(e -> {
                        assertThat(e.source()).isEqualTo("bad.json");
                        assertThat(e.location()).isEqualTo(pointer);
                        assertThat(e.reason()).contains(reason);
                        assertThat(e.getMessage()).startsWith("bad.json");
                    });
        }
    }

    @Test
    void aFiftyMegabyteStringBreaksTheStringLimitWithoutReadingItAll() {
        InputStream json = concat("[{\"title\":\"", repeat('a', 50L * 1024 * 1024), "\"}]");
        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> FORMAT.read(json))
                .satisfies(e -> {
                    assertThat(e.location()).isEqualTo("/0/title");
                    assertThat(e.reason()).contains("String value length", "exceeds the maximum allowed (1000000");
                });
    }

    @Test
    void tenThousandDeepNestingBreaksTheDepthLimit() {
        InputStream json = concat("", repeat('[', 10_000), "");
        assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> FORMAT.read(json))
                .satisfies(e -> {
                    assertThat(e.location()).isEqualTo("/0");
                    assertThat(e.reason()).isEqualTo("expected an object, found an array");
                });
        String deepInForm = MINIMAL.replace("\"title\":", "\"title\":" + "[".repeat(10_000));
        assertThatExceptionOfType(FormReadException.class)
                .isThrownBy(() -> read(deepInForm.getBytes(StandardCharsets.UTF_8), ReadOptions.lenientReading()))
                .satisfies(e -> assertThat(e.reason()).contains("expected a string, found an array"));
        String deepUnknown = MINIMAL.replace("\"title\":", "\"x\":" + "[".repeat(10_000));
        assertThatExceptionOfType(FormReadException.class)
                .isThrownBy(() -> read(deepUnknown.getBytes(StandardCharsets.UTF_8), ReadOptions.lenientReading()))
                .satisfies(e -> assertThat(e.reason()).contains("nesting depth (65) exceeds the maximum allowed (64"));
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("a sequence cut short", new byte[] {(byte) 0xC3, 0x28}, "a sequence cut short (C3 28)"),
                Arguments.of("an overlong /", new byte[] {(byte) 0xC0, (byte) 0xAF}, "an overlong form (C0)"),
                Arguments.of("an overlong NUL", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
                        "an overlong form (E0 80)"),
                Arguments.of("a surrogate in UTF-8", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        "a surrogate encoded in UTF-8 (ED A0)"),
                Arguments.of("beyond U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                        "a code point above U+10FFFF (F4 90)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void invalidUtf8IsRejectedWithItsPlace(String name, byte[] sequence, String what) {
        byte[] valid = MINIMAL.replace("档案管理", "档案\u0001").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(valid, (byte) 1);
        byte[] json = new byte[valid.length - 1 + sequence.length];
        System.arraycopy(valid, 0, json, 0, at);
        System.arraycopy(sequence, 0, json, at, sequence.length);
        System.arraycopy(valid, at + 1, json, at + sequence.length, valid.length - at - 1);
        int column = at + 1;
        for (ReadOptions options : List.of(ReadOptions.strictReading(), ReadOptions.lenientReading())) {
            assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> read(json, options))
                    .satisfies(e -> {
                        assertThat(e.location()).isEqualTo("/0/project/name");
                        assertThat(e.reason()).isEqualTo("not readable JSON: invalid UTF-8: " + what + " at line 1, column "
                                + column + ", byte " + at);
                    });
        }
    }

    static Stream<Arguments> loneSurrogates() {
        return Stream.of(
                Arguments.of("\\uD800", "\\uD800 at character 3"),
                Arguments.of("\\uD800x", "\\uD800 at character 3"),
                Arguments.of("\\uDC00", "\\uDC00 at character 3"),
                Arguments.of("\\uDE00\\uD83D", "\\uDE00 at character 3"),
                Arguments.of("\\uD83D\\uDE00\\uD800", "\\uD800 at character 5"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loneSurrogates")
    void aLoneSurrogateEscapeIsRefusedWithItsPlace(String escape, String where) {
        byte[] json = MINIMAL.replace("档案管理", "档案" + escape).getBytes(StandardCharsets.UTF_8);
        int column = MINIMAL.substring(0, MINIMAL.indexOf("\"档案管理\"")).getBytes(StandardCharsets.UTF_8).length + 1;
        for (ReadOptions options : List.of(ReadOptions.strictReading(), ReadOptions.lenientReading())) {
            assertThatExceptionOfType(FormReadException.class).isThrownBy(() -> read(json, options))
                    .satisfies(e -> {
                        assertThat(e.location()).isEqualTo("/0/project/name");
                        assertThat(e.reason()).isEqualTo("a lone surrogate " + where + " of the string (line 1, column "
                                + column + "); a JSON string must be Unicode text");
                    });
        }
    }

    @Test
    void aSurrogatePairEscapeIsACharacter() throws IOException {
        byte[] json = MINIMAL.replace("档案管理", "档案\\uD83D\\uDE00").getBytes(StandardCharsets.UTF_8);
        assertThat(read(json).get(0).project().name()).isEqualTo("档案\uD83D\uDE00");
    }

    @Test
    void refusesToWriteWhatItCouldNotReadBack() {
        SelfEvaluation form = JsonTestForms.everyKind();
        SelfEvaluation negativeScale = SelfEvaluation.builder().from(form)
                .reportedTotal(new java.math.BigDecimal("1E+2")).build();
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> write(List.of(negativeScale)))
                .withMessageContaining("reportedTotal 1E+2 cannot be written as JSON");
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no byte " + b);
    }

    private static InputStream concat(String prefix, InputStream middle, String suffix) {
        return new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), middle),
                new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)));
    }

    /** A stream of {@code count} copies of one ASCII character, without holding them in memory. */
    private static InputStream repeat(char c, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? c : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) c);
                left -= n;
                return n;
            }
        };
    }
}
