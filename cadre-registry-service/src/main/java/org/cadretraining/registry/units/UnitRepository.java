package org.cadretraining.registry.units;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The unit table and its history; other features reach units through {@link Units} and {@link UnitTree}. */
@Repository
class UnitRepository {
    private static final String COLUMNS = "id, code, name, level, parent_id, dissolved_at, kind, official_code, valid_from, valid_to";
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    UnitRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(Unit unit) {
        insertAll(List.of(unit));
    }

    /** New units with their first name and place in the history, in JDBC batches; parents before their children. */
    void insertAll(List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(units.size());
        List<Object[]> names = new ArrayList<>(units.size());
        List<Object[]> parents = new ArrayList<>(units.size());
        for (Unit u : units) {
            rows.add(new Object[]{u.id(), u.code(), u.name(), u.level().name(), u.parentId(), u.kind().name(),
                    u.officialCode(), Date.valueOf(u.validFrom())});
            names.add(new Object[]{u.id(), Date.valueOf(u.validFrom()), u.name()});
            parents.add(new Object[]{u.id(), Date.valueOf(u.validFrom()), u.parentId()});
        }
        batch.batchUpdate("""
                        INSERT INTO unit (id, code, name, level, parent_id, kind, official_code, valid_from)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows,
                new int[]{Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.OTHER, Types.VARCHAR, Types.VARCHAR,
                        Types.DATE});
        batch.batchUpdate("INSERT INTO unit_name_history (unit_id, valid_from, name) VALUES (?, ?, ?)", names,
                new int[]{Types.OTHER, Types.DATE, Types.VARCHAR});
        batch.batchUpdate("INSERT INTO unit_parent_history (unit_id, valid_from, parent_id) VALUES (?, ?, ?)", parents,
                new int[]{Types.OTHER, Types.DATE, Types.OTHER});
    }

    Optional<Unit> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = :id").param("id", id)
                .query(UnitRepository::map).optional();
    }

    /** Locks the row for the rest of the transaction, so two changes to one unit cannot interleave. */
    Optional<Unit> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = :id FOR UPDATE").param("id", id)
                .query(UnitRepository::map).optional();
    }

    /** Locks the rows, in the order of their ids (two callers locking overlapping sets cannot deadlock). */
    List<Unit> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = ANY(:ids) ORDER BY id FOR UPDATE")
                .param("ids", ids.toArray(UUID[]::new)).query(UnitRepository::map).list();
    }

    Optional<Unit> lockShared(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = :id FOR SHARE").param("id", id)
                .query(UnitRepository::map).optional();
    }

    List<Unit> lockAllShared(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = ANY(:ids) ORDER BY id FOR SHARE")
                .param("ids", ids.toArray(UUID[]::new)).query(UnitRepository::map).list();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM unit WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    /** The unit holding the official code, live or closed: a code is never given to another unit. */
    Optional<Unit> findByOfficialCode(String officialCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE official_code = :code").param("code", officialCode)
                .query(UnitRepository::map).optional();
    }

    List<Unit> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit ORDER BY level, code").query(UnitRepository::map).list();
    }

    /**
     * The units that existed on {@code day}, each with the name and parent it had that day: the tree as it stood.
     * Read from the name and parent histories, so a later rename, move or merger does not show.
     */
    List<Unit> asOf(LocalDate day) {
        return jdbc.sql("""
                        SELECT u.id, u.code, n.name, u.level, p.parent_id, u.dissolved_at, u.kind, u.official_code,
                               u.valid_from, u.valid_to
                        FROM unit u
                        JOIN LATERAL (SELECT h.name FROM unit_name_history h WHERE h.unit_id = u.id AND h.valid_from <= :day
                                      ORDER BY h.valid_from DESC LIMIT 1) n ON true
                        LEFT JOIN LATERAL (SELECT h.parent_id FROM unit_parent_history h
                                           WHERE h.unit_id = u.id AND h.valid_from <= :day
                                           ORDER BY h.valid_from DESC LIMIT 1) p ON true
                        WHERE u.valid_from <= :day AND (u.valid_to IS NULL OR u.valid_to >= :day)
                        ORDER BY u.level, u.code""")
                .param("day", Date.valueOf(day)).query((rs, i) -> {
                    Unit unit = map(rs, i);
                    // As it stood that day: a unit closed later was not closed then.
                    return new Unit(unit.id(), unit.code(), unit.name(), unit.level(), unit.parentId(), null, unit.kind(),
                            unit.officialCode(), unit.validFrom(), unit.validTo());
                }).list();
    }

    /** The units at the top of a tree (provinces) that still exist. */
    List<Unit> roots() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE parent_id IS NULL AND dissolved_at IS NULL ORDER BY code")
                .query(UnitRepository::map).list();
    }

    /** The tree's version: it changes in the transaction of every insert, move or removal of a unit. */
    long treeVersion() {
        return jdbc.sql("SELECT version FROM unit_tree_version").query(Long.class).single();
    }

    /** Every unit's parent (null at a root), with the tree's version, read in one statement: one snapshot. */
    UnitTree.Snapshot treeSnapshot() {
        Map<String, String> parents = new HashMap<>();
        long[] version = {0};
        jdbc.sql("SELECT v.version, u.id::text AS id, u.parent_id::text AS parent FROM unit_tree_version v LEFT JOIN unit u ON true")
                .query((RowCallbackHandler) rs -> {
                    version[0] = rs.getLong("version");
                    String id = rs.getString("id");
                    if (id != null) {
                        parents.put(id, rs.getString("parent") == null ? UnitTree.ROOT : rs.getString("parent"));
                    }
                });
        return new UnitTree.Snapshot(version[0], Map.copyOf(parents));
    }

    /** The unit's ancestors, parent first, root last. */
    List<Unit> ancestorsOf(UUID id) {
        return jdbc.sql("""
                        WITH RECURSIVE up (id, parent_id, depth) AS (
                            SELECT id, parent_id, 0 FROM unit WHERE id = :id
                            UNION ALL
                            SELECT u.id, u.parent_id, up.depth + 1 FROM unit u JOIN up ON u.id = up.parent_id
                        )
                        SELECT u.id, u.code, u.name, u.level, u.parent_id, u.dissolved_at, u.kind, u.official_code,
                               u.valid_from, u.valid_to
                        FROM up JOIN unit u ON u.id = up.id WHERE up.depth > 0 ORDER BY up.depth""")
                .param("id", id).query(UnitRepository::map).list();
    }

    /** The day the unit's current name took effect. */
    LocalDate namedSince(UUID id) {
        return jdbc.sql("SELECT max(valid_from) FROM unit_name_history WHERE unit_id = :id").param("id", id)
                .query(LocalDate.class).optional().orElse(null);
    }

    /** The day each unit's current place in the tree took effect. */
    Map<UUID, LocalDate> placedSince(Collection<UUID> ids) {
        Map<UUID, LocalDate> since = new HashMap<>();
        if (ids.isEmpty()) {
            return since;
        }
        jdbc.sql("SELECT unit_id, max(valid_from) AS since FROM unit_parent_history WHERE unit_id = ANY(:ids) GROUP BY unit_id")
                .param("ids", ids.toArray(UUID[]::new))
                .query((RowCallbackHandler) rs -> since.put(rs.getObject("unit_id", UUID.class),
                        rs.getObject("since", LocalDate.class)));
        return since;
    }

    /** A new name from {@code effective}; a second change on the same day replaces the first. */
    void rename(UUID id, String name, LocalDate effective) {
        jdbc.sql("UPDATE unit SET name = :name WHERE id = :id").param("id", id).param("name", name).update();
        jdbc.sql("""
                        INSERT INTO unit_name_history (unit_id, valid_from, name) VALUES (:id, :from, :name)
                        ON CONFLICT (unit_id, valid_from) DO UPDATE SET name = excluded.name""")
                .param("id", id).param("from", Date.valueOf(effective)).param("name", name).update();
    }

    void move(UUID id, UUID parentId, LocalDate effective) {
        moveAll(List.of(new Placement(id, parentId)), effective);
    }

    /** A unit and the parent it goes under. */
    record Placement(UUID unitId, UUID parentId) {
    }

    /** Places the units under their new parents from {@code effective}, in two statements whatever their number. */
    void moveAll(List<Placement> placements, LocalDate effective) {
        if (placements.isEmpty()) {
            return;
        }
        UUID[] ids = placements.stream().map(Placement::unitId).toArray(UUID[]::new);
        UUID[] parents = placements.stream().map(Placement::parentId).toArray(UUID[]::new);
        jdbc.sql("""
                        UPDATE unit u SET parent_id = p.parent_id
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:parents AS uuid[])) AS p (id, parent_id) WHERE u.id = p.id""")
                .param("ids", ids).param("parents", parents).update();
        jdbc.sql("""
                        INSERT INTO unit_parent_history (unit_id, valid_from, parent_id)
                        SELECT p.id, :from, p.parent_id FROM unnest(CAST(:ids AS uuid[]), CAST(:parents AS uuid[])) AS p (id, parent_id)
                        ON CONFLICT (unit_id, valid_from) DO UPDATE SET parent_id = excluded.parent_id""")
                .param("ids", ids).param("parents", parents).param("from", Date.valueOf(effective)).update();
    }

    void classify(UUID id, UnitKind kind, String officialCode) {
        jdbc.sql("UPDATE unit SET kind = :kind, official_code = :code WHERE id = :id")
                .param("id", id).param("kind", kind.name()).param("code", officialCode).update();
    }

    void dissolve(UUID id, Instant at, LocalDate lastDay) {
        closeAll(List.of(id), at, lastDay);
    }

    /** The units exist no more after {@code lastDay}; they take no new cadres or sub-units from now. */
    void closeAll(Collection<UUID> ids, Instant at, LocalDate lastDay) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE unit SET dissolved_at = :at, valid_to = :to WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).param("at", Timestamp.from(at)).param("to", Date.valueOf(lastDay))
                .update();
    }

    long activeCadres(UUID id) {
        return jdbc.sql("SELECT count(*) FROM cadre WHERE unit_id = :id AND status = 'ACTIVE'").param("id", id)
                .query(Long.class).single();
    }

    long liveSubUnits(UUID id) {
        return jdbc.sql("SELECT count(*) FROM unit WHERE parent_id = :id AND dissolved_at IS NULL").param("id", id)
                .query(Long.class).single();
    }

    Optional<Unit> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE code = :code").param("code", code)
                .query(UnitRepository::map).optional();
    }

    void insertLinks(List<UnitLink> links) {
        if (links.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                        INSERT INTO unit_lineage (predecessor_id, successor_id, reorganization_id, change, effective_date)
                        VALUES (?, ?, ?, ?, ?)""",
                links.stream().map(l -> new Object[]{l.predecessorId(), l.successorId(), l.reorganizationId(), l.change(),
                        Date.valueOf(l.effectiveDate())}).toList(),
                new int[]{Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.DATE});
    }

    /** Every link of the lineage: a few per reorganized unit, read whole to walk in memory. */
    List<UnitLink> allLinks() {
        return jdbc.sql("""
                        SELECT predecessor_id, successor_id, reorganization_id, change, effective_date FROM unit_lineage
                        ORDER BY effective_date, predecessor_id, successor_id""")
                .query((rs, i) -> new UnitLink(rs.getObject("predecessor_id", UUID.class), rs.getObject("successor_id", UUID.class),
                        rs.getObject("reorganization_id", UUID.class), rs.getString("change"),
                        rs.getObject("effective_date", LocalDate.class)))
                .list();
    }

    static Unit map(ResultSet rs, int row) throws SQLException {
        Timestamp dissolved = rs.getTimestamp("dissolved_at");
        return new Unit(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), rs.getObject("parent_id", UUID.class),
                dissolved == null ? null : dissolved.toInstant(), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("official_code"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }
}
