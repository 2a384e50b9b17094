// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class OoxmlEscapesTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);

    /** Pieces that meet at the edges of escapes: underscores, hex digits, every class of character XML refuses. */
    private static final List<String> PIECES = List.of("_", "x", "_x", "0", "0041", "005F", "d83d", "FFFE", "g", "_x0041_",
            "_x005F_", "_X0041_", "\u0000", "\u0001", "\u001F", "\t", "\n", "\r", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
            "\uD83D\uDE00", "\uFFFE", "\uFFFF", "\uFFFD", "档案", "≥", " ", "&", "<");

    /** Strings of escape-edge pieces and of arbitrary UTF-16 code units, 0 to 12 of them. */
    static Gen<String> strings() {
        Gen<String> piece = Generate.pick(PIECES);
        Gen<String> unit = Generate.range(0, 0xFFFF).map(c -> String.valueOf((char) c.intValue()));
        return in -> {
            int count = Generate.range(0, 12).generate(in);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                text.append((Generate.booleans().generate(in) ? piece : unit).generate(in));
            }
            return text.toString();
        };
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("NUL", "a\u0000b", "a_x0000_b"),
                Arguments.of("a C0 control", "\u0001", "_x0001_"),
                Arguments.of("unit separator", "\u001F", "_x001F_"),
                Arguments.of("U+FFFE", "\uFFFE", "_xFFFE_"),
                Arguments.of("U+FFFF", "x\uFFFF", "x_xFFFF_"),
                Arguments.of("a lone high surrogate", "\uD800a", "_xD800_a"),
                Arguments.of("a lone low surrogate", "a\uDC00", "a_xDC00_"),
                Arguments.of("two high surrogates, the second paired", "\uD800\uD83D\uDE00", "_xD800_\uD83D\uDE00"),
                Arguments.of("text that looks like an escape", "a_x0041_b", "a_x005F_x0041_b"),
                Arguments.of("lower-case hex looks like one too", "_x00e9_", "_x005F_x00e9_"),
                Arguments.of("an escape-like text before an escaped character", "_x0041\u0001", "_x005F_x0041_x0001_"),
                Arguments.of("two escape-like texts sharing an underscore", "_x0041_x0042_", "_x005F_x0041_x005F_x0042_"),
                Arguments.of("an escape of an underscore", "_x005F_", "_x005F_x005F_"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void escapesWhatXmlCannotHoldAndWhatLooksLikeAnEscape(String name, String text, String encoded) {
        assertThat(OoxmlEscapes.encode(text)).isEqualTo(encoded);
        assertThat(OoxmlEscapes.decode(encoded)).isEqualTo(text);
        assertThat(new XSSFRichTextString(encoded).getString()).as("POI reads it back").isEqualTo(text);
    }

    static Stream<String> plainTexts() {
        return Stream.of("", "档案管理", "≥120.00(万条/月)", "tab\tline\nreturn\r", "\uD83D\uDE00 emoji", "_x", "_x004",
                "_x0041", "_xGGGG_", "x0041_", "_ x0041_", "\uFFFD");
    }

    @ParameterizedTest
    @MethodSource("plainTexts")
    void leavesTextXmlCanHoldAsItIs(String text) {
        assertThat(OoxmlEscapes.encode(text)).isSameAs(text);
        assertThat(OoxmlEscapes.decode(text)).isSameAs(text);
    }

    @Test
    void decodesAsExcelDoesLeftToRightWithoutOverlapInEitherCase() {
        assertThat(OoxmlEscapes.decode("_x000d__x000A_")).isEqualTo("\r\n");
        assertThat(OoxmlEscapes.decode("__x0041_")).isEqualTo("_A");
        assertThat(OoxmlEscapes.decode("_x005F_x0041_")).isEqualTo("_x0041_");
        assertThat(OoxmlEscapes.decode("_x0041_x0042_")).isEqualTo("Ax0042_");
        assertThat(OoxmlEscapes.decode("_X0041_")).isEqualTo("_X0041_");
        assertThat(OoxmlEscapes.decode("_x０041_")).as("full-width digits are no hex").isEqualTo("_x０041_");
        assertThat(OoxmlEscapes.decode(null)).isNull();
    }

    @Test
    void decodingWhatWasEncodedGivesTheTextBack() {
        qt().withExamples(EXAMPLES).forAll(strings())
                .checkAssert(text -> assertThat(OoxmlEscapes.decode(OoxmlEscapes.encode(text))).isEqualTo(text));
    }

    @Test
    void encodedTextHoldsOnlyCharactersXmlCanHold() {
        qt().withExamples(EXAMPLES).forAll(strings()).checkAssert(text -> {
            String encoded = OoxmlEscapes.encode(text);
            for (int i = 0; i < encoded.length(); ) {
                int c = encoded.codePointAt(i);
                assertThat(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                        || c >= 0x10000).as("U+%04X at %d of %s", c, i, encoded).isTrue();
                i += Character.charCount(c);
            }
        });
    }

    @Test
    void decodesExactlyAsPoiDoes() {
        qt().withExamples(EXAMPLES).forAll(strings()).checkAssert(text -> {
            assertThat(OoxmlEscapes.decode(text)).isEqualTo(new XSSFRichTextString(text).getString());
            String encoded = OoxmlEscapes.encode(text);
            assertThat(OoxmlEscapes.decode(encoded)).isEqualTo(new XSSFRichTextString(encoded).getString());
        });
    }
}
