package org.cadretraining.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real PostgreSQL server (zonky's binaries) started from this JVM, with its data under {@code directory}. */
final class EmbeddedPostgresServer extends JdbcPostgresServer {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private final EmbeddedPostgres postgres;

    EmbeddedPostgresServer(Path directory, int port) {
        this(directory, port, false);
    }

    /** @param persistent keep the data under {@code directory/data} for the next start, rather than a fresh one each run */
    EmbeddedPostgresServer(Path directory, int port, boolean persistent) {
        try {
            Path base = directory.toAbsolutePath();
            boolean root = NonRootPostgresBinaries.runningAsRoot();
            if (root && !NonRootPostgresBinaries.reachableByOthers(base)) {
                // PostgreSQL runs as nobody here, and nobody cannot enter this tree: use a world-traversable place instead.
                base = Path.of("/tmp", "cadre-training-embedded-pg");
                log.warn("{} is not reachable by other users; keeping PostgreSQL under {}", directory, base);
            }
            Path binaries = base.resolve("binaries");
            Files.createDirectories(binaries);
            if (root) {
                NonRootPostgresBinaries.prepare(binaries);
            }
            Path data = persistent ? base.resolve("data") : base.resolve("data-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setDataDirectory(data)
                    // Kept data is found again: initdb runs only where there is none yet.
                    .setCleanDataDirectory(!persistent)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // TCP only: a Unix socket path under target/ can exceed the 107-byte limit.
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "300")
                    // Stopped by its owner, after the services that use it: zonky's own hook would stop it at the
                    // same moment as them, and their last writes would find no database.
                    .setRegisterShutdownHook(false);
            if (!persistent) {
                // Throw-away data: durability buys nothing here and costs the tests time.
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    @Override
    protected String serverUrl(String database) {
        return postgres.getJdbcUrl("postgres", database).replaceFirst("\\?user=postgres$", "");
    }

    @Override
    protected String username() {
        return "postgres";
    }

    @Override
    protected String password() {
        return "";
    }

    @Override
    public String describe() {
        return "in-process PostgreSQL on port " + postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL", e);
        }
    }
}
