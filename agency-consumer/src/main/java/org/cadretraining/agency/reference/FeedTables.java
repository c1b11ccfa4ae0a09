package org.cadretraining.agency.reference;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The agency's own tables: the feed's current state, one row per key, the offsets applied so far, and the records
 * refused. Everything one poll applies is written in one transaction with its offsets, so a restart resumes exactly
 * after the last record applied: nothing twice, nothing lost.
 */
final class FeedTables {
    private final Connection db;

    FeedTables(Connection db) throws SQLException {
        this.db = db;
        db.setAutoCommit(false);
    }

    void create() throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("""
                    CREATE TABLE IF NOT EXISTS feed_unit (
                        unit_id text PRIMARY KEY, official_code text, code text NOT NULL, name text NOT NULL,
                        level text NOT NULL, kind text, parent_unit_id text, valid_from date, valid_to date,
                        published_at timestamptz NOT NULL)""");
            sql.execute("""
                    CREATE TABLE IF NOT EXISTS feed_cadre (
                        cadre_id text PRIMARY KEY, unit_id text NOT NULL, unit_official_code text,
                        birth_cohort text NOT NULL, gender text, management_tier text, professional text,
                        political_theory text, state_management text, published_at timestamptz NOT NULL)""");
            sql.execute("""
                    CREATE TABLE IF NOT EXISTS feed_training (
                        enrollment_id text PRIMARY KEY, cadre_id text NOT NULL, program_id text NOT NULL,
                        program_category text, mode text, status text, start_date date, expected_end_date date,
                        ended_on date, confers_ladder text, confers_level text, unit_id text,
                        unit_official_code text, published_at timestamptz NOT NULL)""");
            sql.execute("""
                    CREATE TABLE IF NOT EXISTS feed_cadre_link (
                        cadre_id text PRIMARY KEY, citizen_id_pseudonym text NOT NULL, key_id text NOT NULL,
                        published_at timestamptz NOT NULL)""");
            sql.execute("""
                    CREATE TABLE IF NOT EXISTS feed_offset (
                        topic text NOT NULL, partition integer NOT NULL, next_offset bigint NOT NULL,
                        PRIMARY KEY (topic, partition))""");
            sql.execute("""
                    CREATE TABLE IF NOT EXISTS feed_rejected (
                        topic text NOT NULL, partition integer NOT NULL, record_offset bigint NOT NULL,
                        reason text NOT NULL, rejected_at timestamptz NOT NULL,
                        PRIMARY KEY (topic, partition, record_offset))""");
        }
        db.commit();
    }

    /** Keeps the snapshot of {@code key}; a later snapshot of the same key replaces it. */
    void keep(String topic, String key, JsonNode p) throws SQLException {
        switch (topic) {
            case "agency.units" -> upsert("""
                    INSERT INTO feed_unit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (unit_id) DO UPDATE SET official_code = excluded.official_code, code = excluded.code,
                        name = excluded.name, level = excluded.level, kind = excluded.kind,
                        parent_unit_id = excluded.parent_unit_id, valid_from = excluded.valid_from,
                        valid_to = excluded.valid_to, published_at = excluded.published_at""",
                    key, text(p, "officialCode"), text(p, "code"), text(p, "name"), text(p, "level"), text(p, "kind"),
                    text(p, "parentUnitId"), date(p, "validFrom"), date(p, "validTo"), instant(p, "publishedAt"));
            case "agency.cadres" -> upsert("""
                    INSERT INTO feed_cadre VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (cadre_id) DO UPDATE SET unit_id = excluded.unit_id,
                        unit_official_code = excluded.unit_official_code, birth_cohort = excluded.birth_cohort,
                        gender = excluded.gender, management_tier = excluded.management_tier,
                        professional = excluded.professional, political_theory = excluded.political_theory,
                        state_management = excluded.state_management, published_at = excluded.published_at""",
                    key, text(p, "unitId"), text(p, "unitOfficialCode"), text(p, "birthCohort"), text(p, "gender"),
                    text(p, "managementTier"), text(p.path("levels"), "professional"),
                    text(p.path("levels"), "politicalTheory"), text(p.path("levels"), "stateManagement"),
                    instant(p, "publishedAt"));
            case "agency.training" -> upsert("""
                    INSERT INTO feed_training VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (enrollment_id) DO UPDATE SET cadre_id = excluded.cadre_id,
                        program_id = excluded.program_id, program_category = excluded.program_category,
                        mode = excluded.mode, status = excluded.status, start_date = excluded.start_date,
                        expected_end_date = excluded.expected_end_date, ended_on = excluded.ended_on,
                        confers_ladder = excluded.confers_ladder, confers_level = excluded.confers_level,
                        unit_id = excluded.unit_id, unit_official_code = excluded.unit_official_code,
                        published_at = excluded.published_at""",
                    key, text(p, "cadreId"), text(p, "programId"), text(p, "programCategory"), text(p, "mode"),
                    text(p, "status"), date(p, "startDate"), date(p, "expectedEndDate"), date(p, "endedOn"),
                    text(p.path("confers"), "ladder"), text(p.path("confers"), "level"), text(p, "unitId"),
                    text(p, "unitOfficialCode"), instant(p, "publishedAt"));
            case "linkage.cadres" -> upsert("""
                    INSERT INTO feed_cadre_link VALUES (?, ?, ?, ?)
                    ON CONFLICT (cadre_id) DO UPDATE SET citizen_id_pseudonym = excluded.citizen_id_pseudonym,
                        key_id = excluded.key_id, published_at = excluded.published_at""",
                    key, text(p, "citizenIdPseudonym"), text(p, "keyId"), instant(p, "publishedAt"));
            default -> throw new IllegalArgumentException("Not a feed topic: " + topic);
        }
    }

    /** Forgets {@code key}: its tombstone says the feed no longer holds it (for a cadre: they departed). */
    void forget(String topic, String key) throws SQLException {
        String table = switch (topic) {
            case "agency.units" -> "feed_unit WHERE unit_id = ?";
            case "agency.cadres" -> "feed_cadre WHERE cadre_id = ?";
            case "agency.training" -> "feed_training WHERE enrollment_id = ?";
            case "linkage.cadres" -> "feed_cadre_link WHERE cadre_id = ?";
            default -> throw new IllegalArgumentException("Not a feed topic: " + topic);
        };
        upsert("DELETE FROM " + table, key);
    }

    void reject(String topic, int partition, long offset, String reason) throws SQLException {
        upsert("INSERT INTO feed_rejected VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", topic, partition, offset,
                reason, Timestamp.from(Instant.now()));
    }

    void applied(String topic, int partition, long nextOffset) throws SQLException {
        upsert("""
                INSERT INTO feed_offset VALUES (?, ?, ?)
                ON CONFLICT (topic, partition) DO UPDATE SET next_offset = excluded.next_offset""", topic, partition, nextOffset);
    }

    /** Where each partition resumes: the offset after the last record applied. */
    Map<String, Long> offsets() throws SQLException {
        Map<String, Long> offsets = new HashMap<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("SELECT topic, partition, next_offset FROM feed_offset")) {
            while (rs.next()) {
                offsets.put(rs.getString(1) + "-" + rs.getInt(2), rs.getLong(3));
            }
        }
        db.commit();
        return offsets;
    }

    void commit() throws SQLException {
        db.commit();
    }

    void rollback() throws SQLException {
        db.rollback();
    }

    private void upsert(String statement, Object... values) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                sql.setObject(i + 1, values[i]);
            }
            sql.executeUpdate();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    private static Date date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Date.valueOf(LocalDate.parse(text));
    }

    private static Timestamp instant(JsonNode node, String field) {
        return Timestamp.from(Instant.parse(node.path(field).asString()));
    }
}
