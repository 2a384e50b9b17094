package io.github.jixiao.cli;

import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.model.Origin;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.PolicyChoice;
import io.github.jixiao.scoring.ScoreCard;
import java.util.List;
import java.util.Objects;

/**
 * One form read from a file, scored and audited.
 *
 * @param origin where the form is: the file as given, the sheet and the cell where the form starts (or a JSON pointer)
 * @param report the score card and the findings of the reader, of the policy choice and of the audit, in that order
 * @param policy the policy the form was scored under, and why
 */
record Evaluated(Origin origin, AuditReport report, PolicyChoice policy) {

    Evaluated {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(policy, "policy");
    }

    /** Where the form is, as quoted: {@code forms/shanghai.xlsx!Sheet1!A1}, {@code forms/a.json#/0}. */
    String source() {
        return origin.toString();
    }

    SelfEvaluation form() {
        return report.card().form();
    }

    ScoreCard card() {
        return report.card();
    }

    List<Finding> findings() {
        return report.findings();
    }
}
