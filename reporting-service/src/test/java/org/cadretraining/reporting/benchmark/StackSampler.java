package org.cadretraining.reporting.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A poor man's profiler: samples the stacks of the threads whose name contains a given text and counts, per
 * {@code class.method}, the share of samples it was on the stack (inclusive) and on top of it (self). Safepoint-biased,
 * as any {@link Thread#getStackTrace()} sampler is, but enough to say where a stream thread spends its time.
 */
final class StackSampler implements AutoCloseable {
    private final String nameContains;
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private int samples;
    private final Map<Long, Long> cpuNanosByThread = new HashMap<>();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    StackSampler(String nameContains, long intervalMillis) {
        this.nameContains = nameContains;
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!thread.getName().contains(nameContains) || !thread.getName().matches(".*StreamThread-\\d+")) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(thread.getId());
            if (cpu > 0) {
                synchronized (this) {
                    cpuNanosByThread.put(thread.getId(), cpu);
                }
            }
            StackTraceElement[] stack = thread.getStackTrace();
            if (stack.length == 0) {
                continue;
            }
            synchronized (this) {
                samples++;
                self.merge(frame(stack[0]), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (StackTraceElement element : stack) {
                    String frame = frame(element);
                    if (seen.add(frame)) {
                        inclusive.merge(frame, 1, Integer::sum);
                    }
                }
            }
        }
    }

    private static String frame(StackTraceElement element) {
        String cls = element.getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + element.getMethodName();
    }

    /** CPU time the sampled stream threads used since they started (as last seen). */
    synchronized double cpuSeconds() {
        return cpuNanosByThread.values().stream().mapToLong(Long::longValue).sum() / 1e9;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    /** The top frames by inclusive share, as markdown list lines; frames on every sample (the run loop) left out. */
    synchronized List<String> summary(int top) {
        List<String> lines = new ArrayList<>();
        if (samples == 0) {
            return lines;
        }
        inclusive.entrySet().stream()
                .filter(e -> e.getValue() < samples * 0.98)
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(top)
                .forEach(e -> lines.add(String.format("%5.1f %% (self %4.1f %%)  %s", 100.0 * e.getValue() / samples,
                        100.0 * self.getOrDefault(e.getKey(), 0) / samples, e.getKey())));
        lines.add(0, samples + " samples of the " + nameContains + " stream thread; share of samples with the frame on the stack:");
        return lines;
    }

    synchronized List<String> topSelf(int top) {
        List<String> lines = new ArrayList<>();
        self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(e -> lines.add(String.format("%5.1f %%  %s", 100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
        return lines;
    }
}
