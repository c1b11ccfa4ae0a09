package org.cadretraining.registry.units;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.UnitLevel;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The unit table; other features reach units through {@link Units} and {@link UnitTree}. */
@Repository
class UnitRepository {
    private static final String COLUMNS = "id, code, name, level, parent_id, dissolved_at";
    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Unit unit) {
        jdbc.sql("INSERT INTO unit (id, code, name, level, parent_id) VALUES (:id, :code, :name, :level, :parent)")
                .param("id", unit.id()).param("code", unit.code()).param("name", unit.name())
                .param("level", unit.level().name()).param("parent", unit.parentId())
                .update();
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

    Optional<Unit> lockShared(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = :id FOR SHARE").param("id", id)
                .query(UnitRepository::map).optional();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM unit WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    List<Unit> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM unit ORDER BY level, code").query(UnitRepository::map).list();
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
                        SELECT u.id, u.code, u.name, u.level, u.parent_id, u.dissolved_at
                        FROM up JOIN unit u ON u.id = up.id WHERE up.depth > 0 ORDER BY up.depth""")
                .param("id", id).query(UnitRepository::map).list();
    }

    void rename(UUID id, String name) {
        jdbc.sql("UPDATE unit SET name = :name WHERE id = :id").param("id", id).param("name", name).update();
    }

    void move(UUID id, UUID parentId) {
        jdbc.sql("UPDATE unit SET parent_id = :parent WHERE id = :id").param("id", id).param("parent", parentId).update();
    }

    void dissolve(UUID id, Instant at) {
        jdbc.sql("UPDATE unit SET dissolved_at = :at WHERE id = :id").param("id", id).param("at", Timestamp.from(at)).update();
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

    private static Unit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp dissolved = rs.getTimestamp("dissolved_at");
        return new Unit(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), rs.getObject("parent_id", UUID.class),
                dissolved == null ? null : dissolved.toInstant());
    }
}
