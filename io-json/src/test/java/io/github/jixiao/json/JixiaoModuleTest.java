// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.AchievementLevel;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.CategoryKind;
import io.github.jixiao.model.Comparison;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.SubcategoryKind;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.Unit;
import io.github.jixiao.spi.FormReadException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JixiaoModuleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JixiaoModule());

    @Test
    void isFoundByFindAndRegisterModules() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertThat(mapper.getRegisteredModuleIds()).contains("jixiao");
    }

    @Test
    void writesTheSameBytesAsTheJsonFormatAndReadsThemBack() throws Exception {
        List<SelfEvaluation> forms = JsonTestForms.all();
        byte[] bytes = MAPPER.writer(JsonFormat.prettyPrinter()).writeValueAsBytes(forms);
        assertThat(new String(JsonFormatTest.write(forms), "UTF-8")).isEqualTo(new String(bytes, "UTF-8") + "\n");
        assertThat(MAPPER.readValue(bytes, new TypeReference<List<SelfEvaluation>>() { })).isEqualTo(forms);
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(Amount.of("303.50", AmountUnit.TEN_THOUSAND_YUAN), Amount.class,
                        "{\"amount\":\"303.50\",\"currency\":\"CNY\",\"unit\":\"万元\"}"),
                Arguments.of(Quantity.parse("120.00(万条/月)"), Quantity.class, "{\"value\":\"120.00\",\"unit\":\"万条/月\"}"),
                Arguments.of(Unit.of("万条/月"), Unit.class, "\"万条/月\""),
                Arguments.of(AmountUnit.YUAN, AmountUnit.class, "\"元\""),
                Arguments.of(Comparison.AT_LEAST, Comparison.class, "\"at-least\""),
                Arguments.of(AchievementLevel.PARTIALLY_ACHIEVED, AchievementLevel.class, "\"partially-achieved\""),
                Arguments.of(CategoryKind.SATISFACTION, CategoryKind.class, "\"satisfaction\""),
                Arguments.of(SubcategoryKind.ECO_ENVIRONMENTAL_COST, SubcategoryKind.class, "\"eco-environmental-cost\""),
                Arguments.of(Severity.WARNING, Severity.class, "\"warning\""),
                Arguments.of(Target.parse("≥95%"), Target.class, "{\"text\":\"≥95%\",\"kind\":\"quantitative\","
                        + "\"comparator\":\"at-least\",\"quantity\":{\"value\":\"95\",\"unit\":\"%\"}}"),
                Arguments.of(Target.parse("≥95%"), Target.Quantitative.class, "{\"text\":\"≥95%\",\"kind\":\"quantitative\","
                        + "\"comparator\":\"at-least\",\"quantity\":{\"value\":\"95\",\"unit\":\"%\"}}"),
                Arguments.of(Target.parse("90%-95%"), Target.Range.class, "{\"text\":\"90%-95%\",\"kind\":\"range\","
                        + "\"low\":{\"value\":\"90\",\"unit\":\"%\"},\"high\":{\"value\":\"95\",\"unit\":\"%\"}}"),
                Arguments.of(Actual.parse("达成指标"), Actual.Achievement.class, "{\"text\":\"达成指标\",\"kind\":"
                        + "\"achievement\",\"level\":\"achieved\",\"levelLabel\":\"达成\"}"),
                Arguments.of(Actual.parse("2021年12月3日"), Actual.OnDate.class, "{\"text\":\"2021年12月3日\",\"kind\":"
                        + "\"date\",\"date\":\"2021-12-03\",\"precision\":\"day\"}"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("values")
    <T> void everyPublicTypeHasItsShape(T value, Class<T> type, String json) throws Exception {
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
        assertThat(MAPPER.readValue(json, type)).isEqualTo(value);
    }

    @Test
    void aSubtypeMustBeOfItsKind() {
        String json = "{\"text\":\"有效提升\",\"kind\":\"qualitative\"}";
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.readValue(json, Target.Quantitative.class))
                .withMessageContaining("expected Target.Quantitative, found Target.Qualitative");
    }

    @Test
    void badValuesThrowAMappingExceptionWithPointerCausedByAFormReadException() {
        String json = "{\"indicator\":{\"amount\":\"3.035E+2\",\"currency\":\"CNY\",\"unit\":\"万元\"}}";
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.readValue(json, new TypeReference<java.util.Map<String, Amount>>() { }))
                .withMessageContaining("at /indicator/amount: expected a decimal string")
                .withCauseInstanceOf(FormReadException.class);
    }

    @Test
    void unknownFieldsFollowFailOnUnknownProperties() throws Exception {
        String json = "{\"value\":\"1\",\"colour\":[1,{\"a\":2}],\"unit\":\"份\"}";
        assertThatExceptionOfType(JsonMappingException.class).isThrownBy(() -> MAPPER.readValue(json, Quantity.class))
                .withMessageContaining("at /colour: unknown field \"colour\"; expected value, unit");
        ObjectMapper lenient = new ObjectMapper().registerModule(new JixiaoModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(lenient.readValue(json, Quantity.class)).isEqualTo(Quantity.of(BigDecimal.ONE, "份"));
    }

    @Test
    void refusesNullWhereAValueIsExpected() {
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.readValue("[null]", new TypeReference<List<SelfEvaluation>>() { }))
                .withMessageStartingWith("at /0: expected SelfEvaluation, found null; jixiao's values are never null")
                .satisfies(e -> assertThat(((FormReadException) e.getCause()).location()).isEqualTo("/0"));
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.readValue("[{\"value\":\"1\",\"unit\":\"份\"},null]", Quantity[].class))
                .withMessageStartingWith("at /1: expected Quantity, found null");
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.readValue("{\"a\":null}", new TypeReference<java.util.Map<String, Amount>>() { }))
                .withMessageStartingWith("at /a: expected Amount, found null");
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.readValue("null", SelfEvaluation.class))
                .withMessageStartingWith("expected SelfEvaluation, found null");
    }

    static Stream<Arguments> trailingContent() {
        return Stream.of(
                Arguments.of("garbage", " xyz", "expected the end of the document after the value, found content that is "
                        + "not JSON: Unrecognized token 'xyz'"),
                Arguments.of("a second document", " {}", "expected the end of the document after the value, found {; a "
                        + "document holds one value (several go in an array)"),
                Arguments.of("a stray bracket", "]", "expected the end of the document after the value, found content that "
                        + "is not JSON: Unexpected close marker ']'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trailingContent")
    void aValueThatIsTheDocumentMustBeAllOfIt(String name, String trailing, String message) throws Exception {
        String form = MAPPER.writeValueAsString(JsonTestForms.all().get(0));
        assertThat(MAPPER.readValue(form + "\n", SelfEvaluation.class)).isEqualTo(JsonTestForms.all().get(0));
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.readValue(form + trailing, SelfEvaluation.class))
                .withMessageStartingWith(message);
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.readValue("\"万条\"" + trailing, Unit.class))
                .withMessageStartingWith(message);
    }

    @Test
    void aValueInsideTheUsersDocumentIsReadAloneAndAListGoesByTheMappersTrailingTokens() throws Exception {
        String form = MAPPER.writeValueAsString(JsonTestForms.all().get(0));
        assertThat(MAPPER.readValue("{\"a\":" + form + ",\"b\":" + form + "}",
                new TypeReference<java.util.Map<String, SelfEvaluation>>() { })).hasSize(2);
        ObjectMapper oneDocument = new ObjectMapper().registerModule(new JixiaoModule())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        assertThatExceptionOfType(JsonMappingException.class).isThrownBy(() -> oneDocument.readValue("[" + form + "] []",
                new TypeReference<List<SelfEvaluation>>() { })).withMessageContaining("Trailing token");
    }

    @Test
    void theStringLimitHoldsWhateverTheMappersConstraints() {
        String json = "{\"value\":\"1\",\"unit\":\"" + "份".repeat(JsonFormat.MAX_STRING_LENGTH + 1) + "\"}";
        assertThatExceptionOfType(JsonMappingException.class).isThrownBy(() -> MAPPER.readValue(json, Quantity.class))
                .withMessageStartingWith("at /unit: a string of 1000001 characters; the limit is 1000000");
    }

    @Test
    void malformedJsonInsideAValueNamesItsPointer() {
        String json = "[{\"value\":\"1\",\"unit\":tru}]";
        assertThatExceptionOfType(com.fasterxml.jackson.core.JsonProcessingException.class)
                .isThrownBy(() -> MAPPER.readValue(json, Quantity[].class))
                .withMessageStartingWith("at /0/unit: Unrecognized token 'tru'");
        assertThatExceptionOfType(com.fasterxml.jackson.core.JsonParseException.class)
                .isThrownBy(() -> MAPPER.readValue("{\"value\":\"1\",\"unit\":tru}", Quantity.class))
                .withMessageStartingWith("at /unit: Unrecognized token 'tru'");
    }

    @Test
    void aLoneSurrogateIsRefusedThroughTheModuleToo() {
        assertThatExceptionOfType(JsonMappingException.class)
                .isThrownBy(() -> MAPPER.readValue("{\"value\":\"1\",\"unit\":\"\\uD800\"}", Quantity.class))
                .withMessageStartingWith("at /unit: a lone surrogate \\uD800 at character 1 of the string");
    }
}
