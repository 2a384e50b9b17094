// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.layout;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.model.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader's findings about one form, each at its cell. Read strictly, the first warning or error stops the
 * reading ({@link Refusal}); read tolerantly, everything is noted and reading goes on.
 */
final class Notes {

    private final boolean strict;
    private final List<Finding> findings = new ArrayList<>();

    Notes(boolean strict) {
        this.strict = strict;
    }

    /** Notes a surprise at a cell. */
    void add(String code, Severity severity, Origin at, String zh, String en) {
        add(Finding.at(code, severity, at, zh, en));
    }

    void add(Finding finding) {
        if (strict && finding.severity() != Severity.INFO) {
            throw new Refusal(finding);
        }
        findings.add(finding);
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** A strict reading refused at a finding. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Finding finding;

        Refusal(Finding finding) {
            super(finding.messageEn(), null, false, false);
            this.finding = finding;
        }

        Finding finding() {
            return finding;
        }
    }
}
