package org.cadretraining.reporting.query;

import java.util.function.Supplier;

/**
 * A reading of Kafka Streams' state (where a store stands, which instances hold it) shared by the requests that need
 * it at the same time. Such a reading takes locks the stream threads take too; fifty requests taking them at once
 * spent the two cores spinning on them. Here one reading is under way at a time, and every request that arrived while
 * one was under way takes the next one, which begins after it arrived: nobody gets a reading older than its request.
 */
final class SharedReading<T> {
    private final Supplier<T> read;
    /** Readings begun and ended, numbered from 1; the last one's outcome. Guarded by this. */
    private long begun;
    private long ended;
    private T value;
    private RuntimeException failure;

    SharedReading(Supplier<T> read) {
        this.read = read;
    }

    T get() {
        long needed;
        long mine;
        synchronized (this) {
            // The reading under way, if any, began before this request: only the next one will do.
            needed = begun + 1;
            while (true) {
                if (ended >= needed) {
                    if (failure != null) {
                        throw failure;
                    }
                    return value;
                }
                if (begun == ended) {
                    mine = ++begun;
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return read.get();
                }
            }
        }
        T read;
        try {
            read = this.read.get();
        } catch (RuntimeException e) {
            end(mine, null, e);
            throw e;
        }
        end(mine, read, null);
        return read;
    }

    private synchronized void end(long reading, T read, RuntimeException failed) {
        ended = reading;
        value = read;
        failure = failed;
        notifyAll();
    }
}
