package org.cadretraining.platform.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * PostgreSQL refuses to run as root, and CI machines and containers often build as root. When this process is root,
 * this unpacks zonky's binaries itself, exactly where zonky would ({@code PG-<md5 of the archive>}, marked by
 * {@code .exists}, so zonky reuses them), and puts a small wrapper in front of {@code initdb}, {@code pg_ctl} and
 * {@code postgres} that hands the data directory to {@code nobody} and runs the real binary as {@code nobody}.
 * As any other user, nothing changes.
 */
final class NonRootPostgresBinaries {
    private static final Logger log = LoggerFactory.getLogger(NonRootPostgresBinaries.class);
    private static final List<String> WRAPPED = List.of("initdb", "pg_ctl", "postgres");
    static final int NOBODY = 65534;

    private static final String WRAPPER = """
            #!/bin/sh
            # PostgreSQL will not run as root: when started by root, run the real binary as nobody (uid %1$d).
            real="$0.real"
            if [ "$(id -u)" = "0" ]; then
              data=""; prev=""
              for arg in "$@"; do
                if [ "$prev" = "-D" ]; then data="$arg"; fi
                prev="$arg"
              done
              if [ -n "$data" ]; then mkdir -p "$data" && chown -R %1$d:%1$d "$data"; fi
              exec setpriv --reuid=%1$d --regid=%1$d --clear-groups "$real" "$@"
            fi
            exec "$real" "$@"
            """.formatted(NOBODY);

    private NonRootPostgresBinaries() {
    }

    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Every directory above {@code path} must let {@code nobody} through, or it cannot reach the binaries. */
    static boolean reachableByOthers(Path path) {
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            try {
                if (Files.exists(dir) && !Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    /** Unpacks and wraps the binaries under {@code workingDirectory}, unless a previous run already did. */
    static void prepare(Path workingDirectory) throws IOException {
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
            if (in == null) {
                throw new IllegalStateException("No PostgreSQL binaries for Linux " + architecture());
            }
            archive = in.readAllBytes();
        }
        Path pgDir = workingDirectory.resolve("PG-" + md5(archive));
        if (Files.exists(pgDir.resolve(".exists")) && Files.exists(pgDir.resolve("bin/postgres.real"))) {
            return;
        }
        log.info("Running as root: unpacking PostgreSQL to {} with wrappers that run it as uid {}", pgDir, NOBODY);
        deleteRecursively(pgDir);
        Files.createDirectories(pgDir);
        extract(archive, pgDir);
        for (String binary : WRAPPED) {
            Path bin = pgDir.resolve("bin").resolve(binary);
            Files.move(bin, pgDir.resolve("bin").resolve(binary + ".real"));
            Files.writeString(bin, WRAPPER);
            Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.createFile(pgDir.resolve(".exists"));
    }

    private static void extract(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Archive entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file);
                    Set<PosixFilePermission> permissions = PosixFilePermissions.fromString(
                            entry.getName().replaceFirst("^\\./", "").startsWith("bin/") ? "rwxr-xr-x" : "rw-r--r--");
                    Files.setPosixFilePermissions(file, permissions);
                }
            }
        }
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
