package org.cadretraining.platform.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a fuzzer run sent, what came back, and what was wrong with it. */
public final class FuzzReport {
    private static final int SHOWN = 40;
    private final String service;
    private final long seed;
    private final int operations;
    private final Map<String, Map<Integer, Integer>> statusesByKind = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<String> gaps;
    private final List<String> writes = new ArrayList<>();
    private int probes;
    private Duration elapsed = Duration.ZERO;

    FuzzReport(String service, long seed, int operations, List<String> gaps) {
        this.service = service;
        this.seed = seed;
        this.operations = operations;
        this.gaps = List.copyOf(gaps);
    }

    void answered(FuzzCase c, int status) {
        statusesByKind.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    void failed(FuzzCase c, String why) {
        failures.add(why + ": " + c.describe());
    }

    void wrote(String what) {
        writes.add(what);
    }

    void compared(int figures, Duration elapsed) {
        this.probes = figures;
        this.elapsed = elapsed;
    }

    public long seed() {
        return seed;
    }

    public int requests() {
        return statusesByKind.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    /** Requests sent, by kind of bad input. */
    public Map<String, Integer> sentByKind() {
        Map<String, Integer> sent = new TreeMap<>();
        statusesByKind.forEach((kind, statuses) -> sent.put(kind, statuses.values().stream().mapToInt(Integer::intValue).sum()));
        return sent;
    }

    public Map<String, Map<Integer, Integer>> statusesByKind() {
        return statusesByKind;
    }

    public List<String> failures() {
        return failures;
    }

    /** Fields and parameters the description leaves unbounded: the fuzzer cannot send them a value too long. */
    public List<String> gaps() {
        return gaps;
    }

    public List<String> writes() {
        return writes;
    }

    /** Everything, every failure listed: what the run prints. */
    public String summary() {
        return summary(Integer.MAX_VALUE);
    }

    /** Everything, with the first {@code shown} failures. */
    public String summary(int shown) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("ApiFuzzer on %s: %d requests to %d operations in %.1f s, seed %d (-Dfuzz.seed=%d replays it)%n",
                service, requests(), operations, elapsed.toMillis() / 1000.0, seed, seed));
        out.append(String.format("  %-24s %6s  %s%n", "kind", "sent", "answers"));
        statusesByKind.forEach((kind, statuses) -> out.append(String.format("  %-24s %6d  %s%n", kind,
                statuses.values().stream().mapToInt(Integer::intValue).sum(),
                statuses.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" ")))));
        out.append("  writes: ").append(writes.isEmpty() ? "none (" + probes + " tables and topics compared)" : writes).append('\n');
        out.append("  unbounded in the description: ").append(gaps.isEmpty() ? "none" : gaps).append('\n');
        out.append("  failures: ").append(failures.size()).append('\n');
        failures.stream().limit(shown).forEach(f -> out.append("    ").append(f).append('\n'));
        if (failures.size() > shown) {
            out.append("    … and ").append(failures.size() - shown).append(" more (the test's output lists them all)\n");
        }
        return out.toString();
    }

    /** Fails with the summary unless every request got its 4xx problem, nothing was written and nothing is unbounded. */
    public void assertClean() {
        if (!failures.isEmpty() || !writes.isEmpty() || !gaps.isEmpty() || requests() == 0) {
            throw new AssertionError((requests() == 0 ? "The fuzzer sent nothing: the description lists no operation\n" : "")
                    + summary(SHOWN));
        }
    }
}
