package org.cadretraining.reporting.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a few requests work at a time (by default four per core) and the others wait their turn, first come first
 * served, before anything is done for them, the token check included. Fifty requests working at once on two cores
 * answered no sooner on average, and much later at the tail: each waited behind all the others for every slice of the
 * cores, and on the locks of Kafka Streams' stores they all read.
 * <p>
 * Another reporting instance reading this one's stores ({@code /internal/}) never waits for a turn: the requests it
 * serves may hold every turn here while waiting for it, and the two instances would wait on each other for good.
 */
@Component
class QueryTurns extends OncePerRequestFilter implements Ordered {
    static final String PEER_READS = "/internal/";
    private final Semaphore turns;

    QueryTurns(@Value("${reporting.concurrent-requests:0}") int concurrentRequests) {
        int turns = concurrentRequests > 0 ? concurrentRequests : 4 * Runtime.getRuntime().availableProcessors();
        this.turns = new Semaphore(turns, true);
    }

    /** How many requests wait for a turn now. */
    int waiting() {
        return turns.getQueueLength();
    }

    /** Before the security filters: the token check is work too. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + PEER_READS);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("Interrupted while waiting for a turn", e);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
