// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.examples;

import io.github.jixiao.audit.Audit;
import io.github.jixiao.finding.Finding;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Example: read a workbook and score it (读表并评分). The format is found by the file's extension among the
 * formats on the class path (io-xlsx reads {@code .xlsx} and {@code .xls}, io-json {@code .json}); each form is
 * scored under a policy and audited.
 *
 * <p>Run: {@code java -cp examples/target/jixiao.jar io.github.jixiao.examples.ScoreWorkbook examples/forms/beijing.xlsx}
 */
public final class ScoreWorkbook {

    private ScoreWorkbook() {
    }

    /**
     * Reads every form in a file and scores it.
     *
     * @param file a {@code .xlsx}, {@code .xls} or {@code .json} file, not null
     * @param policy the scoring rules, not null
     * @return one score card per form, in the order of the file
     * @throws IOException if the file cannot be read, or is not a form ({@code FormReadException})
     */
    public static List<ScoreCard> score(Path file, ScoringPolicy policy) throws IOException {
        FormFormat format = FormFormat.forFileName(file.getFileName().toString())
                .orElseThrow(() -> new IllegalArgumentException("No format reads " + file));
        ReadResult read;
        try (InputStream in = Files.newInputStream(file)) {
            read = format.read(in);
        }
        return read.forms().stream().map(form -> Scorer.score(form, policy)).toList();
    }

    /**
     * Prints each form's reported and computed totals and its findings.
     *
     * @param args the file to read
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        for (ScoreCard card : score(Path.of(args[0]), ScoringPolicy.national())) {
            System.out.println(card.form().project().name() + ": reported "
                    + card.form().reportedTotal().map(Object::toString).orElse("—") + ", computed " + card.total()
                    + " " + card.grade().label());
            for (Finding finding : Audit.check(card).findings()) {
                System.out.println("  " + finding.severity() + " " + finding.location() + ": " + finding.messageEn());
            }
        }
    }
}
