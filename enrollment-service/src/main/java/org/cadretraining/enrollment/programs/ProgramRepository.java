package org.cadretraining.enrollment.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgramRepository {
    private static final String COLUMNS = "id, code, name, kind, category, confers_ladder, confers_level, created_at, eligible_tiers";
    private final JdbcClient jdbc;

    public ProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Program program) {
        jdbc.sql("INSERT INTO program (" + COLUMNS + ") VALUES (:id, :code, :name, :kind, :category, :ladder, :level, :at, :tiers)")
                .param("id", program.id()).param("code", program.code()).param("name", program.name())
                .param("kind", program.kind().name()).param("category", program.category().name())
                .param("ladder", program.confers() == null ? null : program.confers().ladder().name())
                .param("level", program.confers() == null ? null : program.confers().level())
                .param("at", Timestamp.from(program.createdAt()))
                .param("tiers", program.prerequisites().tiers().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .update();
        for (ConferredLevel minimum : program.prerequisites().minimumLevels()) {
            jdbc.sql("INSERT INTO program_prerequisite (program_id, ladder, minimum_level) VALUES (:id, :ladder, :level)")
                    .param("id", program.id()).param("ladder", minimum.ladder().name()).param("level", minimum.level())
                    .update();
        }
    }

    public Optional<Program> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM program WHERE id = :id").param("id", id)
                .query(ProgramRepository::map).optional().map(this::withPrerequisites);
    }

    private Program withPrerequisites(Program program) {
        List<ConferredLevel> minimums = jdbc.sql("SELECT ladder, minimum_level FROM program_prerequisite WHERE program_id = :id ORDER BY ladder")
                .param("id", program.id())
                .query((rs, i) -> new ConferredLevel(Ladder.valueOf(rs.getString("ladder")), rs.getString("minimum_level")))
                .list();
        return new Program(program.id(), program.code(), program.name(), program.kind(), program.category(), program.confers(),
                program.createdAt(), new Prerequisites(minimums, program.prerequisites().tiers()));
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM program WHERE code = :code").param("code", code).query(Long.class).single() > 0;
    }

    /** One page of the catalogue, by code (unique, so the order is stable). */
    public List<Program> page(long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM program ORDER BY code OFFSET :offset LIMIT :limit")
                .param("offset", offset).param("limit", limit).query(ProgramRepository::map).list()
                .stream().map(this::withPrerequisites).toList();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM program").query(Long.class).single();
    }

    private static Program map(ResultSet rs, int row) throws SQLException {
        String ladder = rs.getString("confers_ladder");
        return new Program(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                ProgramKind.valueOf(rs.getString("kind")), ProgramCategory.valueOf(rs.getString("category")),
                ladder == null ? null : new ConferredLevel(Ladder.valueOf(ladder), rs.getString("confers_level")),
                rs.getTimestamp("created_at").toInstant(), new Prerequisites(List.of(), tiers(rs.getString("eligible_tiers"))));
    }

    private static Set<ManagementTier> tiers(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).map(ManagementTier::valueOf).collect(Collectors.toSet());
    }
}
