// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.audit;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.scoring.ScoreCard;
import java.util.List;
import java.util.Objects;

/**
 * The result of auditing one form (审核报告): the score card the audit compared with, and its findings in the
 * order of the form (funding, indicators in form order, totals).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param card the score card the form was compared with
 * @param findings the findings
 */
public record AuditReport(ScoreCard card, List<Finding> findings) {

    /**
     * Creates a report; the list is copied.
     *
     * @param card not null
     * @param findings not null
     */
    public AuditReport {
        Objects.requireNonNull(card, "card");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /**
     * How many findings have the given severity.
     *
     * @param severity not null
     * @return the count
     */
    public int count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        int n = 0;
        for (Finding finding : findings) {
            if (finding.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** Whether any finding is an {@link Severity#ERROR}. @return true if so */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * The findings with a code.
     *
     * @param code not null
     * @return never null
     */
    public List<Finding> findings(FindingCode code) {
        Objects.requireNonNull(code, "code");
        return findings.stream().filter(f -> f.code().equals(code.name())).toList();
    }
}
