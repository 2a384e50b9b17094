// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes an output file whole or not at all: into a temporary file beside it, moved into place when complete,
 * so that a failure never leaves half a workbook under the name asked for. The temporary file is created as any
 * new file of the process is, so the output gets the permissions the umask gives (0644 under umask 022), not the
 * owner-only 0600 of {@link Files#createTempFile}.
 */
final class Outputs {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes the content of a file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private Outputs() {
    }

    /**
     * Writes a file.
     *
     * @throws IOException naming the file and the reason, in the language given, when it cannot be written
     */
    static void write(Path file, Content content, Lang lang) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = create(absolute);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            throw new IOException(lang.pick("无法写入 " + file + "：文件夹不存在", "cannot write " + file
                    + ": no such folder"), e);
        } catch (AccessDeniedException e) {
            throw new IOException(lang.pick("无法写入 " + file + "：没有权限", "cannot write " + file
                    + ": permission denied"), e);
        } catch (IOException e) {
            throw new IOException(lang.pick("无法写入 " + file + "：", "cannot write " + file + ": ") + e, e);
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** A new empty file beside {@code target}, {@code .name.1a2b3c4d.part}, with the process's default permissions. */
    private static Path create(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temporary = target.resolveSibling("." + target.getFileName() + "."
                    + Integer.toHexString(RANDOM.nextInt()) + ".part");
            try {
                Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }
}
