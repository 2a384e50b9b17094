// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchTest {

    @Test
    void resultsComeInInputOrderWhateverOrderTheWorkersFinishIn() {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> results = new ArrayList<>();

        Batch.run(inputs, 3, i -> {
            threads.add(Thread.currentThread().getName());
            sleep((i * 7) % 5);
            return i * 2;
        }, results::add);

        assertThat(results).containsExactlyElementsOf(inputs.stream().map(i -> i * 2).toList());
        assertThat(threads).allMatch(name -> name.equals("jixiao-worker"));
    }

    @Test
    void oneThreadRunsOnTheCaller() {
        List<String> threads = new ArrayList<>();

        Batch.run(List.of(1, 2), 1, i -> threads.add(Thread.currentThread().getName()), r -> { });

        assertThat(threads).containsOnly(Thread.currentThread().getName());
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
