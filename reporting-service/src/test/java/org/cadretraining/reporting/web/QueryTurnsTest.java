package org.cadretraining.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class QueryTurnsTest {
    private final QueryTurns turns = new QueryTurns(1);
    private final List<String> started = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstMayEnd = new CountDownLatch(1);

    private CompletableFuture<Void> request(String uri) {
        return CompletableFuture.runAsync(() -> {
            FilterChain work = (req, res) -> {
                started.add(uri);
                if (uri.endsWith("/first")) {
                    try {
                        firstMayEnd.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            try {
                turns.doFilter(new MockHttpServletRequest("GET", uri), new MockHttpServletResponse(), work);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aRequestWaitsForItsTurnButAPeersReadDoesNot() throws Exception {
        CompletableFuture<Void> first = request("/api/v1/units/first");
        await().atMost(Duration.ofSeconds(10)).until(() -> started.contains("/api/v1/units/first"));
        CompletableFuture<Void> second = request("/api/v1/units/second");
        await().atMost(Duration.ofSeconds(10)).until(() -> turns.waiting() == 1);
        CompletableFuture<Void> peer = request("/internal/v1/stores/unit-progress");
        peer.get(10, TimeUnit.SECONDS);
        assertThat(started).containsExactly("/api/v1/units/first", "/internal/v1/stores/unit-progress");
        assertThat(turns.waiting()).isEqualTo(1);

        firstMayEnd.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(started).endsWith("/api/v1/units/second");
    }
}
