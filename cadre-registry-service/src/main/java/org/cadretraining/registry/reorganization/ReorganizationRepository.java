package org.cadretraining.registry.reorganization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.platform.events.EventCodec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reorganizations, their dry runs and the cadres they move. */
@Repository
class ReorganizationRepository {
    private static final String COLUMNS = """
            id, name, file_name, file_hash, status, uploaded_by, uploaded_at, checked_at, involved_units,
            dry_run::text AS dry_run, applied_by, applied_at, outcome::text AS outcome""";
    private final JdbcClient jdbc;

    ReorganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored reorganization; the file itself is read apart ({@link #content}), only when it is planned again. */
    record Stored(UUID id, String name, String fileName, String fileHash, ReorganizationView.Status status, String uploadedBy,
                  Instant uploadedAt, Instant checkedAt, Set<UUID> involved, DryRun dryRun, String appliedBy,
                  Instant appliedAt, ReorganizationView.Outcome outcome) {
        ReorganizationView view() {
            return new ReorganizationView(id, name, fileName, fileHash, status, uploadedBy, uploadedAt, checkedAt, dryRun, outcome);
        }
    }

    void insert(UUID id, String name, String fileName, String hash, byte[] content, String uploadedBy, Instant at,
                Set<UUID> involved, DryRun dryRun) {
        jdbc.sql("""
                        INSERT INTO reorganization (id, name, file_name, file_hash, content, status, uploaded_by, uploaded_at,
                                                    checked_at, involved_units, dry_run)
                        VALUES (:id, :name, :file, :hash, :content, 'DRAFT', :by, :at, :at, :involved, CAST(:dry AS jsonb))""")
                .param("id", id).param("name", name).param("file", fileName).param("hash", hash).param("content", content)
                .param("by", uploadedBy).param("at", Timestamp.from(at)).param("involved", involved.toArray(UUID[]::new))
                .param("dry", EventCodec.toJsonText(dryRun))
                .update();
    }

    /** A new dry run of a draft, against the register as it now stands. */
    void replan(UUID id, Instant at, Set<UUID> involved, DryRun dryRun) {
        jdbc.sql("UPDATE reorganization SET checked_at = :at, involved_units = :involved, dry_run = CAST(:dry AS jsonb) WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).param("involved", involved.toArray(UUID[]::new))
                .param("dry", EventCodec.toJsonText(dryRun)).update();
    }

    void applied(UUID id, String by, Instant at, Set<UUID> involved, DryRun dryRun, ReorganizationView.Outcome outcome) {
        jdbc.sql("""
                        UPDATE reorganization SET status = 'APPLIED', applied_by = :by, applied_at = :at, checked_at = :at,
                               involved_units = :involved, dry_run = CAST(:dry AS jsonb), outcome = CAST(:outcome AS jsonb)
                        WHERE id = :id""")
                .param("id", id).param("by", by).param("at", Timestamp.from(at)).param("involved", involved.toArray(UUID[]::new))
                .param("dry", EventCodec.toJsonText(dryRun)).param("outcome", EventCodec.toJsonText(outcome)).update();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reorganization WHERE id = :id").param("id", id)
                .query(ReorganizationRepository::map).optional();
    }

    /** Locks the row: two applications of one reorganization run one after the other, and the second finds it applied. */
    Optional<Stored> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reorganization WHERE id = :id FOR UPDATE").param("id", id)
                .query(ReorganizationRepository::map).optional();
    }

    Optional<Stored> findByHash(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reorganization WHERE file_hash = :hash FOR UPDATE").param("hash", hash)
                .query(ReorganizationRepository::map).optional();
    }

    byte[] content(UUID id) {
        return jdbc.sql("SELECT content FROM reorganization WHERE id = :id").param("id", id).query(byte[].class).single();
    }

    /** A line of the list, with whom it is for (its units and uploader); the dry run itself is not read. */
    record Listed(ReorganizationView.Summary summary, Set<UUID> involved) {
    }

    List<Listed> all() {
        return jdbc.sql("""
                        SELECT id, name, file_name, status, uploaded_by, uploaded_at, checked_at, applied_at, involved_units,
                               (dry_run ->> 'applicable')::boolean AS applicable, (dry_run -> 'totals')::text AS totals,
                               jsonb_array_length(dry_run -> 'problems') AS problems
                        FROM reorganization ORDER BY uploaded_at DESC, id""")
                .query((rs, i) -> {
                    Timestamp applied = rs.getTimestamp("applied_at");
                    return new Listed(new ReorganizationView.Summary(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getString("file_name"), ReorganizationView.Status.valueOf(rs.getString("status")),
                            rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                            rs.getTimestamp("checked_at").toInstant(), rs.getBoolean("applicable"),
                            EventCodec.mapper().readValue(rs.getString("totals"), DryRun.Totals.class), rs.getInt("problems"),
                            applied == null ? null : applied.toInstant()),
                            Set.copyOf(Arrays.asList((UUID[]) rs.getArray("involved_units").getArray())));
                })
                .list();
    }

    /** Replaces the list of who moves where, in one statement whatever its length. */
    void replaceMoves(UUID id, List<Plan.CadreMove> moves) {
        jdbc.sql("DELETE FROM reorganization_move WHERE reorganization_id = :id").param("id", id).update();
        if (moves.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO reorganization_move (reorganization_id, cadre_id, from_unit_id, to_unit_id)
                        SELECT :id, m.cadre, m.from_unit, m.to_unit
                        FROM unnest(CAST(:cadres AS uuid[]), CAST(:froms AS uuid[]), CAST(:tos AS uuid[])) AS m (cadre, from_unit, to_unit)""")
                .param("id", id)
                .param("cadres", moves.stream().map(Plan.CadreMove::cadreId).toArray(UUID[]::new))
                .param("froms", moves.stream().map(Plan.CadreMove::fromUnitId).toArray(UUID[]::new))
                .param("tos", moves.stream().map(Plan.CadreMove::toUnitId).toArray(UUID[]::new))
                .update();
    }

    /** One cadre on the list: name and position only, never a sensitive field. */
    record MovedCadre(UUID cadreId, String fullName, String position, UUID fromUnitId, UUID toUnitId) {
    }

    long countMoves(UUID id, UUID from, UUID to) {
        return jdbc.sql("""
                        SELECT count(*) FROM reorganization_move
                        WHERE reorganization_id = :id AND (CAST(:from AS uuid) IS NULL OR from_unit_id = :from)
                          AND (CAST(:to AS uuid) IS NULL OR to_unit_id = :to)""")
                .param("id", id).param("from", from).param("to", to).query(Long.class).single();
    }

    List<MovedCadre> moves(UUID id, UUID from, UUID to, int page, int size) {
        return jdbc.sql("""
                        SELECT m.cadre_id, c.full_name, c.position, m.from_unit_id, m.to_unit_id
                        FROM reorganization_move m JOIN cadre c ON c.id = m.cadre_id
                        WHERE m.reorganization_id = :id AND (CAST(:from AS uuid) IS NULL OR m.from_unit_id = :from)
                          AND (CAST(:to AS uuid) IS NULL OR m.to_unit_id = :to)
                        ORDER BY m.from_unit_id, m.to_unit_id, c.search_name, m.cadre_id LIMIT :limit OFFSET :offset""")
                .param("id", id).param("from", from).param("to", to).param("limit", size).param("offset", (long) page * size)
                .query((rs, i) -> new MovedCadre(rs.getObject("cadre_id", UUID.class), rs.getString("full_name"),
                        rs.getString("position"), rs.getObject("from_unit_id", UUID.class), rs.getObject("to_unit_id", UUID.class)))
                .list();
    }

    private static Stored map(ResultSet rs, int row) throws SQLException {
        Timestamp applied = rs.getTimestamp("applied_at");
        String outcome = rs.getString("outcome");
        UUID[] involved = (UUID[]) rs.getArray("involved_units").getArray();
        return new Stored(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("file_name"),
                rs.getString("file_hash"), ReorganizationView.Status.valueOf(rs.getString("status")), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getTimestamp("checked_at").toInstant(),
                Set.copyOf(Arrays.asList(involved)), EventCodec.mapper().readValue(rs.getString("dry_run"), DryRun.class),
                rs.getString("applied_by"), applied == null ? null : applied.toInstant(),
                outcome == null ? null : EventCodec.mapper().readValue(outcome, ReorganizationView.Outcome.class));
    }
}
