package org.cadretraining.faults.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The suite's figures as Markdown, the tables docs/reliability.md records. */
public final class ReliabilityReport {
    private final List<FaultResult> results = new ArrayList<>();
    private final List<String> context = new ArrayList<>();

    public void add(FaultResult result) {
        results.add(result);
    }

    /** A line about the run: the machine, its load, the command. */
    public void context(String line) {
        context.add(line);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Fault suite figures\n\n");
        context.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n| fault | events sent | lost | applied twice | sent again (deduplicated) | 503 + Retry-After | refused connections "
                + "| other 5xx or timeouts | fault lasted | recovered in | result |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (FaultResult r : results) {
            md.append("| ").append(r.name()).append(" | ").append(r.eventsCommitted()).append(" | ").append(r.lost()).append(" | ")
                    .append(r.appliedTwice()).append(" | ").append(r.sentAgain()).append(" | ").append(r.unavailableWithRetryAfter())
                    .append(" | ").append(r.unreachable()).append(" | ").append(r.failures().size()).append(" | ")
                    .append(seconds(r.faultDuration())).append(" | ").append(r.recovery() == null ? "not converged" : seconds(r.recovery()))
                    .append(" | ").append(r.passed() ? "passed" : "**failed**").append(" |\n");
        }
        md.append('\n');
        for (FaultResult r : results) {
            md.append("## ").append(r.name()).append("\n\n").append(r.description()).append("\n\n");
            md.append("- calls answered meanwhile: ").append(r.calls()).append("; load operations done: ").append(r.operations()).append('\n');
            md.append("- figures compared at convergence: ").append(r.figuresCompared()).append('\n');
            for (Map.Entry<String, String> note : r.notes().entrySet()) {
                md.append("- ").append(note.getKey()).append(": ").append(note.getValue()).append('\n');
            }
            r.failures().stream().limit(20).forEach(call -> md.append("- failure: ").append(call).append('\n'));
            if (r.error() != null) {
                md.append("- error: ").append(r.error().replace("\n", "\n  ")).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
