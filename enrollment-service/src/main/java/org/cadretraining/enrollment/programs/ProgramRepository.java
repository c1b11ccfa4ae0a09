package org.cadretraining.enrollment.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProgramRepository {
    private static final String COLUMNS = "id, code, name, kind, category, confers_ladder, confers_level, created_at";
    private final JdbcClient jdbc;

    public ProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Program program) {
        jdbc.sql("INSERT INTO program (" + COLUMNS + ") VALUES (:id, :code, :name, :kind, :category, :ladder, :level, :at)")
                .param("id", program.id()).param("code", program.code()).param("name", program.name())
                .param("kind", program.kind().name()).param("category", program.category().name())
                .param("ladder", program.confers() == null ? null : program.confers().ladder().name())
                .param("level", program.confers() == null ? null : program.confers().level())
                .param("at", Timestamp.from(program.createdAt()))
                .update();
    }

    public Optional<Program> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM program WHERE id = :id").param("id", id)
                .query(ProgramRepository::map).optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM program WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    public List<Program> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM program ORDER BY code").query(ProgramRepository::map).list();
    }

    private static Program map(ResultSet rs, int row) throws SQLException {
        String ladder = rs.getString("confers_ladder");
        return new Program(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                ProgramKind.valueOf(rs.getString("kind")), ProgramCategory.valueOf(rs.getString("category")),
                ladder == null ? null : new ConferredLevel(Ladder.valueOf(ladder), rs.getString("confers_level")),
                rs.getTimestamp("created_at").toInstant());
    }
}
