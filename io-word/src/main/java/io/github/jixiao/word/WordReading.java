// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.word;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import io.github.jixiao.layout.FormRecognizer;
import io.github.jixiao.layout.Grid;
import io.github.jixiao.model.Origin;
import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * One read of a Word document, whatever its extension says: the stream is copied up to the file size limit, its
 * first bytes decide the format (zip: .docx; OLE2: .doc, or an encrypted .docx), the body is read into blocks, the
 * blocks into grids, and the recogniser reads the forms.
 */
final class WordReading {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    private WordReading() {
    }

    /** The grids of a document and what was noticed about the document as a whole. */
    record Read(List<Grid> grids, List<Finding> findings) {
    }

    /**
     * Reads the forms in a stream.
     *
     * @param expected the format the caller asked for, {@code docx} or {@code doc}
     */
    static ReadResult read(InputStream in, ReadOptions options, WordLimits limits, String expected)
            throws IOException {
        Objects.requireNonNull(options, "options");
        Read read = grids(in, options.sourceName(), limits, expected);
        ReadResult result = FormRecognizer.recognize(read.grids(), options);
        if (read.findings().isEmpty()) {
            return result;
        }
        List<Finding> findings = new ArrayList<>(read.findings());
        findings.addAll(result.findings());
        return new ReadResult(result.entries(), findings);
    }

    /**
     * The grids of a document.
     *
     * @throws FormReadException if the document cannot be read or breaks a limit
     */
    static Read grids(InputStream in, String source, WordLimits limits, String expected) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        long max = Math.min(limits.maxFileBytes(), Integer.MAX_VALUE - 9L);
        byte[] bytes = in.readNBytes((int) max + 1);
        if (bytes.length > max) {
            throw new FormReadException(source, "", "the file is larger than the limit of " + limits.maxFileBytes()
                    + " bytes (WordLimits.maxFileBytes)");
        }
        List<Finding> findings = new ArrayList<>();
        List<Block> blocks;
        if (startsWith(bytes, ZIP)) {
            if (expected.equals("doc")) {
                findings.add(note(source, "READ_DOCX_AS_DOC", "文件扩展名为 .doc，内容是 .docx，按 .docx 读取",
                        "the file is named .doc but holds a .docx package; it is read as .docx"));
            }
            blocks = DocxBody.read(bytes, source, limits);
        } else if (startsWith(bytes, OLE2)) {
            DirectoryNode root = ole2(bytes, source).getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                throw new FormReadException(source, "", "encrypted document: the file is a password-protected "
                        + ".docx; save it without a password");
            }
            if (!root.hasEntry("WordDocument")) {
                throw new FormReadException(source, "", "the file is an OLE2 document but not a Word document");
            }
            if (expected.equals("docx")) {
                findings.add(note(source, "READ_DOC_AS_DOCX", "文件扩展名为 .docx，内容是 .doc，按 .doc 读取",
                        "the file is named .docx but holds a Word 97-2003 (.doc) document; it is read as .doc"));
            }
            blocks = DocBody.read(root, source, limits);
        } else {
            throw new FormReadException(source, "", refusal(bytes));
        }
        return new Read(WordGrids.grids(source, numbered(blocks)), List.copyOf(findings));
    }

    /** Why a file that is neither zip nor OLE2 is not read. */
    private static String refusal(byte[] bytes) {
        if (bytes.length == 0) {
            return "the file is empty";
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).trim()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("{\\rtf")) {
            return "an RTF document, not a Word document: save it as .docx";
        }
        if (start.startsWith("<") || start.startsWith("mime-version")) {
            return "a web page (HTML or MHT) saved with a Word extension, not a Word document: save it as .docx";
        }
        return "not a Word document: the file starts with neither the zip signature of .docx nor the OLE2 signature "
                + "of .doc";
    }

    /** The blocks with paragraphs and tables numbered from 1 in document order. */
    private static List<Block> numbered(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int paragraphs = 0;
        int tables = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph paragraph) {
                out.add(new Block.Paragraph(++paragraphs, paragraph.text()));
            } else {
                out.add(new Block.Table(++tables, ((Block.Table) block).rows()));
            }
        }
        return out;
    }

    private static Finding note(String source, String code, String zh, String en) {
        return Finding.at(code, Severity.INFO, new Origin(source, "", ""), zh, en);
    }

    private static POIFSFileSystem ole2(byte[] bytes, String source) throws FormReadException {
        try {
            return new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new FormReadException(source, "", "the OLE2 (.doc) file is truncated or corrupt: " + e.getMessage(),
                    e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
