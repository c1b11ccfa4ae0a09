package org.cadretraining.faults.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;

/**
 * The OS processes the suite runs, each on its own: started from a command line with its environment, its output in a
 * log file per start under the logs directory, and killed (kill -9: the process and its children), stopped (SIGTERM),
 * paused (SIGSTOP) and resumed (SIGCONT) by pid. Whatever is still running when the suite's JVM exits is killed.
 */
public final class Processes implements AutoCloseable {
    private final Path logs;
    private final List<Managed> all = new CopyOnWriteArrayList<>();

    public Processes(Path logs) {
        this.logs = logs;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "fault-suite-processes"));
    }

    /** A process not yet started; {@code ready} says when a start has come up. */
    public Managed define(String name, List<String> command, Map<String, String> environment, BooleanSupplier ready) {
        Managed process = new Managed(name, List.copyOf(command), Map.copyOf(environment), ready);
        all.add(process);
        return process;
    }

    @Override
    public void close() {
        for (Managed process : all) {
            process.kill();
        }
    }

    public final class Managed {
        private final String name;
        private final List<String> command;
        private final Map<String, String> environment;
        private final BooleanSupplier ready;
        private Process process;
        private int starts;
        private Path log;

        private Managed(String name, List<String> command, Map<String, String> environment, BooleanSupplier ready) {
            this.name = name;
            this.command = command;
            this.environment = environment;
            this.ready = ready;
        }

        public String name() {
            return name;
        }

        public synchronized void start() {
            if (alive()) {
                throw new IllegalStateException(name + " is already running");
            }
            starts++;
            log = logs.resolve(name + "-" + starts + ".log");
            try {
                Files.createDirectories(logs);
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
                builder.environment().putAll(environment);
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + name, e);
            }
        }

        /** Waits until the start is up; fails at once, with the end of its log, if the process died meanwhile. */
        public void awaitReady(Duration atMost) {
            Awaitility.await(name + " ready").atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!alive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; its log ends:\n" + tail(40));
                }
                return ready.getAsBoolean();
            });
        }

        public void startAndAwait(Duration atMost) {
            start();
            awaitReady(atMost);
        }

        /** kill -9 of the process and of everything it started: no shutdown hook, no flush, no goodbye to anyone. */
        public synchronized void kill() {
            if (process == null) {
                return;
            }
            resumeQuietly();
            List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(30));
        }

        /** SIGTERM: the process shuts down as it would under an orchestrator; killed if it takes more than {@code atMost}. */
        public synchronized void stop(Duration atMost) {
            if (!alive()) {
                return;
            }
            process.destroy();
            if (!waitFor(atMost)) {
                kill();
            }
        }

        /** SIGSTOP: the process is frozen, its sockets open, answering nothing. */
        public void pause() {
            signal("STOP");
        }

        /** SIGCONT. */
        public void resume() {
            signal("CONT");
        }

        public synchronized boolean alive() {
            return process != null && process.isAlive();
        }

        public synchronized long pid() {
            return process.pid();
        }

        /** The last lines of the current start's log. */
        public String tail(int lines) {
            try {
                List<String> all = Files.readAllLines(log);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException | RuntimeException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        public synchronized boolean logContains(String text) {
            try {
                return log != null && Files.exists(log) && Files.readString(log).contains(text);
            } catch (IOException e) {
                return false;
            }
        }

        private boolean waitFor(Duration atMost) {
            try {
                return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void resumeQuietly() {
            if (alive()) {
                try {
                    signal("CONT");
                } catch (RuntimeException e) {
                    // Killing it anyway.
                }
            }
        }

        private void signal(String signal) {
            try {
                Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid())).redirectErrorStream(true).start();
                if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                    throw new IllegalStateException("kill -" + signal + " " + pid() + " failed: "
                            + new String(kill.getInputStream().readAllBytes()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return name + (alive() ? " (pid " + pid() + ")" : " (not running)");
        }
    }
}
