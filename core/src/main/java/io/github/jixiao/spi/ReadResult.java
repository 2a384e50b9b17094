// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.spi;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link FormFormat} read from one document (读取结果): one entry per form found, in document order, each
 * with where it starts and the reader's findings about it (where it guessed, what it skipped, each citing its
 * cell or JSON pointer); a form that was found but could not be read is an entry of its own, without a form,
 * whose findings say why. Findings about the document as a whole (it holds no form; it is an .xls named .xlsx)
 * are in {@link #findings()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entries the forms found, in document order
 * @param findings what the reader noticed about the document as a whole
 */
public record ReadResult(List<Entry> entries, List<Finding> findings) {

    /**
     * Creates a result.
     *
     * @param entries the forms found, not null
     * @param findings the reader's findings about the whole document, not null
     */
    public ReadResult {
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    /**
     * A result of forms read without findings, such as forms built in code.
     *
     * @param forms the forms, not null
     * @return never null
     */
    public static ReadResult of(List<SelfEvaluation> forms) {
        List<Entry> entries = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            entries.add(Entry.read(Origin.pointer("", "/" + i), forms.get(i), List.of()));
        }
        return new ReadResult(entries, List.of());
    }

    /** The forms read, in document order (entries that could not be read are left out). @return never null */
    public List<SelfEvaluation> forms() {
        return entries.stream().flatMap(e -> e.form().stream()).toList();
    }

    /** The entries found but not read. @return never null */
    public List<Entry> unreadable() {
        return entries.stream().filter(e -> e.form().isEmpty()).toList();
    }

    /** Every finding: the document's, then each entry's in document order. @return never null */
    public List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(findings);
        entries.forEach(e -> all.addAll(e.findings()));
        return List.copyOf(all);
    }

    /**
     * One form found in a document: where it starts, the form when it could be read, and the reader's findings
     * about it.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param location where the form starts, such as {@code forms.xlsx!Sheet1!A1} or {@code forms.json#/0}
     * @param form the form, or empty when it could not be read (an {@link Severity#ERROR} finding says why)
     * @param findings what the reader noticed about this form, each at its cell
     */
    public record Entry(Origin location, Optional<SelfEvaluation> form, List<Finding> findings) {
        /**
         * Creates an entry.
         *
         * @param location where the form starts, not null
         * @param form the form, or empty when unreadable, not null
         * @param findings the reader's findings about this form, not null
         */
        public Entry {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(form, "form");
            findings = List.copyOf(findings);
        }

        /**
         * A form read.
         *
         * @param location where it starts, not null
         * @param form the form, not null
         * @param findings the reader's findings about it, not null
         * @return never null
         */
        public static Entry read(Origin location, SelfEvaluation form, List<Finding> findings) {
            return new Entry(location, Optional.of(form), findings);
        }

        /**
         * A form found that could not be read.
         *
         * @param location where it starts, not null
         * @param findings the reader's findings, at least one {@link Severity#ERROR} saying why, not null
         * @return never null
         */
        public static Entry unreadable(Origin location, List<Finding> findings) {
            return new Entry(location, Optional.empty(), findings);
        }

        /** Why the form could not be read: the message of its first error; empty when it was read. @return never null */
        public Optional<String> reason() {
            if (form.isPresent()) {
                return Optional.empty();
            }
            return findings.stream().filter(f -> f.severity() == Severity.ERROR).findFirst()
                    .map(Finding::messageEn).or(() -> Optional.of("the form could not be read"));
        }
    }
}
