package org.cadretraining.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SharedReadingTest {
    private final AtomicInteger readings = new AtomicInteger();

    @Test
    void eachRequestAloneGetsAReadingOfItsOwn() {
        SharedReading<Integer> shared = new SharedReading<>(readings::incrementAndGet);
        assertThat(shared.get()).isEqualTo(1);
        assertThat(shared.get()).isEqualTo(2);
    }

    @Test
    void requestsArrivingDuringAReadingShareTheNextOneNeverTheOlder() throws Exception {
        CountDownLatch firstMayEnd = new CountDownLatch(1);
        SharedReading<Integer> shared = new SharedReading<>(() -> {
            int n = readings.incrementAndGet();
            if (n == 1) {
                awaitQuietly(firstMayEnd);
            }
            return n;
        });
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(shared::get);
        await().atMost(Duration.ofSeconds(10)).until(() -> readings.get() == 1);
        Thread[] later = new Thread[3];
        int[] seen = new int[later.length];
        for (int i = 0; i < later.length; i++) {
            int slot = i;
            later[i] = new Thread(() -> seen[slot] = shared.get());
            later[i].start();
        }
        for (Thread t : later) {
            await().atMost(Duration.ofSeconds(10)).until(() -> t.getState() == Thread.State.WAITING);
        }
        firstMayEnd.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        for (Thread t : later) {
            t.join(10_000);
        }
        assertThat(seen).containsOnly(2);
        assertThat(readings).hasValue(2);
    }

    @Test
    void aFailedReadingFailsItsRequestAndTheNextOneReadsAgain() {
        SharedReading<Integer> shared = new SharedReading<>(() -> {
            if (readings.incrementAndGet() == 1) {
                throw new IllegalStateException("rebalancing");
            }
            return readings.get();
        });
        assertThatThrownBy(shared::get).hasMessage("rebalancing");
        assertThat(shared.get()).isEqualTo(2);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
