package io.github.jixiao.spi;

import io.github.jixiao.audit.Finding;
import io.github.jixiao.model.SelfEvaluation;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link FormFormat} read from one document: each form with where it was found, and the findings of
 * the reader (where it had to guess, what it skipped, each citing its cell or JSON pointer).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entries the forms with their locations, in document order
 * @param findings what the reader noticed
 */
public record ReadResult(List<Entry> entries, List<Finding> findings) {

    static {
        // a form read is a form whose amounts may soon be Moneta's: keep its start-up INFO line off the console
        QuietMoneta.apply();
    }

    /**
     * Creates a result.
     *
     * @param entries the forms with their locations, not null
     * @param findings the reader's findings, not null
     */
    public ReadResult {
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    /** The forms, in document order. @return never null */
    public List<SelfEvaluation> forms() {
        return entries.stream().map(Entry::form).toList();
    }

    /**
     * A form and where it was found.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param location where the form starts, such as {@code forms.xlsx!Sheet1!A1} or {@code forms.json#/0}
     * @param form the form
     */
    public record Entry(String location, SelfEvaluation form) {
        /**
         * Creates an entry.
         *
         * @param location where the form starts, not null
         * @param form the form, not null
         */
        public Entry {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(form, "form");
        }
    }
}
