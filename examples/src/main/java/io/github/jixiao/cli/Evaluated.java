package io.github.jixiao.cli;

import io.github.jixiao.audit.Finding;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ScoreCard;
import java.util.List;
import java.util.Objects;

/**
 * One form read from a file, scored and audited.
 *
 * @param source where the form is, such as {@code shanghai.xlsx!Sheet1!A1}
 * @param form the form as read
 * @param card what the rules compute
 * @param findings what the reader and the audit found, reader's first
 */
record Evaluated(String source, SelfEvaluation form, ScoreCard card, List<Finding> findings) {

    Evaluated {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(card, "card");
        findings = List.copyOf(findings);
    }
}
