// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.json;

import io.github.jixiao.finding.Finding;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code json} form format (JSON 格式): a document is an array of forms (a single form object is accepted
 * when reading), in the shape documented in the module's README and its JSON Schema
 * ({@code io/github/jixiao/json/self-evaluation.schema.json} in this jar).
 *
 * <p>Writing is deterministic (the same forms give the same bytes) and pretty-printed: UTF-8, two-space
 * indentation, {@code \n} line ends, a final line end, keys in a fixed order, decimals as strings with their
 * scale. Reading is lossless — {@code read(write(forms))} equals {@code forms} — and bounded by
 * {@link #readConstraints()}: a document that breaks a limit, is not JSON, or is not a form gets a
 * {@link FormReadException} naming the JSON pointer and what was expected, never an {@link OutOfMemoryError}.
 * Reading is strict unless {@link ReadOptions#lenient()}: then unknown fields become {@code JSON_UNKNOWN_FIELD}
 * findings and are skipped; every other problem is an error either way.
 *
 * <p>Found by {@link java.util.ServiceLoader} as a {@link FormFormat}. This class is immutable and thread-safe.
 */
public final class JsonFormat implements FormFormat {

    /** Deepest nesting of arrays and objects read: 64 (a form needs 10). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string read: 1,000,000 characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest JSON number read: 100 characters (only years, error indexes and rounding scales are numbers). */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longest field name read: 1,000 characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Largest document read: 256 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

    private static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build();

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(READ_CONSTRAINTS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

    /** Creates the format; {@link java.util.ServiceLoader} calls this. */
    public JsonFormat() {
    }

    /**
     * The limits on what is read: nesting depth, string, number, name and document length (the constants of
     * this class). Use them with your own {@link JsonFactory} when reading forms through {@link JixiaoModule}.
     *
     * @return never null
     */
    public static StreamReadConstraints readConstraints() {
        return READ_CONSTRAINTS;
    }

    /**
     * The pretty printer of this format: two-space indentation, {@code \n} line ends, {@code "key": value}.
     *
     * @return a new printer, never null
     */
    public static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("json");
    }

    @Override
    public ReadResult read(InputStream in, ReadOptions options) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        return parse(in, options.sourceName(), options.lenient() ? JsonCursor.LENIENT : JsonCursor.STRICT, cursor -> {
            List<ReadResult.Entry> entries = new ArrayList<>();
            document(cursor, "forms", "form", pointer -> {
                int before = cursor.findings().size();
                SelfEvaluation form = FormReader.form(cursor);
                List<Finding> found = List.copyOf(cursor.findings().subList(before, cursor.findings().size()));
                cursor.findings().subList(before, cursor.findings().size()).clear();
                entries.add(ReadResult.Entry.read(Origin.pointer(options.sourceName(), pointer), form, found));
            });
            return new ReadResult(entries, cursor.findings());
        });
    }

    /**
     * Reads a whole document with a cursor over {@code in}; malformed JSON and malformed UTF-8 (checked strictly,
     * {@link StrictUtf8}) become a {@link FormReadException} with line, column and byte.
     */
    static <T> T parse(InputStream in, String source, JsonCursor.Surprises surprises, JsonCursor.Read<T> body)
            throws IOException {
        try (JsonParser p = FACTORY.createParser(new StrictUtf8(in))) {
            JsonCursor cursor = new JsonCursor(p, source, surprises);
            try {
                return body.read(cursor);
            } catch (JsonProcessingException | CharConversionException e) {
                throw notJson(cursor, source, e);
            }
        }
    }

    /** Reads one value of a document at the current position; {@code pointer} is where it starts. */
    @FunctionalInterface
    interface Element {
        void read(String pointer) throws IOException;
    }

    /**
     * Reads a document that is an array of values or one value object, then checks that nothing follows.
     *
     * @param plural what the array holds, for messages ({@code forms})
     * @param singular one of them ({@code form})
     */
    static void document(JsonCursor cursor, String plural, String singular, Element element) throws IOException {
        JsonParser p = cursor.parser();
        JsonToken first = p.nextToken();
        String expected = "an array of " + plural + " or one " + singular;
        if (first == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                element.read(cursor.pointer());
            }
        } else if (first == JsonToken.START_OBJECT) {
            element.read(cursor.pointer());
        } else {
            throw cursor.error(first == null ? "the document is empty; expected " + expected
                    : "expected " + expected + " object, found " + p.getText());
        }
        if (p.nextToken() != null) {
            throw cursor.error("expected the end of the document after the " + plural + ", found more content");
        }
    }

    private static FormReadException notJson(JsonCursor cursor, String source, IOException e) {
        if (e instanceof StrictUtf8.Malformed) {
            return new FormReadException(source, cursor.pointer(), "not readable JSON: " + e.getMessage(), e);
        }
        String reason = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
                : e.getMessage();
        JsonLocation at = cursor.parser().currentLocation();
        return new FormReadException(source, cursor.pointer(),
                "not readable JSON: " + reason + " (line " + at.getLineNr() + ", column " + at.getColumnNr()
                        + ", byte " + at.getByteOffset() + ")", e);
    }

    @Override
    public void write(List<SelfEvaluation> forms, OutputStream out) throws IOException {
        Objects.requireNonNull(forms, "forms");
        write(forms, FormWriter::form, out);
    }

    /** Writes values as a pretty-printed array and a final line end. */
    static <T> void write(List<T> values, FormWriter.Write<T> write, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = generator(out)) {
            new FormWriter(g).array(values, write);
            g.writeRaw('\n');
        }
        out.flush();
    }

    /** A pretty-printing UTF-8 generator that leaves the stream open when closed. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        return pretty(FACTORY.createGenerator(out, JsonEncoding.UTF8));
    }

    /** A pretty-printing generator that leaves the writer open when closed. */
    static JsonGenerator generator(java.io.Writer out) throws IOException {
        return pretty(FACTORY.createGenerator(out));
    }

    private static JsonGenerator pretty(JsonGenerator g) {
        g.setPrettyPrinter(PRETTY.createInstance());
        return g;
    }
}
