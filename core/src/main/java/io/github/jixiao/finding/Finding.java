// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.finding;

import io.github.jixiao.model.Origin;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Something found while reading or auditing a form (发现的问题): a stable code, a severity, where it is,
 * the value the form reports and the value the rules compute (where they apply), and a message in Chinese
 * and in English.
 *
 * <p>Where it is comes twice: {@link #location()} names the place in the form's own terms (an indicator path
 * {@code 产出指标 › 数量指标 › 岗位薪酬信息采集量}, a funding line {@code 项目资金 › 年度资金总额}, or a cell);
 * {@link #origin()} is the cell or JSON pointer it was printed at, such as {@code shanghai.xlsx!表1!G14}, when
 * known.
 *
 * <p>A producer may keep what a finding's messages are written from and write them each time they are asked
 * for ({@link #written}), so that auditing many forms does not pay for text nobody reads. Two findings are equal
 * when their code, severity, location, values and messages are: the origin, like the origins of a form's parts,
 * says where, not what, and takes no part in equality.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Finding {

    private final String code;
    private final Severity severity;
    private final String location;
    private final Origin origin;
    /** The value the form reports, null when none applies: a text, or a number written when read. */
    private final Object reported;
    /** The value the rules compute, null when none applies: a text, or a value written when read. */
    private final Object computed;
    /** Writes the message: {@code true} for Chinese, {@code false} for English. */
    private final Function<Boolean, String> message;

    /**
     * Creates a finding.
     *
     * @param code the stable code, such as {@code SCORE_MISMATCH}, not null
     * @param severity how serious it is, not null
     * @param location where it is, not null
     * @param reported the value the form reports, if one applies; not null
     * @param computed the value the rules compute, if one applies; not null
     * @param messageZh the message in Chinese, not null
     * @param messageEn the message in English, not null
     */
    public Finding(String code, Severity severity, String location, Optional<String> reported,
            Optional<String> computed, String messageZh, String messageEn) {
        this(code, severity, location, Optional.empty(), reported, computed, messageZh, messageEn);
    }

    /**
     * Creates a finding at a printed place.
     *
     * @param code the stable code, such as {@code SCORE_MISMATCH}, not null
     * @param severity how serious it is, not null
     * @param location where it is, in the form's terms, not null
     * @param origin the cell or JSON pointer, if known; not null
     * @param reported the value the form reports, if one applies; not null
     * @param computed the value the rules compute, if one applies; not null
     * @param messageZh the message in Chinese, not null
     * @param messageEn the message in English, not null
     */
    public Finding(String code, Severity severity, String location, Optional<Origin> origin,
            Optional<String> reported, Optional<String> computed, String messageZh, String messageEn) {
        this(code, severity, location, Objects.requireNonNull(origin, "origin").orElse(null),
                Objects.requireNonNull(reported, "reported").orElse(null),
                Objects.requireNonNull(computed, "computed").orElse(null), written(messageZh, messageEn));
    }

    private Finding(String code, Severity severity, String location, Origin origin, Object reported,
            Object computed, Function<Boolean, String> writer) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.location = Objects.requireNonNull(location, "location");
        this.origin = origin;
        this.reported = reported;
        this.computed = computed;
        this.message = Objects.requireNonNull(writer, "writer");
    }

    /**
     * A finding whose values and messages are written when read, for producers of many findings (the audit):
     * {@code writer} writes the messages ({@code true}: Chinese, {@code false}: English) and must always write
     * the same text; a {@link BigDecimal} value reads as its plain text, any other as its {@code toString()}.
     *
     * @param code the stable code, not null
     * @param severity how serious it is, not null
     * @param location where it is, in the form's terms, not null
     * @param origin the cell or JSON pointer, if known; not null
     * @param reported the value the form reports, or null when none applies
     * @param computed the value the rules compute, or null when none applies
     * @param writer writes the message in Chinese (true) or English (false), not null
     * @return never null
     */
    public static Finding written(String code, Severity severity, String location, Optional<Origin> origin,
            Object reported, Object computed, Function<Boolean, String> writer) {
        return new Finding(code, severity, location, Objects.requireNonNull(origin, "origin").orElse(null),
                reported, computed, writer);
    }

    private static Function<Boolean, String> written(String messageZh, String messageEn) {
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        return chinese -> chinese ? messageZh : messageEn;
    }

    /**
     * A finding without reported or computed values, such as a reader's note.
     *
     * @param code the stable code, not null
     * @param severity the severity, not null
     * @param location where it is, not null
     * @param messageZh the message in Chinese, not null
     * @param messageEn the message in English, not null
     * @return never null
     */
    public static Finding of(String code, Severity severity, String location, String messageZh, String messageEn) {
        return new Finding(code, severity, location, Optional.empty(), Optional.empty(), messageZh, messageEn);
    }

    /**
     * A finding at a printed place, without reported or computed values, such as a reader's note; its location
     * is the origin as quoted.
     *
     * @param code the stable code, not null
     * @param severity the severity, not null
     * @param origin the cell or JSON pointer, not null
     * @param messageZh the message in Chinese, not null
     * @param messageEn the message in English, not null
     * @return never null
     */
    public static Finding at(String code, Severity severity, Origin origin, String messageZh, String messageEn) {
        return new Finding(code, severity, origin.toString(), Optional.of(origin), Optional.empty(),
                Optional.empty(), messageZh, messageEn);
    }

    /**
     * This finding at a printed place.
     *
     * @param at the cell or JSON pointer, not null
     * @return never null
     */
    public Finding withOrigin(Origin at) {
        return new Finding(code, severity, location, Objects.requireNonNull(at, "at"), reported, computed, message);
    }

    /** The stable code, such as {@code SCORE_MISMATCH}. @return never null */
    public String code() {
        return code;
    }

    /** How serious it is. @return never null */
    public Severity severity() {
        return severity;
    }

    /** Where it is: an indicator path, a funding line, a cell or a JSON pointer. @return never null */
    public String location() {
        return location;
    }

    /** The cell or JSON pointer where it was printed, such as {@code shanghai.xlsx!表1!G14}, if known. @return never null */
    public Optional<Origin> origin() {
        return Optional.ofNullable(origin);
    }

    /** The value the form reports, if one applies. @return never null */
    public Optional<String> reported() {
        return Optional.ofNullable(text(reported));
    }

    /** The value the rules compute, if one applies. @return never null */
    public Optional<String> computed() {
        return Optional.ofNullable(text(computed));
    }

    /** A value as the form would write it: numbers in plain notation ({@code 11.25}, never {@code 1.125E+1}). */
    public static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
    }

    /** How many characters of a value a message echoes. */
    public static final int ECHO_LENGTH = 200;

    /**
     * A value as a message echoes it: on one line (line breaks as spaces) and cut to {@value #ECHO_LENGTH}
     * characters with {@code …}, never inside a surrogate pair, so a hostile cell cannot flood a log.
     *
     * @param value the value as printed, not null
     * @return never null
     */
    public static String echo(String value) {
        int end = value.length() <= ECHO_LENGTH ? value.length()
                : Character.isHighSurrogate(value.charAt(ECHO_LENGTH - 1)) ? ECHO_LENGTH - 1 : ECHO_LENGTH;
        StringBuilder sb = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            sb.append(c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return end < value.length() ? sb.append('…').toString() : sb.toString();
    }

    /** The message in Chinese. @return never null */
    public String messageZh() {
        return message.apply(Boolean.TRUE);
    }

    /** The message in English. @return never null */
    public String messageEn() {
        return message.apply(Boolean.FALSE);
    }

    /**
     * The message in a language.
     *
     * @param language the language, not null
     * @return never null
     */
    public String message(Language language) {
        return message.apply(Objects.requireNonNull(language, "language") == Language.CHINESE);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Finding)) {
            return false;
        }
        Finding other = (Finding) obj;
        return code.equals(other.code) && severity == other.severity && location.equals(other.location)
                && reported().equals(other.reported()) && computed().equals(other.computed())
                && messageZh().equals(other.messageZh()) && messageEn().equals(other.messageEn());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, location, reported(), computed(), messageZh(), messageEn());
    }

    /** The code, severity, location, values and the English message, for logs and test failures. */
    @Override
    public String toString() {
        return "Finding[code=" + code + ", severity=" + severity + ", location=" + location + ", origin=" + origin
                + ", reported="
                + reported() + ", computed=" + computed() + ", messageEn=" + messageEn() + "]";
    }
}
