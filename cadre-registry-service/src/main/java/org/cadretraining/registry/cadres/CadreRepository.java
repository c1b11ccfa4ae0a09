package org.cadretraining.registry.cadres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CadreRepository {
    private static final String COLUMNS = """
            id, national_id, full_name, birth_date, gender, ethnicity, unit_id, position, rank, management_tier,
            party_member, party_join_date, status""";
    private final JdbcClient jdbc;

    public CadreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Cadre cadre) {
        jdbc.sql("INSERT INTO cadre (" + COLUMNS + """
                        ) VALUES (:id, :nationalId, :fullName, :birthDate, :gender, :ethnicity, :unitId, :position, :rank,
                                  :tier, :partyMember, :partyJoinDate, :status)""")
                .param("id", cadre.id()).param("nationalId", cadre.nationalId()).param("fullName", cadre.fullName())
                .param("birthDate", cadre.birthDate()).param("gender", cadre.gender().name())
                .param("ethnicity", cadre.ethnicity().name()).param("unitId", cadre.unitId())
                .param("position", cadre.position()).param("rank", cadre.rank() == null ? null : cadre.rank().name())
                .param("tier", cadre.managementTier().name()).param("partyMember", cadre.partyMember())
                .param("partyJoinDate", cadre.partyJoinDate()).param("status", cadre.status().name())
                .update();
    }

    public Optional<Cadre> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cadre WHERE id = :id").param("id", id).query(CadreRepository::map).optional();
    }

    public boolean nationalIdTaken(String nationalId) {
        return jdbc.sql("SELECT count(*) FROM cadre WHERE national_id = :id").param("id", nationalId).query(Long.class).single() > 0;
    }

    static Cadre map(ResultSet rs, int row) throws SQLException {
        String rank = rs.getString("rank");
        return new Cadre(rs.getObject("id", UUID.class), rs.getString("national_id"), rs.getString("full_name"),
                rs.getObject("birth_date", java.time.LocalDate.class), Gender.valueOf(rs.getString("gender")),
                Ethnicity.valueOf(rs.getString("ethnicity")), rs.getObject("unit_id", UUID.class), rs.getString("position"),
                rank == null ? null : CivilServiceRank.valueOf(rank), ManagementTier.valueOf(rs.getString("management_tier")),
                rs.getBoolean("party_member"), rs.getObject("party_join_date", java.time.LocalDate.class),
                CadreStatus.valueOf(rs.getString("status")));
    }
}
