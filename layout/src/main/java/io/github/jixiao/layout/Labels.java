// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.vocabulary.Term;
import io.github.jixiao.vocabulary.Vocabulary;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the cells of a grid say as labels, looked up in a {@link Vocabulary} once per cell and group and kept on
 * the cell. Numbers are never labels; of a long text only its first {@value #LABEL_LENGTH} characters are
 * looked at (a label is short; a remark starts with one); a text that cannot be one of a group's labels
 * ({@link Vocabulary#mayMatch}) is not looked up in it.
 */
final class Labels {

    private static final int LABEL_LENGTH = 64;
    private static final Term.Group[] GROUPS = Term.Group.values();
    private static final Term[] TERMS = Term.values();
    /** Each term's {@code Optional}, made once: labels are looked up for every cell of every row. */
    private static final List<Optional<Term>> FOUND = Arrays.stream(TERMS).map(Optional::of).toList();
    private static final Term NONE = null;
    /** In a reading: a group not looked up yet, and a group looked up in which the cell is no term. */
    private static final byte NOT_LOOKED_UP = 0;
    private static final byte NOT_A_TERM = 1;

    static {
        if (TERMS.length > Byte.MAX_VALUE - 2) {
            throw new AssertionError("a reading keeps a term's ordinal in a byte");
        }
    }

    private final Vocabulary vocabulary;

    Labels(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The term a cell is among a group's, if any. */
    Optional<Term> term(GridCell cell, Term.Group group) {
        Term term = find(cell, group);
        return term == null ? Optional.empty() : FOUND.get(term.ordinal());
    }

    /** The term a text (not a cell's whole text, such as the label before a colon) is among a group's. */
    Optional<Term> termOf(String text, Term.Group group) {
        return vocabulary.match(text, group);
    }

    /** Whether a cell is a given term. */
    boolean is(GridCell cell, Term term) {
        return find(cell, term.group()) == term;
    }

    /** Whether a cell is any term of a group. */
    boolean isAny(GridCell cell, Term.Group group) {
        return find(cell, group) != null;
    }

    /** The cell's text normalised for matching ({@link Vocabulary#normalize}). */
    String normalized(GridCell cell) {
        return reading(cell).normalized(cell);
    }

    /** Whether a cell holds a placeholder instead of a value: —, /, 无, （空）. */
    boolean isPlaceholder(GridCell cell) {
        return !cell.isNumber() && find(cell, Term.Group.PLACEHOLDER) != null;
    }

    private Term find(GridCell cell, Term.Group group) {
        if (cell.isNumber()) {
            return NONE;
        }
        Reading reading = reading(cell);
        int g = group.ordinal();
        byte term = reading.terms[g];
        if (term == NOT_LOOKED_UP) {
            term = NOT_A_TERM;
            if (vocabulary.mayMatch(cell.text(), group)) {
                Optional<Term> match = vocabulary.matchNormalized(reading.normalized(cell), group);
                term = match.isPresent() ? (byte) (match.get().ordinal() + 2) : NOT_A_TERM;
            }
            reading.terms[g] = term;
        }
        return term == NOT_A_TERM ? NONE : TERMS[term - 2];
    }

    private Reading reading(GridCell cell) {
        Object cached = cell.reading;
        if (cached instanceof Reading && ((Reading) cached).vocabulary == vocabulary) {
            return (Reading) cached;
        }
        Reading reading = new Reading(vocabulary);
        cell.reading = reading;
        return reading;
    }

    /**
     * A cell's terms, group by group as asked ({@link #NOT_LOOKED_UP}, {@link #NOT_A_TERM} where the text is none of
     * the group's, else the term's ordinal plus two), and its normalised text once a lookup needed it.
     */
    private static final class Reading {
        final Vocabulary vocabulary;
        final byte[] terms = new byte[GROUPS.length];
        private String normalized;

        Reading(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        String normalized(GridCell cell) {
            if (normalized == null) {
                String text = cell.text();
                normalized = cell.isNumber() ? ""
                        : Vocabulary.normalize(text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH));
            }
            return normalized;
        }
    }
}
