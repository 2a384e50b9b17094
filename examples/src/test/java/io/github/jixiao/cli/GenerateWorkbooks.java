// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import io.github.jixiao.fixtures.SeedForms;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormFormat;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes many single-form workbooks for measuring {@code jixiao audit} (see benchmarks/results/cli.md): the 16
 * seed forms in turn, each under its own project name and one of 40 departments, 500 files per folder.
 *
 * <p>Run: {@code java -cp examples/target/test-classes:examples/target/jixiao.jar:core/target/jixiao-core-0.1.0-SNAPSHOT-tests.jar
 * io.github.jixiao.cli.GenerateWorkbooks /tmp/jixiao-10k 10000}
 */
public final class GenerateWorkbooks {

    private GenerateWorkbooks() {
    }

    /**
     * Writes the workbooks.
     *
     * @param args the folder, then the number of workbooks
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        FormFormat xlsx = FormFormat.forFileName("form.xlsx").orElseThrow();
        List<SelfEvaluation> seeds = SeedForms.all();
        for (int i = 0; i < count; i++) {
            SelfEvaluation seed = seeds.get(i % seeds.size());
            SelfEvaluation form = SelfEvaluation.builder().from(seed)
                    .project(Project.builder().from(seed.project())
                            .name(seed.project().name() + "（" + (i + 1) + "）")
                            .department("第" + (i % 40 + 1) + "部门")
                            .build())
                    .build();
            Path file = folder.resolve(String.format("%03d/form-%05d.xlsx", i / 500, i));
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                xlsx.write(List.of(form), out);
            }
        }
    }
}
