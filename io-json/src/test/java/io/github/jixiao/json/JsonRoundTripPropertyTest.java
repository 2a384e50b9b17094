// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.fixtures.Generators;
import io.github.jixiao.model.SelfEvaluation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * For any form: {@code read(write(x)).equals(x)}, and writing what was read gives the same bytes. Forms come
 * from the shared {@link Generators} (shaped like real forms) and from {@link JsonFormGen} (every kind of target
 * and actual built directly, negative amounts, twelve-decimal quantities, control characters).
 */
class JsonRoundTripPropertyTest {

    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JixiaoModule());

    @Test
    void formsShapedLikeRealOnesRoundTripThroughTheJsonFormat() {
        qt().withExamples(EXAMPLES).forAll(Generators.forms(), Generators.forms()).checkAssert((a, b) -> {
            List<SelfEvaluation> forms = List.of(a, b);
            byte[] bytes = JsonFormatTest.write(forms);
            assertThat(uncheckedRead(bytes)).isEqualTo(forms);
        });
    }

    @Test
    void anyFormRoundTripsThroughTheJsonFormat() {
        qt().withExamples(EXAMPLES).forAll(JsonFormGen.forms(), Generators.forms()).checkAssert((a, b) -> {
            List<SelfEvaluation> forms = List.of(a, b);
            byte[] bytes = JsonFormatTest.write(forms);
            List<SelfEvaluation> back = uncheckedRead(bytes);
            assertThat(back).isEqualTo(forms);
            assertThat(JsonFormatTest.write(back)).isEqualTo(bytes);
        });
    }

    @Test
    void anyFormRoundTripsThroughAnObjectMapperInTheSameShape() {
        qt().withExamples(EXAMPLES).forAll(JsonFormGen.forms()).checkAssert(form -> {
            byte[] bytes = uncheck(() -> MAPPER.writer(JsonFormat.prettyPrinter()).writeValueAsBytes(List.of(form)));
            assertThat(uncheck(() -> MAPPER.readValue(bytes, SelfEvaluation[].class))).containsExactly(form);
            assertThat(new String(JsonFormatTest.write(List.of(form)), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8) + "\n");
        });
    }

    @Test
    void anyFindingRoundTripsThroughAnObjectMapper() {
        roundTrips(JsonFormGen.findings(), Finding.class);
    }

    private static <T> void roundTrips(Gen<T> values, Class<T> type) {
        qt().withExamples(EXAMPLES).forAll(values).checkAssert(value -> {
            String json = uncheck(() -> MAPPER.writeValueAsString(value));
            assertThat(uncheck(() -> MAPPER.readValue(json, type))).isEqualTo(value);
        });
    }

    private static List<SelfEvaluation> uncheckedRead(byte[] bytes) {
        return uncheck(() -> JsonFormatTest.read(bytes));
    }

    interface Io<T> {
        T get() throws Exception;
    }

    static <T> T uncheck(Io<T> io) {
        try {
            return io.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
