// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The labels forms are recognised by (版式词表): for each {@link Term} — a header field, a funding column, a
 * funding line, an indicator column, a closing row, a placeholder — the synonyms real forms print. The defaults
 * ship as the documented resource {@code vocabulary.txt} beside this class; a user adds the labels of their
 * province in a file of the same format ({@link #read}) and {@link #with} them.
 *
 * <p>Text is matched after {@link #normalize}: a synonym matches a label equal to it or, when the synonym has
 * three characters or more or ends with a colon, a label starting with it (but not a label with its value after a
 * colon, {@code 项目名称：某项目}); the longest synonym wins (of two as long, the term listed first in {@link Term}).
 * Titles and 一级/二级 indicator labels match anywhere in the text; placeholders and template rows only whole cells
 * (template rows with digits written as {@code #}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Vocabulary {

    private static final String RESOURCE = "vocabulary.txt";
    private static final int MIN_PREFIX = 3;
    /** Numerals that count as digits in ordinals (一、) and template rows (指标一). */
    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";

    private final Map<Term, List<String>> synonyms;
    /** Per group (by ordinal): its synonyms arranged for lookup. */
    private final Lookup[] lookups;

    private Vocabulary(Map<Term, List<String>> synonyms) {
        Map<Term, List<String>> copy = new EnumMap<>(Term.class);
        synonyms.forEach((term, list) -> copy.put(term, List.copyOf(list)));
        this.synonyms = Collections.unmodifiableMap(copy);
        Map<Term.Group, List<Synonym>> byGroup = new EnumMap<>(Term.Group.class);
        for (Term.Group group : Term.Group.values()) {
            byGroup.put(group, new ArrayList<>());
        }
        copy.forEach((term, list) -> {
            for (String synonym : list) {
                byGroup.get(term.group()).add(new Synonym(key(synonym, term.group()), term));
            }
        });
        this.lookups = new Lookup[Term.Group.values().length];
        byGroup.forEach((group, list) -> lookups[group.ordinal()] = new Lookup(group, list));
    }

    /** The vocabulary shipped with jixiao ({@code vocabulary.txt}). @return never null */
    public static Vocabulary defaults() {
        return Defaults.VOCABULARY;
    }

    /**
     * Reads a vocabulary file: {@code key = synonym | synonym}, one term a line, {@code #} comments.
     *
     * @param in the file's text, not null; read to its end, not closed
     * @return the vocabulary it defines (only its own synonyms: {@link #with} adds it to the defaults)
     * @throws IOException if the text cannot be read
     * @throws IllegalArgumentException if a line is not {@code key = synonyms} or names an unknown key; the message
     *     gives the line number and what was expected
     */
    public static Vocabulary read(Reader in) throws IOException {
        Objects.requireNonNull(in, "in");
        Map<String, Term> keys = new HashMap<>();
        for (Term term : Term.values()) {
            keys.put(term.key(), term);
        }
        Map<Term, List<String>> synonyms = new EnumMap<>(Term.class);
        BufferedReader lines = new BufferedReader(in);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("line " + number + ": expected \"key = synonym | synonym\", got \""
                        + cut(trimmed) + "\"");
            }
            String key = trimmed.substring(0, eq).strip();
            Term term = keys.get(key);
            if (term == null) {
                throw new IllegalArgumentException("line " + number + ": unknown key \"" + cut(key)
                        + "\"; expected one of " + keys.keySet().stream().sorted().collect(Collectors.joining(", ")));
            }
            List<String> list = synonyms.computeIfAbsent(term, t -> new ArrayList<>());
            for (String synonym : trimmed.substring(eq + 1).split("\\|")) {
                String s = synonym.strip();
                if (!s.isEmpty()) {
                    list.add(s);
                }
            }
        }
        return new Vocabulary(synonyms);
    }

    private static String cut(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /**
     * This vocabulary with another's synonyms added to each term.
     *
     * @param more the synonyms to add, not null
     * @return never null
     */
    public Vocabulary with(Vocabulary more) {
        Objects.requireNonNull(more, "more");
        Map<Term, List<String>> merged = new EnumMap<>(Term.class);
        for (Term term : Term.values()) {
            Set<String> all = new LinkedHashSet<>(synonyms(term));
            all.addAll(more.synonyms(term));
            if (!all.isEmpty()) {
                merged.put(term, new ArrayList<>(all));
            }
        }
        return new Vocabulary(merged);
    }

    /**
     * The synonyms of a term, as written in the vocabulary.
     *
     * @param term the term, not null
     * @return never null
     */
    public List<String> synonyms(Term term) {
        return synonyms.getOrDefault(Objects.requireNonNull(term, "term"), List.of());
    }

    /**
     * The term a label is among a group's terms, matched as the class describes.
     *
     * @param text the cell's text as printed, not null
     * @param group where the label is looked up, not null
     * @return the term, or empty when the text is none of the group's labels
     */
    public Optional<Term> match(String text, Term.Group group) {
        return matchNormalized(normalize(text), group);
    }

    /**
     * The term a {@link #normalize normalised} label is among a group's terms.
     *
     * @param normalized the normalised text, not null
     * @param group where the label is looked up, not null
     * @return the term, or empty when the text is none of the group's labels
     */
    public Optional<Term> matchNormalized(String normalized, Term.Group group) {
        Objects.requireNonNull(group, "group");
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        String key = group == Term.Group.TEMPLATE_ROW ? digitsAsHash(normalized) : normalized;
        Lookup lookup = lookups[group.ordinal()];
        Term term = lookup.exact.get(key);
        if (term != null || !lookup.partly) {
            return found(term);
        }
        for (Synonym synonym : lookup.anywhere ? lookup.longestFirst : lookup.startingWith(key.charAt(0))) {
            String s = synonym.text;
            boolean found = lookup.anywhere ? key.contains(s)
                    : key.startsWith(s) && (s.endsWith(":") || key.length() == s.length() || key.charAt(s.length()) != ':');
            if (found) {
                return found(synonym.term);
            }
        }
        return Optional.empty();
    }

    /**
     * A quick test before {@link #match}: false when the text is certainly none of the group's labels; true when it
     * may be one. A label starts as one of the group's synonyms does, unless normalising drops its start (a bracket,
     * 其中, an ordinal such as 1、): the text's first character tells, and for a digit whether an ordinal follows. A
     * label matched anywhere holds the first character of one of the synonyms somewhere.
     *
     * @param text the cell's text as printed, not null
     * @param group where the label would be looked up, not null
     * @return false only if {@link #match} is empty
     */
    public boolean mayMatch(String text, Term.Group group) {
        Lookup lookup = lookups[group.ordinal()];
        if (group == Term.Group.TEMPLATE_ROW) {
            return true;
        }
        if (lookup.anywhere) {
            for (int i = 0; i < text.length(); i++) {
                if (lookup.firstChars.get(fold(text.charAt(i)))) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!WhiteSpace.is(c)) {
                c = fold(c);
                return c == '(' || c == '[' || c == '其' || lookup.firstChars.get(c)
                        || isOrdinalDigit(c) && mayStartWithOrdinal(text, i);
            }
        }
        return false;
    }

    /**
     * Whether a text whose first character (at {@code from}) is a digit or numeral may start with an ordinal that
     * normalising drops ({@code 一、}, {@code 1.}): its digits (white space between them) end at 、 or at a point
     * that no digit follows, or at a bracket (a bracketed note, which normalising drops, may stand between them).
     * Only the digits and the character after them are looked at, however long the text.
     */
    private static boolean mayStartWithOrdinal(String text, int from) {
        int i = from;
        while (i < text.length() && (WhiteSpace.is(text.charAt(i)) || isOrdinalDigit(fold(text.charAt(i))))) {
            i++;
        }
        char after = i == text.length() ? ' ' : fold(text.charAt(i));
        if (after == '(' || after == '[') {
            return true;
        }
        if (after != '、' && after != '.') {
            return false;
        }
        for (int j = i + 1; j < text.length(); j++) {
            if (!WhiteSpace.is(text.charAt(j))) {
                return !Character.isDigit(fold(text.charAt(j)));
            }
        }
        return false;
    }

    private static boolean isOrdinalDigit(char c) {
        return c >= '0' && c <= '9' || c >= 128 && (Character.isDigit(c) || CHINESE_NUMERALS.indexOf(c) >= 0);
    }

    /** The answer for a term or none, without building an {@code Optional} per lookup. */
    private static Optional<Term> found(Term term) {
        return term == null ? Optional.empty() : FOUND[term.ordinal()];
    }

    /**
     * Whether a cell says it was left blank: 空, （空）, 未填写.
     *
     * @param text the cell's text as printed, not null
     * @return true if it is a blank mark
     */
    public boolean isBlankMark(String text) {
        return matchNormalized(normalize(text), Term.Group.PLACEHOLDER).orElse(null) == Term.BLANK_MARK;
    }

    /**
     * Whether a cell holds a placeholder instead of a value: —, /, 无, （空） ….
     *
     * @param text the cell's text as printed, not null
     * @return true if it is a placeholder
     */
    public boolean isPlaceholder(String text) {
        return matchNormalized(normalize(text), Term.Group.PLACEHOLDER).isPresent();
    }

    /**
     * Normalises a label before it is matched: white space removed; full-width brackets, colons, digits and
     * letters folded to ASCII; bracketed notes dropped ({@code 全年预算数(A)} → 全年预算数); a leading
     * {@code 其中:} or ordinal ({@code 一、}, {@code 1.}) dropped; trailing colons dropped. Text that is only a
     * bracketed note ({@code (空)}) keeps its brackets.
     *
     * @param text the text as printed, not null
     * @return never null
     */
    public static String normalize(String text) {
        if (isNormalized(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (WhiteSpace.is(c)) {
                continue;
            }
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        if (sb.length() == 0) {
            return stripped(text);
        }
        String s = sb.toString();
        s = dropLead(s);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ':') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Text that is only a bracketed note, such as {@code （空）}: white space removed and folded. */
    private static String stripped(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (!WhiteSpace.is(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String dropLead(String s) {
        String rest = s;
        if (rest.startsWith("其中")) {
            rest = rest.substring(2);
            while (rest.startsWith(":") || rest.startsWith("、")) {
                rest = rest.substring(1);
            }
        }
        rest = rest.substring(ordinalLength(rest));
        return rest.isEmpty() ? s : rest;
    }

    /** The length of a leading ordinal and its mark ({@code 一、}, {@code 1.} but not {@code 1.5}), or 0. */
    private static int ordinalLength(String s) {
        int i = 0;
        while (i < s.length() && isOrdinalDigit(s.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < s.length() && "、.".indexOf(s.charAt(i)) >= 0 && !Character.isDigit(s.charAt(i + 1))
                ? i + 1 : 0;
    }

    /**
     * Whether {@link #normalize} leaves a text as it is (most cells): nothing to fold, no white space, no bracket
     * opened, no leading 其中 or ordinal, no trailing colon. Checked without building a copy.
     */
    private static boolean isNormalized(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(length - 1) == ':' || text.startsWith("其中")) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (fold(c) != c || c == '(' || c == '[' || WhiteSpace.is(c)) {
                return false;
            }
        }
        return ordinalLength(text) == 0;
    }

    private static char fold(char c) {
        if (c >= '！' && c <= '～') {
            return (char) (c - '！' + '!');
        }
        switch (c) {
            case '【':
            case '〔':
                return '[';
            case '】':
            case '〕':
                return ']';
            default:
                return c;
        }
    }

    /** Every run of digits as one {@code #}: 指标12: → 指标#:. */
    private static String digitsAsHash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean inDigits = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean digit = isOrdinalDigit(c);
            if (!digit) {
                sb.append(c);
            } else if (!inDigits) {
                sb.append('#');
            }
            inDigits = digit;
        }
        return sb.toString();
    }

    private static String key(String synonym, Term.Group group) {
        String normalized = normalize(synonym);
        return group == Term.Group.TEMPLATE_ROW ? digitsAsHash(normalized) : normalized;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Vocabulary && ((Vocabulary) obj).synonyms.equals(synonyms);
    }

    @Override
    public int hashCode() {
        return synonyms.hashCode();
    }

    /** The number of synonyms per term, for logs. */
    @Override
    public String toString() {
        return "Vocabulary" + Arrays.toString(synonyms.entrySet().stream()
                .map(e -> e.getKey().key() + "=" + e.getValue().size()).toArray());
    }

    private record Synonym(String text, Term term) {
    }

    private static final Optional<Term>[] FOUND = found();

    @SuppressWarnings("unchecked")
    private static Optional<Term>[] found() {
        return Arrays.stream(Term.values()).map(Optional::of).toArray(Optional[]::new);
    }

    /**
     * One group's synonyms arranged for lookup: the exact ones; all of them, the longest first (matched anywhere);
     * and, where a label may start with a synonym, those long enough to be a prefix (or ending with a colon) by
     * their first character, the longest first, so that a label is compared only with the synonyms that start as it
     * does.
     */
    private static final class Lookup {
        private static final Synonym[] NONE = new Synonym[0];

        final boolean anywhere;
        /** Whether a label may match otherwise than whole: placeholders and template rows match only whole cells. */
        final boolean partly;
        final Map<String, Term> exact = new HashMap<>();
        final Synonym[] longestFirst;
        /** The first character of every synonym. */
        final BitSet firstChars = new BitSet();
        /** The first characters of the prefix synonyms, and the synonyms starting with each. */
        final String firsts;
        final Synonym[][] byFirst;

        Lookup(Term.Group group, List<Synonym> synonyms) {
            anywhere = group.matchesAnywhere();
            partly = group != Term.Group.PLACEHOLDER && group != Term.Group.TEMPLATE_ROW;
            for (Synonym synonym : synonyms) {
                exact.putIfAbsent(synonym.text, synonym.term);
                if (!synonym.text.isEmpty()) {
                    firstChars.set(synonym.text.charAt(0));
                }
            }
            List<Synonym> sorted = new ArrayList<>(synonyms);
            sorted.sort((a, b) -> b.text.length() - a.text.length());
            longestFirst = sorted.toArray(NONE);
            Map<Character, List<Synonym>> prefixes = new LinkedHashMap<>();
            for (Synonym synonym : sorted) {
                if (synonym.text.length() >= MIN_PREFIX || synonym.text.endsWith(":")) {
                    prefixes.computeIfAbsent(synonym.text.charAt(0), c -> new ArrayList<>()).add(synonym);
                }
            }
            StringBuilder chars = new StringBuilder(prefixes.size());
            prefixes.keySet().forEach(chars::append);
            firsts = chars.toString();
            byFirst = prefixes.values().stream().map(list -> list.toArray(NONE)).toArray(Synonym[][]::new);
        }

        Synonym[] startingWith(char first) {
            int at = firsts.indexOf(first);
            return at < 0 ? NONE : byFirst[at];
        }
    }

    /** The defaults, read once. */
    private static final class Defaults {
        static final Vocabulary VOCABULARY = load();

        private static Vocabulary load() {
            try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Resource " + RESOURCE + " is missing from jixiao-core");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }
}
