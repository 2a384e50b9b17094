// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * A batch of 10,000 pages read one PDF after another, as {@code jixiao audit} reads a folder: run with
 * {@code -Xmx512m} to show that a batch stays within 512 MB (test scope; not run by the build):
 *
 * <pre>java -Xmx512m -XX:+UseSerialGC -cp io-pdf/target/test-classes:io-pdf/target/classes:$(cat cp.txt) io.github.jixiao.pdf.PageBatch</pre>
 *
 * <p>It prints the pages, tables and cells read, the time taken and the heap in use at the end.
 */
public final class PageBatch {

    private PageBatch() {
    }

    public static void main(String[] args) throws IOException {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<String> names = List.of("beijing.pdf", "shanghai.pdf", "shenzhen.pdf", "disclosure.pdf",
                "01_zhongjiang-shuibiaochi.pdf", "02_yongde-yingyanggaishan.pdf", "03_baoshan-chunjieweiwen.pdf",
                "04_putuo-tiyu-jiesuan.pdf", "05_tianchang-shuihanzaihai.pdf", "04-unruled.pdf");
        int[] pages = {2, 6, 5, 4, 1, 1, 1, 1, 2, 1};
        byte[][] files = new byte[names.size()][];
        for (int i = 0; i < files.length; i++) {
            files[i] = Documents.bytes(names.get(i));
        }
        long start = System.nanoTime();
        int read = 0;
        int documents = 0;
        long cells = 0;
        int grids = 0;
        for (int i = 0; read < target; i = (i + 1) % files.length) {
            var result = new PdfFormat().grids(new ByteArrayInputStream(files[i]), names.get(i));
            grids += result.size();
            cells += result.stream().mapToLong(g -> g.rows().stream().mapToLong(r -> r.cells().size()).sum()).sum();
            read += pages[i];
            documents++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%d pages in %d PDFs: %d tables, %d cells in %.1f s (%.0f pages/s); heap max %d MB, "
                + "in use %d MB%n", read, documents, grids, cells, seconds, read / seconds,
                runtime.maxMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
