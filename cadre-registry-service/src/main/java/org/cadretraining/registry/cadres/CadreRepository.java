package org.cadretraining.registry.cadres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.registry.jdbc.BulkCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cadre table; other features reach cadres through {@link Cadres}, {@link CadreRegistration} and {@link PersonalRecords}. */
@Repository
class CadreRepository {
    private static final String COLUMNS = """
            id, national_id, full_name, birth_date, gender, ethnicity, unit_id, position, rank, management_tier,
            party_member, party_join_date, status, departed_on, serving_since""";
    /** Typed, so that the driver is never asked for a null's type: one round trip per null would cost minutes. */
    private static final int[] UPDATE_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.DATE, Types.VARCHAR, Types.OTHER};
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final BulkCopy copy;

    CadreRepository(JdbcClient jdbc, JdbcTemplate batch, BulkCopy copy) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.copy = copy;
    }

    void insert(Cadre cadre) {
        insertAll(List.of(cadre));
    }

    /** Inserts with COPY: an import of tens of thousands of rows must not pay a statement, nor a round trip, each. */
    void insertAll(List<Cadre> cadres) {
        BulkCopy.Rows rows = copy.into("cadre", "id", "national_id", "full_name", "birth_date", "gender", "ethnicity",
                "unit_id", "position", "rank", "management_tier", "party_member", "party_join_date", "status", "search_name",
                "serving_since");
        BulkCopy.Rows seats = copy.into("committee_membership", "cadre_id", "committee", "term_start", "term_end");
        for (Cadre c : cadres) {
            rows.add(c.id(), c.nationalId(), c.fullName(), c.birthDate(), c.gender(), c.ethnicity(), c.unitId(),
                    c.position(), c.rank(), c.managementTier(), c.partyMember(), c.partyJoinDate(), c.status(),
                    Names.searchable(c.fullName()), c.servingSince());
            for (CommitteeMembership m : c.committeeMemberships()) {
                seats.add(c.id(), m.committee(), m.termStart(), m.termEnd());
            }
        }
        rows.write();
        seats.write();
    }

    /** Writes the profile fields (not unit, status or departure) and replaces the committee seats. */
    void updateProfiles(List<Cadre> cadres) {
        List<Object[]> rows = new ArrayList<>(cadres.size());
        List<Object[]> seats = new ArrayList<>();
        for (Cadre c : cadres) {
            rows.add(new Object[]{c.nationalId(), c.fullName(), c.birthDate(), c.gender().name(), c.ethnicity().name(),
                    c.position(), c.rank() == null ? null : c.rank().name(), c.managementTier().name(), c.partyMember(),
                    c.partyJoinDate(), Names.searchable(c.fullName()), c.id()});
            for (CommitteeMembership m : c.committeeMemberships()) {
                seats.add(new Object[]{c.id(), m.committee().name(), m.termStart(), m.termEnd()});
            }
        }
        batch.batchUpdate("""
                UPDATE cadre SET national_id = ?, full_name = ?, birth_date = ?, gender = ?, ethnicity = ?, position = ?,
                                 rank = ?, management_tier = ?, party_member = ?, party_join_date = ?, search_name = ?
                WHERE id = ?""", rows, UPDATE_TYPES);
        batch.batchUpdate("DELETE FROM committee_membership WHERE cadre_id = ?",
                cadres.stream().map(c -> new Object[]{c.id()}).toList());
        insertSeats(seats);
    }

    private void insertSeats(List<Object[]> seats) {
        if (!seats.isEmpty()) {
            batch.batchUpdate("INSERT INTO committee_membership (cadre_id, committee, term_start, term_end) VALUES (?, ?, ?, ?)", seats);
        }
    }

    void moveTo(UUID cadreId, UUID unitId) {
        jdbc.sql("UPDATE cadre SET unit_id = :unit WHERE id = :id").param("id", cadreId).param("unit", unitId).update();
    }

    /** Moves each cadre to its unit in one statement, whatever their number. */
    void moveAll(List<UUID> cadreIds, List<UUID> unitIds) {
        if (cadreIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE cadre c SET unit_id = m.unit_id
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:units AS uuid[])) AS m (id, unit_id) WHERE c.id = m.id""")
                .param("ids", cadreIds.toArray(UUID[]::new)).param("units", unitIds.toArray(UUID[]::new)).update();
    }

    /** The active cadres serving in the units, in a stable order; locked for the rest of the transaction if asked. */
    List<Cadres.Placement> servingIn(Collection<UUID> unitIds, boolean lock) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, unit_id, status FROM cadre WHERE unit_id = ANY(:units) AND status = 'ACTIVE' ORDER BY id"
                        + (lock ? " FOR UPDATE" : ""))
                .param("units", unitIds.toArray(UUID[]::new))
                .query((rs, i) -> new Cadres.Placement(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
                        CadreStatus.valueOf(rs.getString("status"))))
                .list();
    }

    Map<UUID, Cadres.Placement> placesOf(Collection<UUID> cadreIds) {
        Map<UUID, Cadres.Placement> places = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return places;
        }
        jdbc.sql("SELECT id, unit_id, status FROM cadre WHERE id = ANY(:ids)")
                .param("ids", cadreIds.toArray(UUID[]::new))
                .query((rs, i) -> places.put(rs.getObject("id", UUID.class), new Cadres.Placement(rs.getObject("id", UUID.class),
                        rs.getObject("unit_id", UUID.class), CadreStatus.valueOf(rs.getString("status")))))
                .list();
        return places;
    }

    Map<UUID, String> namesOf(Collection<UUID> cadreIds) {
        Map<UUID, String> names = new HashMap<>();
        if (cadreIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, full_name FROM cadre WHERE id = ANY(:ids)").param("ids", cadreIds.toArray(UUID[]::new))
                .query((rs, i) -> names.put(rs.getObject("id", UUID.class), rs.getString("full_name"))).list();
        return names;
    }

    Map<UUID, PersonalRecords.Card> cardsOf(Collection<UUID> cadreIds) {
        Map<UUID, PersonalRecords.Card> cards = new HashMap<>();
        jdbc.sql("SELECT id, full_name, unit_id, position, status FROM cadre WHERE id = ANY(:ids)")
                .param("ids", cadreIds.toArray(UUID[]::new))
                .query((rs, i) -> cards.put(rs.getObject("id", UUID.class), new PersonalRecords.Card(rs.getObject("id", UUID.class),
                        rs.getString("full_name"), rs.getObject("unit_id", UUID.class), rs.getString("position"),
                        CadreStatus.valueOf(rs.getString("status")))))
                .list();
        return cards;
    }

    void depart(UUID cadreId, CadreStatus status, LocalDate on, String reason) {
        jdbc.sql("UPDATE cadre SET status = :status, departed_on = :on, departure_reason = :reason WHERE id = :id")
                .param("id", cadreId).param("status", status.name()).param("on", on).param("reason", reason).update();
    }

    Optional<Cadre> find(UUID id) {
        return withSeats(jdbc.sql("SELECT " + COLUMNS + " FROM cadre WHERE id = :id").param("id", id)
                .query(CadreRepository::map).list()).stream().findFirst();
    }

    /** Locks the cadre's row for the rest of the transaction: two changes to one cadre apply one after the other. */
    Optional<Cadre> lock(UUID id) {
        return withSeats(jdbc.sql("SELECT " + COLUMNS + " FROM cadre WHERE id = :id FOR UPDATE").param("id", id)
                .query(CadreRepository::map).list()).stream().findFirst();
    }

    boolean nationalIdTaken(String nationalId) {
        return jdbc.sql("SELECT count(*) FROM cadre WHERE national_id = :id").param("id", nationalId).query(Long.class).single() > 0;
    }

    Map<String, Cadre> findByNationalIds(Collection<String> nationalIds) {
        Map<String, Cadre> found = new HashMap<>();
        if (nationalIds.isEmpty()) {
            return found;
        }
        withSeats(jdbc.sql("SELECT " + COLUMNS + " FROM cadre WHERE national_id = ANY(:ids) FOR UPDATE")
                .param("ids", nationalIds.toArray(String[]::new)).query(CadreRepository::map).list())
                .forEach(c -> found.put(c.nationalId(), c));
        return found;
    }

    /**
     * A page of the cadres that match, among those serving in {@code within} and the units below them (all cadres when
     * {@code within} is null).
     */
    CadrePage search(CadreSearch criteria, Set<UUID> within, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        List<String> ctes = new ArrayList<>();
        if (criteria.unitId() != null) {
            if (criteria.includeSubunits()) {
                ctes.add(subtree("scope", ":unit"));
                where.append(" AND c.unit_id IN (SELECT id FROM scope)");
            } else {
                where.append(" AND c.unit_id = :unit");
            }
            params.put("unit", criteria.unitId());
        }
        if (within != null) {
            ctes.add(subtree("allowed", "ANY(:within)"));
            where.append(" AND c.unit_id IN (SELECT id FROM allowed)");
            params.put("within", within.toArray(UUID[]::new));
        }
        String with = ctes.isEmpty() ? "" : "WITH RECURSIVE " + String.join(", ", ctes) + " ";
        if (criteria.tier() != null) {
            where.append(" AND c.management_tier = :tier");
            params.put("tier", criteria.tier().name());
        }
        if (criteria.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", criteria.status().name());
        }
        if (criteria.ladder() != null && criteria.level() != null) {
            // The level reached is the highest rank among the ladder's records; none is rank 0 (NONE).
            StringBuilder rank = new StringBuilder("COALESCE((SELECT max(CASE q.level");
            List<String> levels = criteria.ladder().levels();
            for (int i = 1; i < levels.size(); i++) {
                rank.append(" WHEN :level").append(i).append(" THEN ").append(i);
                params.put("level" + i, levels.get(i));
            }
            rank.append(" ELSE 0 END) FROM qualification_record q WHERE q.cadre_id = c.id AND q.ladder = :ladder), 0)");
            String compare = switch (criteria.levelMatch()) {
                case EXACT -> " = ";
                case AT_LEAST -> " >= ";
                case BELOW -> " < ";
            };
            where.append(" AND ").append(rank).append(compare).append(":rank");
            params.put("ladder", criteria.ladder().name());
            params.put("rank", criteria.ladder().rank(criteria.level()));
        }
        if (criteria.committee() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM committee_membership m WHERE m.cadre_id = c.id AND m.committee = :committee"
                    + " AND :committeeYear BETWEEN m.term_start AND m.term_end)");
            params.put("committee", criteria.committee().name());
            params.put("committeeYear", criteria.committeeYear());
        }
        if (criteria.name() != null && !Names.searchable(criteria.name()).isEmpty()) {
            where.append(" AND c.search_name LIKE :name ESCAPE '\\'");
            params.put("name", "%" + Names.searchable(criteria.name()).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        long total = jdbc.sql(with + "SELECT count(*) FROM cadre c" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Cadre> items = jdbc.sql(with + "SELECT " + COLUMNS.replaceAll("(\\w+)", "c.$1") + " FROM cadre c" + where
                        + " ORDER BY c.search_name, c.id LIMIT :limit OFFSET :offset")
                .params(params).query(CadreRepository::map).list();
        return new CadrePage(withSeats(items), total);
    }

    /** Every cadre serving in {@code within} or below (everyone when null), for export, in a stable order. */
    List<Cadre> all(Set<UUID> within) {
        if (within == null) {
            return withSeats(jdbc.sql("SELECT " + COLUMNS + " FROM cadre ORDER BY search_name, id").query(CadreRepository::map).list());
        }
        return withSeats(jdbc.sql("WITH RECURSIVE " + subtree("allowed", "ANY(:within)") + " SELECT " + COLUMNS
                        + " FROM cadre WHERE unit_id IN (SELECT id FROM allowed) ORDER BY search_name, id")
                .param("within", within.toArray(UUID[]::new)).query(CadreRepository::map).list());
    }

    /** A recursive common table expression named {@code name}: the units matching {@code ids} and all below them. */
    private static String subtree(String name, String ids) {
        return name + " (id) AS (SELECT id FROM unit WHERE id = " + ids
                + " UNION SELECT u.id FROM unit u JOIN " + name + " s ON u.parent_id = s.id)";
    }

    private List<Cadre> withSeats(List<Cadre> cadres) {
        if (cadres.isEmpty()) {
            return cadres;
        }
        Map<UUID, List<CommitteeMembership>> seats = new HashMap<>();
        jdbc.sql("""
                        SELECT cadre_id, committee, term_start, term_end FROM committee_membership
                        WHERE cadre_id = ANY(:ids) ORDER BY term_start, committee""")
                .param("ids", cadres.stream().map(Cadre::id).toArray(UUID[]::new))
                .query((rs, i) -> {
                    seats.computeIfAbsent(rs.getObject("cadre_id", UUID.class), k -> new ArrayList<>())
                            .add(new CommitteeMembership(Committee.valueOf(rs.getString("committee")),
                                    rs.getInt("term_start"), rs.getInt("term_end")));
                    return null;
                }).list();
        if (seats.isEmpty()) {
            return cadres;
        }
        return cadres.stream().map(c -> new Cadre(c.id(), c.nationalId(), c.fullName(), c.birthDate(), c.gender(),
                c.ethnicity(), c.unitId(), c.position(), c.rank(), c.managementTier(), c.partyMember(), c.partyJoinDate(),
                c.status(), seats.getOrDefault(c.id(), List.of()), c.departedOn(), c.servingSince())).toList();
    }

    static Cadre map(ResultSet rs, int row) throws SQLException {
        String rank = rs.getString("rank");
        return new Cadre(rs.getObject("id", UUID.class), rs.getString("national_id"), rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class), Gender.valueOf(rs.getString("gender")),
                Ethnicity.valueOf(rs.getString("ethnicity")), rs.getObject("unit_id", UUID.class), rs.getString("position"),
                rank == null ? null : CivilServiceRank.valueOf(rank), ManagementTier.valueOf(rs.getString("management_tier")),
                rs.getBoolean("party_member"), rs.getObject("party_join_date", LocalDate.class),
                CadreStatus.valueOf(rs.getString("status")), List.of(), rs.getObject("departed_on", LocalDate.class),
                rs.getObject("serving_since", LocalDate.class));
    }
}
