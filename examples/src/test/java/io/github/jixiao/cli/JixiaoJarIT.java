// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The built jar and the JShell script, run as a user runs them: as processes, from the repository root, after
 * {@code package} (maven-failsafe, phase {@code integration-test}).
 */
class JixiaoJarIT {

    static final Path JAR = Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar")).toAbsolutePath();
    static final Path ROOT = Path.of(System.getProperty("jixiao.examples", ".")).toAbsolutePath().getParent();
    static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    /** What a process printed and returned. */
    record Exit(int code, String out, String err) {
    }

    static Exit run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("jixiao-out", ".txt");
        Path err = Files.createTempFile("jixiao-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in time: " + command).isTrue();
            return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void theReadmeCommandScoresTheSixteenBundledSeedForms() throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar",
                JAR.toString(), "score"));
        for (String workbook : List.of("beijing", "shanghai", "shenzhen")) {
            command.add("examples/forms/" + workbook + ".xlsx");
        }

        Exit exit = run(command);

        assertThat(exit.code()).as(exit.err()).isZero();
        assertThat(exit.err()).isEmpty();
        assertThat(exit.out().lines().filter(l -> l.startsWith("总分"))).hasSize(16)
                .contains("总分  自评 95.38 优  计算 94.63 优", "总分  自评 98  计算 100.00 优")
                .contains("总分  自评 99.8  计算 88.62 良", "总分  自评 98.7  计算 98.70 优");
        assertThat(exit.out()).contains("评分规则 shenzhen（依据：表头有项目金额“900000元”）",
                "评分规则 shanghai（依据：主管部门“上海市住房和城乡建设管理委员会”）");
        assertThat(exit.out()).doesNotContain("\u001b[");
    }

    @Test
    void anOldExcelWorkbookIsReadWithNothingOnStandardError() throws Exception {
        // POI logs through log4j-api, which would complain on standard error that it has no provider
        Exit exit = run(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString(), "score",
                "examples/forms/beijing.xls"));

        assertThat(exit.code()).as(exit.err()).isZero();
        assertThat(exit.err()).isEmpty();
        assertThat(exit.out()).contains("总分  自评 98  计算 100.00 优");
    }

    @Test
    void wordDocumentsAndPdfsAreReadAndAuditedWithNothingOnStandardError() throws Exception {
        // PDFBox logs through commons-logging and POI through log4j-api: neither may complain on standard error
        Path audited = Files.createTempFile(ROOT.resolve("examples/target"), "audited", ".pdf");
        Exit score = run(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString(), "score",
                "io-word/src/test/resources/io/github/jixiao/word/beijing.docx",
                "io-word/src/test/resources/io/github/jixiao/word/beijing.doc",
                "io-pdf/src/test/resources/io/github/jixiao/pdf/beijing.pdf"));
        Exit audit = run(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString(), "convert",
                "--audit", "io-pdf/src/test/resources/io/github/jixiao/pdf/04_putuo-tiyu-jiesuan.pdf",
                audited.toString()));

        assertThat(score.code()).as(score.err()).isZero();
        assertThat(score.err()).isEmpty();
        assertThat(score.out().lines().filter(l -> l.startsWith("总分"))).hasSize(3)
                .containsOnly("总分  自评 98  计算 100.00 优");
        assertThat(audit.code()).as(audit.err()).isZero();
        assertThat(audit.err()).isEmpty();
        assertThat(WordAndPdfTest.marks(audited)).extracting(mark -> mark.text().strip())
                .containsExactlyInAnyOrder("86.19%", "上海市普陀区体育局");
    }

    @Test
    void theJarCarriesTheLicencesOfWhatItBundles() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            for (String licence : List.of("META-INF/LICENSE", "META-INF/THIRD-PARTY.txt", "META-INF/NOTICE",
                    "META-INF/LICENSE-pdfbox.txt", "META-INF/LICENSE-fontbox.txt", "META-INF/LICENSE-poi.txt",
                    "org/apache/pdfbox/resources/afm/MustRead.html")) {
                assertThat(jar.getEntry(licence)).as(licence).isNotNull();
            }
            String thirdParty = new String(jar.getInputStream(jar.getEntry("META-INF/THIRD-PARTY.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(thirdParty).contains("org.apache.pdfbox:pdfbox, pdfbox-io, fontbox", "poi-scratchpad",
                    "commons-logging:commons-logging");
            String pdfbox = new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE-pdfbox.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(pdfbox).contains("Adobe Font Metrics (AFM) for PDF Core 14 Fonts", "SIL OPEN FONT LICENSE");
            // a bundled class of each library listed
            for (String type : List.of("org/apache/pdfbox/Loader.class", "org/apache/pdfbox/io/RandomAccessRead.class",
                    "org/apache/fontbox/ttf/TrueTypeFont.class", "org/apache/poi/hwpf/HWPFDocument.class",
                    "org/apache/commons/logging/LogFactory.class")) {
                assertThat(jar.getEntry(type)).as(type).isNotNull();
            }
        }
    }

    @Test
    void theJacksonModuleInTheJarIsUsable() throws Exception {
        try (java.net.URLClassLoader jar = new java.net.URLClassLoader(new java.net.URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> mapperType = Class.forName("com.fasterxml.jackson.databind.ObjectMapper", true, jar);
            Object mapper = mapperType.getConstructor().newInstance();
            Thread thread = Thread.currentThread();
            ClassLoader context = thread.getContextClassLoader();
            thread.setContextClassLoader(jar);
            try {
                mapperType.getMethod("findAndRegisterModules").invoke(mapper);
            } finally {
                thread.setContextClassLoader(context);
            }
            java.util.Set<?> modules = (java.util.Set<?>) mapperType.getMethod("getRegisteredModuleIds").invoke(mapper);
            assertThat(modules.contains("jixiao")).as(modules.toString()).isTrue();
            Class<?> amount = Class.forName("io.github.jixiao.model.Amount", true, jar);
            Object read = mapperType.getMethod("readValue", String.class, Class.class).invoke(mapper,
                    "{\"amount\":\"303.50\",\"currency\":\"CNY\",\"unit\":\"万元\"}", amount);
            assertThat(read).hasToString("303.50万元");
        }
    }

    @Test
    void aBadArgumentExitsWithTwoAndTheUsage() throws Exception {
        Exit exit = run(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString(), "score", "--nope",
                "examples/forms/beijing.xlsx"));

        assertThat(exit.code()).isEqualTo(Jixiao.USAGE);
        assertThat(exit.err()).startsWith("无法识别的选项或参数：'--nope'\n").contains("用法： jixiao score");
        Exit english = run(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString(), "score",
                "--nope", "--lang", "en", "examples/forms/beijing.xlsx"));
        assertThat(english.err()).startsWith("Unknown option: '--nope'").contains("Usage: jixiao score");
    }

    @Test
    void theJShellScriptPrintsTheCardAndTheFindings() throws Exception {
        Exit exit = run(List.of(JAVA_HOME.resolve("bin/jshell").toString(), "-J-Duser.home=" + ROOT.resolve(
                "examples/target"), "--class-path", JAR.toString(), "examples/jshell/score.jsh"));

        assertThat(exit.code()).as(exit.err()).isZero();
        assertThat(exit.out()).startsWith("建设交通行业人才系列报告编制经费 (2023)\n")
                .contains("  产出指标 › 数量指标 › 岗位薪酬信息采集量  分值 15.00  自评 13.00  计算 11.25\n")
                .contains("执行率 0.9383  得分 9.38\n")
                .contains("总分 自评 95.38  计算 94.63 优\n")
                .contains("  ERROR SCORE_MISMATCH shanghai.xlsx!表1!G13 产出指标 › 数量指标 › 岗位薪酬信息采集量: 得分 13.00");
        List<String> severities = exit.out().lines().filter(l -> l.matches("  (ERROR|WARNING|INFO) .*"))
                .map(l -> l.trim().split(" ")[0]).toList();
        assertThat(severities).isNotEmpty().isSortedAccordingTo((a, b) -> Integer.compare(
                List.of("ERROR", "WARNING", "INFO").indexOf(a), List.of("ERROR", "WARNING", "INFO").indexOf(b)));
    }

    @Test
    void filesWrittenUnderUmask022AreReadableByAll() throws Exception {
        Path folder = Files.createTempDirectory(ROOT.resolve("examples/target"), "umask");
        String javaBin = JAVA_HOME.resolve("bin/java").toString();
        Exit exit = run(List.of("sh", "-c", "umask 022 && \"$0\" -jar \"$1\" audit --summary \"$2/s.xlsx\" "
                + "--report \"$2/r.html\" examples/forms/beijing.json && \"$0\" -jar \"$1\" export --out "
                + "\"$2/tables\" examples/forms/beijing.json", javaBin, JAR.toString(), folder.toString()));

        assertThat(exit.code()).as(exit.err()).isZero();
        for (Path file : List.of(folder.resolve("s.xlsx"), folder.resolve("r.html"),
                folder.resolve("tables/forms.csv"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as(file.toString()).isEqualTo("rw-r--r--");
        }
    }
}
