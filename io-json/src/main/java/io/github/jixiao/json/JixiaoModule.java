// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.AchievementLevel;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AmountUnit;
import io.github.jixiao.model.AnnualGoal;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.CategoryKind;
import io.github.jixiao.model.Comparison;
import io.github.jixiao.model.DatePrecision;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingKind;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.SubcategoryKind;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.Unit;
import io.github.jixiao.scoring.ExecutionScore;
import io.github.jixiao.scoring.Grade;
import io.github.jixiao.scoring.GradeBands;
import io.github.jixiao.scoring.RoundingPolicy;
import io.github.jixiao.scoring.Rule;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.ScoreNote;
import io.github.jixiao.scoring.ScoreRange;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.scoring.Subtotal;
import io.github.jixiao.spi.FormReadException;
import java.io.IOException;

/**
 * The Jackson module of jixiao (Jackson 模块): serializers and deserializers for every public model type, and
 * for score cards, audit reports and scoring policies, in the same shape as {@link JsonFormat} ({@code json}) and
 * {@link JsonCards}. A card or report read is checked against what the rules compute, as {@link JsonCards} does;
 * an {@link io.github.jixiao.scoring.IndicatorScore} travels only inside its card, whose form holds its row. Core carries no Jackson annotation; this
 * module is all an {@code ObjectMapper} needs:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new JixiaoModule());
 * String json = mapper.writeValueAsString(form);
 * SelfEvaluation back = mapper.readValue(json, SelfEvaluation.class);
 * }</pre>
 *
 * <p>It is registered for {@link java.util.ServiceLoader}, so {@code ObjectMapper.findAndRegisterModules()}
 * finds it. Whatever the mapper's settings:
 * <ul>
 *   <li>Invalid values throw a {@link JsonMappingException} whose message names the JSON pointer and what was
 *       expected, caused by a {@link FormReadException}; malformed JSON inside a value names its pointer too.</li>
 *   <li>{@code null} where a jixiao value is expected — in a list, an array, a map, a field of the user's, or as the
 *       document — is refused: jixiao's values are never null. (A field missing from the user's own object is left
 *       to the mapper, as for any type.)</li>
 *   <li>A jixiao value that is the whole document must be all of it: trailing content or a second document is
 *       refused, as {@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS} would (so {@code readValues} of a
 *       sequence of bare values does not work: put them in an array).</li>
 *   <li>Strings are Unicode text (a lone surrogate escape is refused) of at most
 *       {@link JsonFormat#MAX_STRING_LENGTH} characters.</li>
 * </ul>
 * The mapper governs the rest: unknown fields are errors while {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}
 * is on (the default) and skipped when it is off; trailing content after a list of values is refused only with
 * {@code FAIL_ON_TRAILING_TOKENS}; nesting depth, number, name and document length are its factory's
 * {@code StreamReadConstraints} (build it with {@link JsonFormat#readConstraints()} for the format's limits); and
 * Jackson decodes UTF-8 leniently (overlong forms pass), which {@link JsonFormat} and {@link JsonCards} check
 * strictly before parsing.
 *
 * <p>This class is immutable and thread-safe once registered.
 */
public final class JixiaoModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module; {@link java.util.ServiceLoader} calls this. */
    public JixiaoModule() {
        super("jixiao", Version.unknownVersion());
        add(SelfEvaluation.class, FormWriter::form, FormReader::form);
        add(Project.class, FormWriter::project, FormReader::project);
        add(Funding.class, FormWriter::funding, FormReader::funding);
        add(FundingSource.class, FormWriter::fundingSource, FormReader::fundingSource);
        add(Amount.class, FormWriter::amount, FormReader::amount);
        add(AnnualGoal.class, FormWriter::goal, FormReader::goal);
        add(IndicatorTree.class, FormWriter::indicators, FormReader::indicators);
        add(Category.class, FormWriter::category, FormReader::category);
        add(Subcategory.class, FormWriter::subcategory, FormReader::subcategory);
        add(Indicator.class, FormWriter::indicator, FormReader::indicator);
        add(Target.class, FormWriter::target, FormReader::target);
        add(Actual.class, FormWriter::actual, FormReader::actual);
        add(Quantity.class, FormWriter::quantity, FormReader::quantity);
        add(Finding.class, FormWriter::finding, FormReader::finding);
        add(ScoreCard.class, CardWriter::card, CardReader::card);
        add(AuditReport.class, CardWriter::report, CardReader::report);
        add(ScoringPolicy.class, CardWriter::policy, CardReader::policy);
        add(RoundingPolicy.class, CardWriter::rounding, CardReader::rounding);
        add(GradeBands.class, CardWriter::grades, CardReader::grades);
        add(ExecutionScore.class, CardWriter::execution, CardReader::execution);
        add(ScoreRange.class, CardWriter::range, CardReader::range);
        add(Subtotal.class, CardWriter::subtotal, CardReader::subtotal);
        add(Unit.class, (w, unit) -> w.generator().writeString(unit.symbol()), r -> Unit.of(r.string()));
        add(AmountUnit.class, (w, unit) -> w.generator().writeString(unit.symbol()), FormReader::amountUnit);
        addCode(Comparison.class);
        addCode(AchievementLevel.class);
        addCode(DatePrecision.class);
        addCode(CategoryKind.class);
        addCode(SubcategoryKind.class);
        addCode(FundingKind.class);
        addCode(Severity.class);
        addCode(Grade.class);
        addCode(Rule.class);
        addCode(ScoreNote.class);
        addCode(ScoringPolicy.Denominator.class);
        addCode(ScoringPolicy.Equality.class);
        addCode(ScoringPolicy.BareTarget.class);
        addCode(ScoringPolicy.ZeroTarget.class);
        addCode(ScoringPolicy.OverAchievement.class);
        addCode(ScoringPolicy.BandPoint.class);
        addCode(ScoringPolicy.LateDeadline.class);
        for (Class<?> subtype : Target.class.getPermittedSubclasses()) {
            addSubtype(subtype, Target.class, FormReader::target);
        }
        for (Class<?> subtype : Actual.class.getPermittedSubclasses()) {
            addSubtype(subtype, Actual.class, FormReader::actual);
        }
    }

    private <T> void add(Class<T> type, FormWriter.Write<T> write, JsonCursor.Read<T> read) {
        addSerializer(type, new Serializer<>(type, write));
        addDeserializer(type, new Deserializer<>(type, read));
    }

    private <E extends Enum<E>> void addCode(Class<E> type) {
        add(type, (w, constant) -> w.generator().writeString(Codes.of(constant)), r -> r.code(type));
    }

    /** A target or actual subtype reads as its sealed interface, and must be of the subtype asked for. */
    private <T, S> void addSubtype(Class<S> subtype, Class<T> parent, JsonCursor.Read<T> read) {
        addDeserializer(subtype, new Deserializer<>(subtype, cursor -> {
            T value = read.read(cursor);
            if (!subtype.isInstance(value)) {
                throw cursor.error("expected " + parent.getSimpleName() + "." + subtype.getSimpleName() + ", found "
                        + parent.getSimpleName() + "." + value.getClass().getSimpleName());
            }
            return subtype.cast(value);
        }));
    }

    private static final class Serializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient FormWriter.Write<T> write;

        Serializer(Class<T> type, FormWriter.Write<T> write) {
            super(type);
            this.write = write;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write.write(new FormWriter(g), value);
        }
    }

    private static final class Deserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient JsonCursor.Read<T> read;

        Deserializer(Class<T> type, JsonCursor.Read<T> read) {
            super(type);
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonCursor.Surprises unknown = ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    ? JsonCursor.STRICT : JsonCursor.SKIP_UNKNOWN;
            JsonCursor cursor = new JsonCursor(p, "", unknown);
            boolean document = atRoot(p);
            try {
                T value = read.read(cursor);
                if (document) {
                    end(cursor);
                }
                return value;
            } catch (FormReadException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            } catch (JsonParseException e) {
                throw new JsonParseException(p, "at " + cursor.pointer() + ": " + e.getOriginalMessage(), e);
            }
        }

        /** A null where a jixiao value is expected (in a list, an array, a map or a field) is refused. */
        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            JsonParser p = ctxt.getParser();
            FormReadException e = new JsonCursor(p, "", JsonCursor.STRICT).error("expected "
                    + handledType().getSimpleName() + ", found null; jixiao's values are never null");
            throw JsonMappingException.from(p, e.getMessage(), e);
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        /** A field missing from an object of the user's is the user's mapper's business, as for any type. */
        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }

        /** Whether the value about to be read is the whole document (the parser is on its first token). */
        private static boolean atRoot(JsonParser p) {
            JsonStreamContext context = p.getParsingContext();
            return context.inRoot() || (p.isExpectedStartObjectToken() || p.isExpectedStartArrayToken())
                    && context.getParent() != null && context.getParent().inRoot();
        }

        /** After a value that is the whole document: nothing may follow it, not even a second document. */
        private static void end(JsonCursor cursor) throws IOException {
            JsonParser p = cursor.parser();
            JsonToken next;
            try {
                next = p.nextToken();
            } catch (JsonParseException e) {
                throw cursor.error("expected the end of the document after the value, found content that is not "
                        + "JSON: " + e.getOriginalMessage());
            }
            if (next != null) {
                throw cursor.error("expected the end of the document after the value, found " + p.getText()
                        + "; a document holds one value (several go in an array)");
            }
        }
    }
}
