package io.github.jixiao.cli;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.audit.AuditReport;
import io.github.jixiao.audit.Finding;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a file, scores every form in it under one policy and audits it: the main job, for one file. Never
 * throws for a bad file: a file that cannot be read becomes an {@link Outcome} with its {@link Problem}, so
 * that a batch goes on with the other files. Thread-safe.
 */
final class Evaluator {

    private final ScoringPolicy policy;

    Evaluator(ScoringPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    Outcome evaluate(Path file) {
        String name = file.toString();
        try {
            ReadResult result = Formats.read(file);
            if (result.entries().isEmpty()) {
                String why = result.findings().isEmpty() ? ""
                        : " (" + result.findings().get(0).location() + ": " + result.findings().get(0).messageEn() + ")";
                return Outcome.failed(Problem.of(name, "no 项目支出绩效自评表 found in the file" + why));
            }
            List<Evaluated> forms = new ArrayList<>();
            for (ReadResult.Entry entry : result.entries()) {
                forms.add(evaluate(source(file, entry.location()), entry, readerFindings(entry, result)));
            }
            return Outcome.read(name, forms);
        } catch (IOException | RuntimeException e) {
            return Outcome.failed(Problem.from(name, e));
        }
    }

    private Evaluated evaluate(String source, ReadResult.Entry entry, List<Finding> readerFindings) {
        ScoreCard card = Scorer.score(entry.form(), policy);
        List<Finding> findings = new ArrayList<>(readerFindings);
        findings.addAll(Audit.check(card).findings());
        return new Evaluated(source, new AuditReport(card, findings));
    }

    /** The form's source: the file as given, then the place in it ({@code forms/a.xlsx!Sheet1!A1}). */
    static String source(Path file, String location) {
        String fileName = file.getFileName().toString();
        if (location.startsWith(fileName)) {
            return file + location.substring(fileName.length());
        }
        return location.isEmpty() ? file.toString() : file + "!" + location;
    }

    /**
     * The reader's findings that belong to an entry: all of them for a document of one form; for a document of
     * several, those whose location starts with the entry's sheet, and the unplaced ones with the first form.
     */
    private static List<Finding> readerFindings(ReadResult.Entry entry, ReadResult result) {
        List<ReadResult.Entry> entries = result.entries();
        if (entries.size() == 1) {
            return result.findings();
        }
        List<Finding> mine = new ArrayList<>();
        for (Finding finding : result.findings()) {
            Optional<ReadResult.Entry> owner = entries.stream()
                    .filter(e -> !sheet(e).isEmpty() && finding.location().startsWith(sheet(e))).findFirst();
            if (owner.orElse(entries.get(0)) == entry) {
                mine.add(finding);
            }
        }
        return mine;
    }

    /** The sheet part of an entry's location {@code file.xlsx!Sheet1!A1}: {@code Sheet1!}; empty when none. */
    private static String sheet(ReadResult.Entry entry) {
        String[] parts = entry.location().split("!");
        return parts.length >= 3 ? parts[parts.length - 2] + "!" : "";
    }
}
