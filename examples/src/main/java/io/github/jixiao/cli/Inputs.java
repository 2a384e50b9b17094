package io.github.jixiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files behind the paths given on the command line: a file is taken as it is, a folder is searched
 * recursively for {@code .xlsx}, {@code .xls} and {@code .json} files (in name order; Office lock files
 * {@code ~$…} and hidden files are skipped). A path that does not exist, a folder with no such file, or a file
 * given by name whose extension no format reads, is a {@link Problem}.
 */
final class Inputs {

    /** The extensions read, lower case. */
    static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "json");

    /**
     * The files found and the paths that were not usable.
     *
     * @param files the files, in the order given, folders expanded in name order
     * @param problems the unusable paths
     */
    record Found(List<Path> files, List<Problem> problems) {
        Found {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private Inputs() {
    }

    static Found find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    List<Path> found = walk(path);
                    if (found.isEmpty()) {
                        problems.add(Problem.of(path.toString(), "no .xlsx, .xls or .json file in the folder"));
                    }
                    files.addAll(found);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(Problem.of(path.toString(), "cannot list the folder: " + e.getMessage()));
                }
            } else if (!Files.exists(path)) {
                problems.add(Problem.of(path.toString(), "no such file or folder"));
            } else if (!EXTENSIONS.contains(extension(path))) {
                problems.add(Problem.of(path.toString(),
                        "not a form file: the extension must be .xlsx, .xls or .json"));
            } else {
                files.add(path);
            }
        }
        return new Found(files, problems);
    }

    private static List<Path> walk(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            return tree.filter(Inputs::isFormFile).sorted().toList();
        }
    }

    private static boolean isFormFile(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith("~$") && !name.startsWith(".") && EXTENSIONS.contains(extension(path))
                && Files.isRegularFile(path);
    }

    /** The extension of a file name, lower case, without the dot; empty when it has none. */
    static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
