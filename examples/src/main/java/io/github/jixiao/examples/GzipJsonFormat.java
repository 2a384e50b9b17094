// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.examples;

import io.github.jixiao.model.SelfEvaluation;
import io.github.jixiao.spi.FormFormat;
import io.github.jixiao.spi.ReadOptions;
import io.github.jixiao.spi.ReadResult;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Example: plug a new {@link FormFormat} (新的表格格式): gzip-compressed JSON ({@code forms.json.gz}), as archives
 * keep years of forms. It reuses the {@code json} format for the content, found through the SPI like any other.
 *
 * <p>To make {@code FormFormat.available()} and {@code forFileName} find it, a jar lists the class in
 * {@code META-INF/services/io.github.jixiao.spi.FormFormat} (and, on the module path, declares
 * {@code provides io.github.jixiao.spi.FormFormat with …}). This example is not registered, so the
 * {@code jixiao} command line is unchanged; use it directly: {@code new GzipJsonFormat().read(in)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GzipJsonFormat implements FormFormat {

    private final FormFormat json = FormFormat.available().stream().filter(f -> f.name().equals("json"))
            .findFirst().orElseThrow(() -> new IllegalStateException("io-json is not on the class path"));

    @Override
    public String name() {
        return "json.gz";
    }

    @Override
    public String mediaType() {
        return "application/gzip";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("gz");
    }

    @Override
    public ReadResult read(InputStream in, ReadOptions options) throws IOException {
        // closing the gzip stream frees its inflater; the caller's stream stays open, as the SPI says
        try (InputStream gzip = new GZIPInputStream(new FilterInputStream(in) {
            @Override
            public void close() {
            }
        })) {
            return json.read(gzip, options);
        }
    }

    @Override
    public void write(List<SelfEvaluation> forms, OutputStream out) throws IOException {
        try (OutputStream gzip = new GZIPOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            json.write(forms, gzip);
        }
    }
}
