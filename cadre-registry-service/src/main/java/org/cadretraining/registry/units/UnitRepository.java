package org.cadretraining.registry.units;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.UnitLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UnitRepository {
    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Unit unit) {
        jdbc.sql("INSERT INTO unit (id, code, name, level, parent_id) VALUES (:id, :code, :name, :level, :parent)")
                .param("id", unit.id()).param("code", unit.code()).param("name", unit.name())
                .param("level", unit.level().name()).param("parent", unit.parentId())
                .update();
    }

    public Optional<Unit> find(UUID id) {
        return jdbc.sql("SELECT id, code, name, level, parent_id FROM unit WHERE id = :id").param("id", id)
                .query(UnitRepository::map).optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM unit WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    public List<Unit> findAll() {
        return jdbc.sql("SELECT id, code, name, level, parent_id FROM unit ORDER BY level, code").query(UnitRepository::map).list();
    }

    private static Unit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Unit(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), rs.getObject("parent_id", UUID.class));
    }
}
