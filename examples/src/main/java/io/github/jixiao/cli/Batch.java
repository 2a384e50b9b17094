// SPDX-License-Identifier: Apache-2.0
package io.github.jixiao.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one piece of work per input over a pool of threads and hands the results on in input order, as they
 * become ready. At most a few inputs per thread are in flight at once, so a batch of ten thousand files holds
 * only a handful of results in memory.
 */
final class Batch {

    private static final int IN_FLIGHT_PER_THREAD = 4;

    private Batch() {
    }

    /**
     * Applies {@code work} to every input and passes each result to {@code sink}, in input order, on the
     * calling thread.
     *
     * @param inputs the inputs
     * @param threads the number of worker threads; with one thread (or one input) all runs on the caller
     * @param work the work; it must not throw
     * @param sink receives the results in input order
     */
    static <I, R> void run(List<I> inputs, int threads, Function<I, R> work, Consumer<R> sink) {
        if (threads <= 1 || inputs.size() <= 1) {
            inputs.forEach(input -> sink.accept(work.apply(input)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "jixiao-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int next = 0;
            int window = threads * IN_FLIGHT_PER_THREAD;
            while (next < inputs.size() || !pending.isEmpty()) {
                while (next < inputs.size() && pending.size() < window) {
                    I input = inputs.get(next++);
                    pending.add(pool.submit(() -> work.apply(input)));
                }
                sink.accept(await(pending.remove()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        }
    }
}
