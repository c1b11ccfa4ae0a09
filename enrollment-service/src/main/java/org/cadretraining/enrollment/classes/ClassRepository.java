package org.cadretraining.enrollment.classes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.StudyMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClassRepository {
    private static final String COLUMNS = """
            id, program_id, provider, cohort, mode, start_date, end_date, location, capacity, funding_source, status,
            scheduled_at, provider_unit_id""";
    private final JdbcClient jdbc;

    public ClassRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TrainingClass c) {
        jdbc.sql("INSERT INTO training_class (" + COLUMNS + """
                        ) VALUES (:id, :program, :provider, :cohort, :mode, :start, :end, :location, :capacity, :funding,
                                  :status, :at, :providerUnit)""")
                .param("id", c.id()).param("program", c.programId()).param("provider", c.provider())
                .param("cohort", c.cohort()).param("mode", c.mode().name()).param("start", c.startDate())
                .param("end", c.endDate()).param("location", c.location()).param("capacity", c.capacity())
                .param("funding", c.fundingSource().name()).param("status", c.status().name())
                .param("at", Timestamp.from(c.scheduledAt())).param("providerUnit", c.providerUnitId())
                .update();
    }

    public Optional<TrainingClass> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_class WHERE id = :id").param("id", id)
                .query(ClassRepository::map).optional();
    }

    /**
     * The class, share-locked until the transaction ends, as the nomination's foreign key would lock it anyway; taken
     * first, before the unit's allocation, so that a nomination and an approval (class, then allocation) lock in the
     * same order and cannot deadlock.
     */
    public Optional<TrainingClass> findForNomination(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_class WHERE id = :id FOR KEY SHARE").param("id", id)
                .query(ClassRepository::map).optional();
    }

    /**
     * The class, locked until the transaction ends: whoever takes a seat holds the lock while counting and inserting,
     * so two requests for the last seat cannot both get it.
     */
    public Optional<TrainingClass> lockForSeating(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_class WHERE id = :id FOR UPDATE").param("id", id)
                .query(ClassRepository::map).optional();
    }

    public void changeStatus(UUID id, ClassStatus status, java.time.Instant at) {
        jdbc.sql("UPDATE training_class SET status = :status, status_changed_at = :at WHERE id = :id")
                .param("id", id).param("status", status.name()).param("at", Timestamp.from(at)).update();
    }

    /** The CONCENTRATED classes, other than {@code exceptClassId}, where the cadre holds a live seat or nomination. */
    public List<TrainingClass> concentratedClassesOf(UUID cadreId, UUID exceptClassId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_class c " + """
                         WHERE c.mode = 'CONCENTRATED' AND c.id <> :except AND c.status <> 'CANCELLED'
                          AND (EXISTS (SELECT 1 FROM enrollment e WHERE e.class_id = c.id AND e.cadre_id = :cadre AND e.status = 'ENROLLED')
                           OR EXISTS (SELECT 1 FROM nomination n WHERE n.class_id = c.id AND n.cadre_id = :cadre
                                      AND n.status IN ('PENDING_UNIT', 'PENDING_PROVINCE', 'WAITLISTED')))""")
                .param("cadre", cadreId).param("except", exceptClassId)
                .query(ClassRepository::map).list();
    }

    /** One page of the classes matching the filters (each may be null), by start date, then cohort, then id. */
    public List<TrainingClass> page(ClassSearch search, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM training_class" + where
                        + " ORDER BY start_date, cohort, id OFFSET :offset LIMIT :limit")
                .params(params).query(ClassRepository::map).list();
    }

    public long count(ClassSearch search) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT count(*) FROM training_class" + where(search, params)).params(params)
                .query(Long.class).single();
    }

    /** The year is the start date's: a class of 2026 is one that starts in 2026, as plans count it. */
    private static String where(ClassSearch search, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (search.programId() != null) {
            conditions.add("program_id = :program");
            params.put("program", search.programId());
        }
        if (!search.statuses().isEmpty()) {
            conditions.add("status IN (:status)");
            params.put("status", search.statuses().stream().map(Enum::name).sorted().toList());
        }
        if (search.year() != null) {
            conditions.add("start_date >= :from AND start_date < :until");
            params.put("from", LocalDate.of(search.year(), 1, 1));
            params.put("until", LocalDate.of(search.year() + 1, 1, 1));
        }
        if (search.providerUnitId() != null) {
            conditions.add("provider_unit_id = :providerUnit");
            params.put("providerUnit", search.providerUnitId());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static TrainingClass map(ResultSet rs, int row) throws SQLException {
        return new TrainingClass(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
                rs.getString("provider"), rs.getString("cohort"), StudyMode.valueOf(rs.getString("mode")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("location"), rs.getInt("capacity"), FundingSource.valueOf(rs.getString("funding_source")),
                ClassStatus.valueOf(rs.getString("status")), rs.getTimestamp("scheduled_at").toInstant(),
                rs.getObject("provider_unit_id", UUID.class));
    }
}
