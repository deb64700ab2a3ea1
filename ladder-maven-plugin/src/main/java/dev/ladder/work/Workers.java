package dev.ladder.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A bounded pool of threads for one build. Work is handed out as lists and the results come back
 * in list order, so what a build produces never depends on which thread finished first.
 */
public final class Workers implements AutoCloseable {

    private final int threads;
    private final ExecutorService executor;

    /** @param threads how many threads to use; 0 means one per processor */
    public Workers(int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.executor = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads, daemonThreads());
    }

    public int threads() {
        return threads;
    }

    /**
     * Applies {@code task} to every item, spread over the pool, and returns the results in the order
     * of the items. Items are taken in order by whichever thread is free, so at most one item per
     * thread is in progress at any time.
     */
    public <I, O> List<O> map(List<I> items, Function<? super I, ? extends O> task) {
        if (executor == null || items.size() < 2) {
            List<O> results = new ArrayList<>(items.size());
            for (I item : items) {
                results.add(task.apply(item));
            }
            return results;
        }
        @SuppressWarnings("unchecked")
        O[] results = (O[]) new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, items.size()); t++) {
            running.add(executor.submit(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                        results[i] = task.apply(items.get(i));
                    }
                } catch (RuntimeException | Error e) {
                    next.set(results.length);
                    throw e;
                }
            }));
        }
        for (Future<?> future : running) {
            await(future);
        }
        return java.util.Arrays.asList(results);
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "ladder-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
