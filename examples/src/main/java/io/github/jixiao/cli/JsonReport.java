package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.scoring.IndicatorScore;
import io.github.jixiao.scoring.ScoreCard;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The {@code --json} output: a JSON array, one object per form, written as the forms come so that a batch of
 * thousands is never held in memory. The keys are a stable interface for scripts, documented in
 * {@code examples/README.md}:
 *
 * <pre>{@code
 * {"source": "file.xlsx!Sheet1!A1", "project": "…", "department": "…", "year": 2023, "policy": "shanghai",
 *  "policyReason": "主管部门“上海市住房和城乡建设管理委员会”",
 *  "reported": {"total": 95.38, "grade": "优"},
 *  "computed": {"total": 94.63, "rescaledTotal": null, "grade": "优", "executionRate": 0.9383, "executionScore": 9.38},
 *  "indicators": [{"path": "产出指标 › 数量指标 › 岗位薪酬信息采集量", "weight": 15, "reported": 13, "computed": 11.25,
 *                  "allowed": {"min": 11.25, "max": 11.25, "maxInclusive": true}, "rule": "PROPORTIONAL_POSITIVE"}],
 *  "findings": [{"code": "…", "severity": "ERROR", "location": "…", "message": "…", "reported": "13", "computed": "11.25"}]}
 * }</pre>
 *
 * Findings come most serious first (in form order within a severity). {@code audit} adds {@code "duplicateOf"}: the
 * source of the same form found earlier in the batch, or null.
 *
 * Numbers are JSON numbers written exactly as the decimals they are (never in exponent form); absent values
 * are {@code null}. Messages are in the {@code --lang} language.
 */
final class JsonReport implements Closeable {

    private final JsonGenerator json;
    private final Lang lang;

    JsonReport(Writer out, Lang lang) throws IOException {
        this.lang = lang;
        this.json = new JsonFactory().createGenerator(out)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .useDefaultPrettyPrinter();
        json.writeStartArray();
    }

    void write(Evaluated form) throws IOException {
        write(form, null);
    }

    /**
     * Writes a form; {@code duplicateOf} is the source of the same form found earlier in the batch, or null.
     */
    void write(Evaluated form, String duplicateOf) throws IOException {
        ScoreCard card = form.card();
        json.writeStartObject();
        json.writeStringField("source", form.source());
        json.writeStringField("duplicateOf", duplicateOf);
        json.writeStringField("project", form.form().project().name());
        json.writeStringField("department", form.form().project().department().orElse(""));
        json.writeFieldName("year");
        if (form.form().year().isPresent()) {
            json.writeNumber(form.form().year().get().getValue());
        } else {
            json.writeNull();
        }
        json.writeStringField("policy", card.policy().name());
        json.writeStringField("policyReason", lang.pick(form.policy().reason(), form.policy().reasonEn()));

        json.writeObjectFieldStart("reported");
        nullable("total", form.form().reportedTotal());
        nullable("grade", form.form().reportedGrade());
        json.writeEndObject();

        json.writeObjectFieldStart("computed");
        json.writeNumberField("total", card.total());
        nullable("rescaledTotal", card.rescaledTotal());
        json.writeStringField("grade", card.grade().label());
        nullable("executionRate", card.execution().rate());
        json.writeNumberField("executionScore", card.execution().points());
        json.writeEndObject();

        json.writeArrayFieldStart("indicators");
        for (IndicatorScore score : card.indicators()) {
            json.writeStartObject();
            json.writeStringField("path", score.path());
            json.writeNumberField("weight", score.weight());
            nullable("reported", score.indicator().reportedScore());
            json.writeNumberField("computed", score.points());
            json.writeObjectFieldStart("allowed");
            json.writeNumberField("min", score.allowed().min());
            json.writeNumberField("max", score.allowed().max());
            json.writeBooleanField("maxInclusive", score.allowed().maxInclusive());
            json.writeEndObject();
            json.writeStringField("rule", score.rule().name());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("findings");
        for (Finding finding : CardPrinter.bySeverity(form.findings())) {
            json.writeStartObject();
            json.writeStringField("code", finding.code());
            json.writeStringField("severity", finding.severity().name());
            json.writeStringField("location", finding.location());
            json.writeStringField("message", finding.message(lang.language()));
            nullable("reported", finding.reported());
            nullable("computed", finding.computed());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A number, a string, or null when absent. */
    private void nullable(String field, Optional<?> value) throws IOException {
        json.writeFieldName(field);
        if (value.isEmpty()) {
            json.writeNull();
        } else if (value.get() instanceof BigDecimal number) {
            json.writeNumber(number);
        } else {
            json.writeString(value.get().toString());
        }
    }

    /** Ends the array and flushes; the writer underneath stays open. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeRaw('\n');
        json.close();
    }
}
