package org.cadretraining.registry.jdbc;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes many rows with PostgreSQL's {@code COPY … FROM STDIN} (text format) on the connection of the caller's
 * transaction: an import of 50,000 cadres writes some 300,000 rows, and COPY takes them several times faster than
 * batched {@code INSERT}s. {@link JdbcTemplate#execute(ConnectionCallback)} hands out the connection bound to the
 * transaction ({@code DataSourceUtils.getConnection}), so the rows commit or roll back with everything else, and a
 * failure is translated as for any other statement (a duplicate key is still a {@code DuplicateKeyException}).
 * <p>
 * Values go in as PostgreSQL reads them back: null as {@code \N}; text with backslash, tab, newline and carriage
 * return escaped (the only characters the text format gives a meaning); uuid, integers, booleans, {@link LocalDate}
 * (ISO, read the same whatever the DateStyle) and {@link Instant} (ISO 8601 in UTC, for timestamptz) by their
 * {@code toString}; enums by name. Columns left out take their defaults ({@code bigserial} positions in row order).
 */
@Component
public class BulkCopy {
    private static final int CHUNK = 1 << 20;
    private final JdbcTemplate jdbc;

    public BulkCopy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows gathered for one table, written by {@link #write()}. */
    public final class Rows {
        private final String sql;
        private final int width;
        private final List<Object[]> rows = new ArrayList<>();

        private Rows(String table, String... columns) {
            this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
            this.width = columns.length;
        }

        public Rows add(Object... values) {
            if (values.length != width) {
                throw new IllegalArgumentException(values.length + " values for " + width + " columns: " + sql);
            }
            rows.add(values);
            return this;
        }

        public int size() {
            return rows.size();
        }

        /** Writes the gathered rows in the caller's transaction; returns how many PostgreSQL took. */
        public long write() {
            if (rows.isEmpty()) {
                return 0;
            }
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException("A bulk copy must share the business transaction");
            }
            Long written = jdbc.execute((ConnectionCallback<Long>) connection ->
                    copy(connection.unwrap(PGConnection.class), sql, rows));
            rows.clear();
            return written == null ? 0 : written;
        }
    }

    public Rows into(String table, String... columns) {
        return new Rows(table, columns);
    }

    private static long copy(PGConnection connection, String sql, List<Object[]> rows) throws SQLException {
        CopyIn in = connection.getCopyAPI().copyIn(sql);
        try {
            StringBuilder text = new StringBuilder(CHUNK + 4096);
            CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
            ByteBuffer bytes = ByteBuffer.allocate(CHUNK * 3 + 16384);
            for (Object[] row : rows) {
                appendRow(text, row);
                if (text.length() >= CHUNK) {
                    send(in, text, utf8, bytes);
                }
            }
            send(in, text, utf8, bytes);
            return in.endCopy();
        } catch (SQLException | RuntimeException | Error e) {
            // Anything thrown before endCopy leaves the connection in COPY mode; cancelling fails the statement,
            // and with it the transaction, as any other failed statement would.
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException cancelled) {
                    e.addSuppressed(cancelled);
                }
            }
            throw e;
        }
    }

    private static void send(CopyIn in, StringBuilder text, CharsetEncoder utf8, ByteBuffer bytes) throws SQLException {
        if (text.length() == 0) {
            return;
        }
        bytes.clear();
        utf8.reset();
        CoderResult result = utf8.encode(CharBuffer.wrap(text), bytes, true);
        if (result.isError() || result.isOverflow()) {
            // An unpaired surrogate: not text PostgreSQL could store either way.
            throw new SQLException("Text that is not valid Unicode cannot be copied: " + result, "22021");
        }
        utf8.flush(bytes);
        in.writeToCopy(bytes.array(), 0, bytes.position());
        text.setLength(0);
    }

    static void appendRow(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            appendValue(out, row[i]);
        }
        out.append('\n');
    }

    static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String) {
            appendText(out, (String) value);
        } else if (value instanceof Boolean) {
            out.append((Boolean) value ? 't' : 'f');
        } else if (value instanceof Enum<?>) {
            appendText(out, ((Enum<?>) value).name());
        } else if (value instanceof UUID || value instanceof Number || value instanceof LocalDate || value instanceof Instant) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("No COPY text form for " + value.getClass().getName());
        }
    }

    private static void appendText(StringBuilder out, String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
