package org.cadretraining.faults.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every answer the suite got from a service, in order: the load's and the faults' own calls alike. A 5xx is a failure,
 * except a 503 that says when to come back (Retry-After); so is a call that got no answer in time. A refused or reset
 * connection is not a failure: it is what a client of a killed process sees, and it is counted on its own.
 */
public final class ResponseLog {
    /** No status: the connection was refused or cut (the process is down). */
    public static final int UNREACHABLE = -1;
    /** No answer within the client's timeout. */
    public static final int TIMED_OUT = -2;

    public record Call(Instant at, String service, String operation, int status, boolean retryAfter, long millis, String detail) {
        public boolean failure() {
            return status == TIMED_OUT || status >= 500 && !(status == 503 && retryAfter);
        }

        public boolean unavailableWithRetryAfter() {
            return status == 503 && retryAfter;
        }

        public boolean success() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return at + " " + service + " " + operation + " -> " + (status == UNREACHABLE ? "unreachable" : status == TIMED_OUT
                    ? "timed out" : String.valueOf(status)) + (retryAfter ? " (Retry-After)" : "") + " in " + millis + " ms"
                    + (detail == null || detail.isBlank() ? "" : ": " + abbreviate(detail));
        }

        static String abbreviate(String text) {
            String flat = text.replaceAll("\\s+", " ");
            return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
        }
    }

    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

    public void add(Call call) {
        calls.add(call);
    }

    public List<Call> between(Instant from, Instant to) {
        return calls.stream().filter(c -> !c.at().isBefore(from) && !c.at().isAfter(to)).toList();
    }

    public static List<Call> matching(List<Call> calls, Predicate<Call> which) {
        return calls.stream().filter(which).toList();
    }

    /** Every call, one a line, to a file beside the report. */
    public void write(java.nio.file.Path file) {
        try {
            java.nio.file.Files.write(file, calls.stream().map(Call::toString).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Per operation, the answers that were not 2xx: status, count and one example. */
    public static String refusals(List<Call> calls) {
        Map<String, List<Call>> byKind = calls.stream().filter(c -> !c.success())
                .collect(Collectors.groupingBy(c -> c.service() + " " + c.operation() + " → " + (c.status() == UNREACHABLE
                        ? "unreachable" : c.status() == TIMED_OUT ? "timed out" : String.valueOf(c.status())), TreeMap::new,
                        Collectors.toList()));
        return byKind.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue().size() + " (e.g. "
                + Call.abbreviate(String.valueOf(e.getValue().get(0).detail())) + ")").collect(Collectors.joining("\n"));
    }

    /** "201 ×40, 503 ×3, unreachable ×5": how the calls ended, by status. */
    public static String summary(List<Call> calls) {
        Map<String, Long> byStatus = calls.stream().collect(Collectors.groupingBy(c -> c.status() == UNREACHABLE ? "unreachable"
                : c.status() == TIMED_OUT ? "timed out" : String.valueOf(c.status()), TreeMap::new, Collectors.counting()));
        return byStatus.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }
}
