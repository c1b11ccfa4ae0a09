package org.cadretraining.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.platform.infrastructure.DatabaseCoordinates;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database of the version before the platform's grants keeps its trace of who read whose record. */
class MigrationTest {
    private static final String[] LOCATIONS = {"classpath:db/platform", "classpath:db/migration/reporting"};

    @Test
    void theOldRecordAccessTraceMovesIntoThePersonalDataAccessLogAndTheOldTablesGo() {
        DatabaseCoordinates db = Infrastructure.database("reporting_migration_" + UUID.randomUUID().toString().substring(0, 8));
        DriverManagerDataSource source = new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password());
        // As it was: reporting's own V1 and V2 applied; the platform's shared migrations (lower versions) come later.
        Flyway.configure().dataSource(source).locations("classpath:db/migration/reporting").target("2").load().migrate();
        JdbcClient jdbc = JdbcClient.create(source);
        jdbc.sql("INSERT INTO record_access (cadre_id, accessed_by, granted, accessed_at) VALUES "
                + "('cadre-1', 'huyen', true, '2025-03-01T08:00:00Z'), ('cadre-2', 'stranger', false, '2025-03-02T09:30:00Z')").update();
        jdbc.sql("INSERT INTO record_grant (username, unit_id, granted_by) VALUES ('huyen', 'district', 'admin')").update();

        Flyway.configure().dataSource(source).locations(LOCATIONS).outOfOrder(true).load().migrate();

        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT actor, action, granted, subject_id, subject_count, occurred_at = accessed AS same_time
                FROM personal_data_access
                JOIN (VALUES ('cadre-1', TIMESTAMPTZ '2025-03-01T08:00:00Z'), ('cadre-2', TIMESTAMPTZ '2025-03-02T09:30:00Z'))
                     AS old (cadre, accessed) ON old.cadre = subject_id
                ORDER BY subject_id""").query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("actor", "huyen").containsEntry("action", "READ_RECORD")
                .containsEntry("granted", true).containsEntry("subject_id", "cadre-1").containsEntry("same_time", true);
        assertThat(rows.get(1)).containsEntry("actor", "stranger").containsEntry("granted", false).containsEntry("same_time", true);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('record_access', 'record_grant')")
                .query(Long.class).single()).isZero();
    }
}
