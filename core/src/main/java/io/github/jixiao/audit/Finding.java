package io.github.jixiao.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Something found while reading or auditing a form (发现的问题): a stable code, a severity, where it is,
 * the value the form reports and the value the rules compute (where they apply), and a message in Chinese
 * and in English.
 *
 * <p>Locations name the place in the form's own terms: an indicator path
 * ({@code 产出指标 › 数量指标 › 岗位薪酬信息采集量}), a funding line ({@code 项目资金 › 年度资金总额}), or
 * for read findings a cell ({@code Sheet1!C12}) or a JSON pointer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code, such as {@code SCORE_MISMATCH}
 * @param severity how serious it is
 * @param location where it is
 * @param reported the value the form reports, if one applies
 * @param computed the value the rules compute, if one applies
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
public record Finding(String code, Severity severity, String location, Optional<String> reported,
        Optional<String> computed, String messageZh, String messageEn) {

    /**
     * Creates a finding.
     *
     * @param code the stable code, not null
     * @param severity the severity, not null
     * @param location where it is, not null
     * @param reported the reported value, not null
     * @param computed the computed value, not null
     * @param messageZh the message in Chinese, not null
     * @param messageEn the message in English, not null
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
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
     * The message in the given language.
     *
     * @param chinese true for Chinese, false for English
     * @return never null
     */
    public String message(boolean chinese) {
        return chinese ? messageZh : messageEn;
    }
}
