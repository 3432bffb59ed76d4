package dev.modelops.render;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the independent rendering tasks of one writer (a page, a batch of cards) on up to a given number of
 * threads, and reports the first failure as the writer's own: an {@link IOException} stays one, a bug stays a
 * runtime exception. Each file's bytes depend only on its task, never on the thread that ran it.
 */
final class ParallelRendering {

    private ParallelRendering() {
    }

    static void run(List<Callable<Void>> tasks, int threads, String what) throws IOException {
        int poolSize = Math.min(threads, tasks.size());
        if (poolSize <= 1) {
            for (Callable<Void> task : tasks) {
                call(task);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, RenderThread::new);
        try {
            for (Future<Void> future : pool.invokeAll(tasks)) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while rendering the " + what);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void call(Callable<Void> task) throws IOException {
        try {
            task.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static IOException rethrow(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }

    /** A daemon thread, so that a stuck render can never keep Maven from exiting. */
    private static final class RenderThread extends Thread {
        private static final AtomicInteger NUMBER = new AtomicInteger();

        RenderThread(Runnable task) {
            super(task, "modelops-render-" + NUMBER.incrementAndGet());
            setDaemon(true);
        }
    }
}
