// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files behind the paths given on the command line: a file is taken as it is, a folder is searched
 * recursively for form files — workbooks ({@code .xlsx}, {@code .xls}), JSON, Word documents ({@code .docx},
 * {@code .doc}) and PDFs — in name order (Office lock files {@code ~$…} and hidden files are skipped). Symbolic
 * links are followed, to files and to folders, and each file is taken once however many links lead to it; a link
 * that loops back to a folder above it and a link whose target is missing are each a {@link Problem}, as are a path
 * that does not exist, a folder with no form file, and a file given by name whose extension no format reads.
 */
final class Inputs {

    /** The extensions read, lower case. */
    static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "et", "json", "docx", "doc", "pdf");

    /** The extensions read, as a Chinese sentence lists them. */
    private static final String LISTED_ZH = ".xlsx、.xlsm、.xls、.et、.json、.docx、.doc 或 .pdf";

    /** The extensions read, as an English sentence lists them. */
    private static final String LISTED = ".xlsx, .xlsm, .xls, .et, .json, .docx, .doc or .pdf";

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
        Set<Object> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                int before = files.size();
                try {
                    walk(path, files, problems, seen);
                    if (files.size() == before) {
                        problems.add(Problem.of(path.toString(), "文件夹中没有 " + LISTED_ZH + " 文件",
                                "no " + LISTED + " file in the folder"));
                    }
                } catch (IOException e) {
                    problems.add(Problem.of(path.toString(), "无法列出文件夹：" + e.getMessage(),
                            "cannot list the folder: " + e.getMessage()));
                }
            } else if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                problems.add(dangling(path));
            } else if (!Files.exists(path)) {
                problems.add(Problem.of(path.toString(), "文件或文件夹不存在", "no such file or folder"));
            } else if (!EXTENSIONS.contains(extension(path))) {
                problems.add(Problem.of(path.toString(), "不是自评表文件：扩展名须为 " + LISTED_ZH,
                        "not a form file: the extension must be " + LISTED));
            } else if (seen.add(key(path))) {
                files.add(path);
            }
        }
        return new Found(files, problems);
    }

    /** Adds the form files under a folder, in name order, following links; loops and dangling links are problems. */
    private static void walk(Path folder, List<Path> files, List<Problem> problems, Set<Object> seen)
            throws IOException {
        List<Path> found = new ArrayList<>();
        List<Problem> met = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isSymbolicLink()) {
                            // a link that could not be followed: its target is missing
                            met.add(dangling(file));
                        } else if (attrs.isRegularFile() && isFormFile(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (e instanceof FileSystemLoopException) {
                            met.add(Problem.of(file.toString(), "符号链接形成循环，指向其上层文件夹，已跳过",
                                    "a symbolic link loops back to a folder above it; not followed"));
                        } else {
                            met.add(Problem.of(file.toString(), "无法读取：" + e.getMessage(),
                                    "cannot be read: " + e.getMessage()));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        found.sort(null);
        for (Path file : found) {
            if (seen.add(key(file))) {
                files.add(file);
            }
        }
        met.sort((a, b) -> a.file().compareTo(b.file()));
        problems.addAll(met);
    }

    /** What identifies a file whatever the path to it: its file key (device and inode), else its real path. */
    private static Object key(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static Problem dangling(Path link) {
        String target;
        try {
            target = Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            target = "?";
        }
        return Problem.of(link.toString(), "符号链接指向不存在的 " + target, "a symbolic link to " + target
                + ", which does not exist");
    }

    private static boolean isFormFile(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith("~$") && !name.startsWith(".") && EXTENSIONS.contains(extension(path));
    }

    /** The extension of a file name, lower case, without the dot; empty when it has none. */
    static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
