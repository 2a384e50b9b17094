package io.github.jixiao.layout;

import io.github.jixiao.spi.FormReadException;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.util.List;
import java.util.Objects;

/**
 * Finds every 项目支出绩效自评表 in the grids of a document by its labels (版式识别), whatever format the grids
 * came from.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FormRecognizer {

    private FormRecognizer() {
    }

    /**
     * Reads the forms in a document's grids.
     *
     * @param grids the document's grids (sheets, tables, pages) in document order, not null
     * @param options how to read: tolerantly or strictly, the source name, the vocabulary; not null
     * @return one entry per form found, each with its own findings, never null
     * @throws FormReadException strictly, at the first surprise that is a warning or an error
     */
    public static ReadResult recognize(List<Grid> grids, ReadOptions options) throws FormReadException {
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(options, "options");
        throw new UnsupportedOperationException("the recogniser is being written");
    }
}
