// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.model.Amount;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.scoring.ScoreCard;
import io.github.jixiao.scoring.Scorer;
import io.github.jixiao.scoring.ScoringPolicy;
import io.github.jixiao.spi.FormFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a JSON form found through the FormFormat service, scores it, and reads an amount through JixiaoModule. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        FormFormat json = FormFormat.forFileName("forms.json").orElseThrow();
        SelfEvaluation form;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            form = json.read(in).forms().get(0);
        }
        ScoreCard card = Scorer.score(form, ScoringPolicy.national());
        Amount amount = new ObjectMapper().findAndRegisterModules()
                .readValue("{\"amount\":\"303.50\",\"currency\":\"CNY\",\"unit\":\"万元\"}", Amount.class);
        System.out.println(String.join(" ", Main.class.getModule().getName(), FormFormat.class.getModule().getName(),
                json.getClass().getModule().getName(), card.total().toPlainString(), card.grade().label(),
                amount.money().toString()));
    }
}
