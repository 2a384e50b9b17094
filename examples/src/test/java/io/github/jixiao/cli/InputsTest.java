// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    @Test
    void foldersAreSearchedRecursivelyInNameOrderForFormFilesOnly() throws IOException {
        Path b = touch("2023/b.XLSX");
        Path a = touch("2023/a.json");
        Path c = touch("2022/deep/c.xls");
        Path d = touch("2023/d.docx");
        Path e = touch("2023/e.DOC");
        Path f = touch("2023/f.pdf");
        Path g = touch("2023/g.xlsm");
        Path h = touch("2023/h.et");
        touch("2023/notes.txt");
        touch("2023/~$d.docx");
        touch("2023/~$b.xlsx");
        touch("2023/.hidden.json");

        Inputs.Found found = Inputs.find(List.of(dir));

        assertThat(found.files()).containsExactly(c, a, b, d, e, f, g, h);
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void filesGivenByNameKeepTheirOrder() throws IOException {
        Path second = touch("z.json");
        Path first = touch("a.xlsx");

        assertThat(Inputs.find(List.of(second, first)).files()).containsExactly(second, first);
    }

    @Test
    void aMissingPathOrAFileOfAnotherKindIsAProblemAndTheRestStillCount() throws IOException {
        Path good = touch("good.xlsx");
        Path text = touch("readme.txt");
        Path missing = dir.resolve("missing.xlsx");

        Inputs.Found found = Inputs.find(List.of(missing, good, text));

        assertThat(found.files()).containsExactly(good);
        assertThat(found.problems()).extracting(Problem::line).containsExactly(
                missing + ": no such file or folder",
                text + ": not a form file: the extension must be .xlsx, .xlsm, .xls, .et, .json, .docx, .doc or .pdf");
    }

    @Test
    void aFolderWithoutFormFilesIsAProblem() throws IOException {
        touch("empty/notes.txt");

        Inputs.Found found = Inputs.find(List.of(dir.resolve("empty")));

        assertThat(found.files()).isEmpty();
        assertThat(found.problems()).extracting(Problem::line)
                .containsExactly(dir.resolve("empty") + ": no .xlsx, .xlsm, .xls, .et, .json, .docx, .doc or .pdf file in the "
                        + "folder");
    }

    @Test
    void extensionsAreLowerCaseWithoutTheDot() {
        assertThat(Inputs.extension(Path.of("a/B.XLSX"))).isEqualTo("xlsx");
        assertThat(Inputs.extension(Path.of("noextension"))).isEmpty();
    }

    private Path touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "");
    }
}
