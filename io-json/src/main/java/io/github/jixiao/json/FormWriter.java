// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Actual;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.AnnualGoal;
import io.github.jixiao.model.Category;
import io.github.jixiao.model.Field;
import io.github.jixiao.model.Funding;
import io.github.jixiao.model.FundingSource;
import io.github.jixiao.model.Indicator;
import io.github.jixiao.model.IndicatorTree;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.Quantity;
import io.github.jixiao.model.Remark;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.model.Subcategory;
import io.github.jixiao.model.Target;
import io.github.jixiao.model.Unparsed;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the model as JSON to a streaming generator, keys in the documented order. The one place that decides
 * the shape of written JSON; {@link FormReader} reads it back.
 */
final class FormWriter {

    /** Writes one value of type {@code T} with a form writer. */
    @FunctionalInterface
    interface Write<T> {
        void write(FormWriter writer, T value) throws IOException;
    }

    private static final Field[] FIELDS = Field.values();

    private final JsonGenerator g;

    FormWriter(JsonGenerator g) {
        this.g = g;
    }

    void form(SelfEvaluation form) throws IOException {
        g.writeStartObject();
        optionalString("title", form.title());
        if (form.year().isPresent()) {
            g.writeNumberField("year", form.year().get().getValue());
        }
        g.writeFieldName("project");
        project(form.project());
        g.writeFieldName("funding");
        funding(form.funding());
        g.writeFieldName("goal");
        goal(form.goal());
        g.writeFieldName("indicators");
        indicators(form.indicators());
        optionalDecimal("indicatorPoints", form.indicators().printedPoints());
        optionalDecimal("reportedWeightTotal", form.reportedWeightTotal());
        optionalDecimal("reportedTotal", form.reportedTotal());
        optionalString("reportedGrade", form.reportedGrade());
        if (!form.remarks().isEmpty()) {
            g.writeFieldName("remarks");
            array(form.remarks(), FormWriter::remark);
        }
        Map<Field, Origin> origins = new EnumMap<>(Field.class);
        origins.putAll(form.origins());
        form.indicators().origin(Field.POINTS).ifPresent(at -> origins.put(Field.POINTS, at));
        origins(origins);
        g.writeEndObject();
    }

    void remark(Remark remark) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", remark.label());
        g.writeStringField("text", remark.text());
        origins(remark.origins());
        g.writeEndObject();
    }

    /**
     * Where each printed field came from: {@code "origins": {"score": {"document": …, "part": …, "place": …}}}.
     * Places in a JSON document (JSON pointers) are not written: a document's own pointers are its origins.
     */
    void origins(Map<Field, Origin> origins) throws IOException {
        boolean started = false;
        for (Field field : FIELDS) {
            Origin origin = origins.get(field);
            if (origin != null && !origin.isPointer()) {
                if (!started) {
                    g.writeFieldName("origins");
                    g.writeStartObject();
                    started = true;
                }
                g.writeFieldName(Codes.of(field));
                g.writeStartObject();
                g.writeStringField("document", origin.document());
                g.writeStringField("part", origin.part());
                g.writeStringField("place", origin.place());
                g.writeEndObject();
            }
        }
        if (started) {
            g.writeEndObject();
        }
    }

    void texts(String name, Map<String, String> texts) throws IOException {
        if (texts.isEmpty()) {
            return;
        }
        g.writeFieldName(name);
        g.writeStartObject();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            g.writeStringField(entry.getKey(), entry.getValue());
        }
        g.writeEndObject();
    }

    void project(Project project) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", project.name());
        optionalString("code", project.code());
        optionalString("department", project.department());
        optionalString("implementingUnit", project.implementingUnit());
        optionalString("lead", project.lead());
        optionalString("phone", project.phone());
        optional("amount", project.amount(), FormWriter::amount);
        texts("otherFields", project.otherFields());
        origins(project.origins());
        g.writeEndObject();
    }

    void funding(Funding funding) throws IOException {
        g.writeStartObject();
        g.writeStringField("unit", funding.unit().symbol());
        optionalDecimal("weight", funding.weight());
        optionalDecimal("printedPoints", funding.printedPoints());
        optionalDecimal("reportedScore", funding.reportedScore());
        optional("total", funding.total(), FormWriter::fundingSource);
        g.writeFieldName("sources");
        array(funding.sources(), FormWriter::fundingSource);
        origins(funding.origins());
        g.writeEndObject();
    }

    void fundingSource(FundingSource source) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", source.label());
        g.writeStringField("kind", Codes.of(source.kind()));
        optional("initialBudget", source.initialBudget(), FormWriter::amount);
        optional("adjustedBudget", source.adjustedBudget(), FormWriter::amount);
        optional("executed", source.executed(), FormWriter::amount);
        optional("reportedRate", source.reportedRate(), FormWriter::quantity);
        origins(source.origins());
        g.writeEndObject();
    }

    void amount(Amount amount) throws IOException {
        g.writeStartObject();
        g.writeStringField("amount", Decimals.MONEY.format(amount.number(), "Amount"));
        g.writeStringField("currency", Amount.CURRENCY_CODE);
        g.writeStringField("unit", amount.unit().symbol());
        g.writeEndObject();
    }

    void goal(AnnualGoal goal) throws IOException {
        g.writeStartObject();
        g.writeStringField("expected", goal.expected());
        g.writeStringField("actual", goal.actual());
        g.writeEndObject();
    }

    void indicators(IndicatorTree tree) throws IOException {
        array(tree.categories(), FormWriter::category);
    }

    void category(Category category) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", category.label());
        g.writeStringField("kind", Codes.of(category.kind()));
        g.writeFieldName("subcategories");
        array(category.subcategories(), FormWriter::subcategory);
        origins(category.origins());
        g.writeEndObject();
    }

    void subcategory(Subcategory subcategory) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", subcategory.label());
        g.writeStringField("kind", Codes.of(subcategory.kind()));
        g.writeFieldName("indicators");
        array(subcategory.indicators(), FormWriter::indicator);
        origins(subcategory.origins());
        g.writeEndObject();
    }

    void indicator(Indicator indicator) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", indicator.name());
        g.writeFieldName("target");
        target(indicator.target());
        g.writeFieldName("actual");
        actual(indicator.actual());
        optionalDecimal("weight", indicator.weight());
        optionalDecimal("reportedScore", indicator.reportedScore());
        g.writeStringField("deviationNote", indicator.deviationNote());
        texts("otherValues", indicator.otherValues());
        origins(indicator.origins());
        g.writeEndObject();
    }

    void target(Target target) throws IOException {
        ValueKind kind = ValueKind.of(target);
        g.writeStartObject();
        g.writeStringField("text", target.text());
        g.writeStringField("kind", kind.code);
        if (target instanceof Target.Quantitative q) {
            if (q.comparator().isPresent()) {
                g.writeStringField("comparator", Codes.of(q.comparator().get()));
            }
            g.writeFieldName("quantity");
            quantity(q.quantity());
        } else if (target instanceof Target.Range range) {
            g.writeFieldName("low");
            quantity(range.low());
            g.writeFieldName("high");
            quantity(range.high());
        } else if (target instanceof Target.Deadline d) {
            date("due", d.due());
            g.writeStringField("precision", Codes.of(d.precision()));
        } else if (target instanceof Unparsed u) {
            unparsed(u.reason(), u.errorIndex());
        }
        g.writeEndObject();
    }

    void actual(Actual actual) throws IOException {
        ValueKind kind = ValueKind.of(actual);
        g.writeStartObject();
        g.writeStringField("text", actual.text());
        g.writeStringField("kind", kind.code);
        if (actual instanceof Actual.Measured m) {
            g.writeFieldName("quantity");
            quantity(m.quantity());
        } else if (actual instanceof Actual.Bound b) {
            g.writeStringField("comparator", Codes.of(b.comparator()));
            g.writeFieldName("quantity");
            quantity(b.quantity());
        } else if (actual instanceof Actual.OnDate d) {
            date("date", d.date());
            g.writeStringField("precision", Codes.of(d.precision()));
        } else if (actual instanceof Actual.Achievement a) {
            g.writeStringField("level", Codes.of(a.level()));
            g.writeStringField("levelLabel", a.level().label());
        } else if (actual instanceof Unparsed u) {
            unparsed(u.reason(), u.errorIndex());
        }
        g.writeEndObject();
    }

    private void unparsed(String reason, int errorIndex) throws IOException {
        g.writeStringField("reason", reason);
        g.writeNumberField("errorIndex", errorIndex);
    }

    void quantity(Quantity quantity) throws IOException {
        g.writeStartObject();
        g.writeStringField("value", Decimals.GENERAL.format(quantity.value(), "Quantity"));
        g.writeStringField("unit", quantity.unit().symbol());
        g.writeEndObject();
    }

    void finding(Finding finding) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", finding.code());
        g.writeStringField("severity", Codes.of(finding.severity()));
        g.writeStringField("location", finding.location());
        if (finding.origin().isPresent() && !finding.origin().get().isPointer()) {
            Origin origin = finding.origin().get();
            g.writeFieldName("origin");
            g.writeStartObject();
            g.writeStringField("document", origin.document());
            g.writeStringField("part", origin.part());
            g.writeStringField("place", origin.place());
            g.writeEndObject();
        }
        optionalString("reported", finding.reported());
        optionalString("computed", finding.computed());
        g.writeStringField("messageZh", finding.messageZh());
        g.writeStringField("messageEn", finding.messageEn());
        g.writeEndObject();
    }

    void decimal(String name, BigDecimal value) throws IOException {
        g.writeStringField(name, Decimals.GENERAL.format(value, name));
    }

    private void date(String name, LocalDate date) throws IOException {
        g.writeStringField(name, date.toString());
    }

    void optionalDecimal(String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            decimal(name, value.get());
        }
    }

    void optionalString(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    <T> void optional(String name, Optional<T> value, Write<T> write) throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(name);
            write.write(this, value.get());
        }
    }

    <T> void array(List<T> values, Write<T> write) throws IOException {
        g.writeStartArray();
        for (T value : values) {
            write.write(this, value);
        }
        g.writeEndArray();
    }

    JsonGenerator generator() {
        return g;
    }
}
