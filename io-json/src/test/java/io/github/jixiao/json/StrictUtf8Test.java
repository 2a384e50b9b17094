// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class StrictUtf8Test {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("C0 AF", "an overlong form (C0)"),
                Arguments.of("E0 80 AF", "an overlong form (E0 80)"),
                Arguments.of("F0 80 80 AF", "an overlong form (F0 80)"),
                Arguments.of("ED A0 80", "a surrogate encoded in UTF-8 (ED A0)"),
                Arguments.of("F4 90 80 80", "a code point above U+10FFFF (F4 90)"),
                Arguments.of("80", "a continuation byte without a lead byte (80)"),
                Arguments.of("FF", "a byte that UTF-8 never uses (FF)"),
                Arguments.of("E6 A1 41", "a sequence cut short (E6 A1 41)"),
                Arguments.of("E6 A1", "a sequence cut short by the end of the document (E6 A1)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesWhatAStrictDecoderRefusesAtItsPlace(String hex, String what) {
        byte[] bytes = concat("{\n  \"名\": \"ab".getBytes(StandardCharsets.UTF_8), HexFormat.ofDelimiter(" ").parseHex(hex));
        assertThatExceptionOfType(StrictUtf8.Malformed.class).isThrownBy(() -> readAll(new StrictUtf8(
                new ByteArrayInputStream(bytes)), 64))
                .satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo("invalid UTF-8: " + what + " at line 2, column 13, byte 14");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(13);
                    assertThat(e.byteOffset()).isEqualTo(14);
                });
    }

    @Test
    void passesOnTheBytesBeforeTheSequenceThenRefuses() throws IOException {
        byte[] bytes = concat("abc".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC0, (byte) 0xAF});
        try (InputStream in = new StrictUtf8(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[16];
            assertThat(in.read(buffer, 0, 16)).isEqualTo(3);
            assertThatExceptionOfType(StrictUtf8.Malformed.class).isThrownBy(() -> in.read(buffer, 0, 16));
            assertThatExceptionOfType(StrictUtf8.Malformed.class).isThrownBy(() -> in.read(buffer, 0, 16));
        }
    }

    @Test
    void countsLinesAsJacksonDoes() {
        byte[] bytes = concat("a\r\nb\rc\nd€".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC1, (byte) 0x81});
        assertThatExceptionOfType(StrictUtf8.Malformed.class)
                .isThrownBy(() -> readAll(new StrictUtf8(new ByteArrayInputStream(bytes)), 3))
                .satisfies(e -> assertThat(e.getMessage()).endsWith("at line 4, column 5, byte 11"));
    }

    /** Byte strings near UTF-8's edges: every boundary of lead and continuation bytes, ASCII, and any byte. */
    static Gen<byte[]> bytes() {
        Gen<Integer> edge = Generate.pick(List.of(0x00, 0x0A, 0x0D, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xAF, 0xBF,
                0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF));
        Gen<Integer> any = Generate.range(0, 255);
        return in -> {
            int length = Generate.range(0, 24).generate(in);
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) (Generate.booleans().generate(in) ? edge : any).generate(in).intValue();
            }
            return bytes;
        };
    }

    @Test
    void acceptsExactlyWhatTheJdksStrictDecoderAcceptsAndRefusesAtTheSamePlace() {
        qt().withExamples(EXAMPLES).forAll(bytes(), Generate.range(1, 8)).checkAssert((bytes, chunk) -> {
            long expected = firstMalformed(bytes);
            try {
                assertThat(readAll(new StrictUtf8(new ByteArrayInputStream(bytes)), chunk)).isEqualTo(bytes);
                assertThat(expected).as("accepted, but the JDK refuses at byte %d", expected).isEqualTo(-1);
            } catch (StrictUtf8.Malformed e) {
                assertThat(e.byteOffset()).as(e.getMessage()).isEqualTo(expected);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Where the JDK's strict UTF-8 decoder finds the first malformed sequence, or -1. */
    private static long firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        return result.isError() ? in.position() : -1;
    }

    private static byte[] readAll(InputStream in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        for (int n = in.read(buffer, 0, chunk); n >= 0; n = in.read(buffer, 0, chunk)) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
