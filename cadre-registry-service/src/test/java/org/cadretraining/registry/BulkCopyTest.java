package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.registry.cadres.Cadre;
import org.cadretraining.registry.cadres.CadreRegistration;
import org.cadretraining.registry.cadres.Ethnicity;
import org.cadretraining.registry.cadres.Names;
import org.cadretraining.registry.cadres.NewCadre;
import org.cadretraining.registry.jdbc.BulkCopy;
import org.cadretraining.registry.qualifications.QualificationRecord;
import org.cadretraining.registry.qualifications.Qualifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The bulk writes (cadres, committee seats, qualification records, audit lines, outbox events) go through COPY: what
 * goes in comes back exactly, whatever the free text holds, and a failure anywhere in the transaction writes nothing.
 */
class BulkCopyTest extends RegistryIntegrationTest {
    /** Every character COPY's text format gives a meaning, beside quotes, Vietnamese and a character beyond the BMP. */
    private static final String AWKWARD = "Lò\tVăn\nMinh \\N \\. \\\\ \"ngoặc kép\" 'đơn' ,;| \r\n\\t 𠀧 end\\";

    @Autowired
    CadreRegistration registration;
    @Autowired
    Qualifications qualifications;
    @Autowired
    BulkCopy copy;
    @Autowired
    TransactionTemplate transaction;

    private static String nationalId() {
        return "014088" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private static Cadre cadre(UUID unitId, String nationalId, String name, String position) {
        return new Cadre(UUID.randomUUID(), nationalId, name, LocalDate.of(1988, 3, 12), Gender.MALE, Ethnicity.THAI, unitId,
                position, null, ManagementTier.UNIT, false, null, CadreStatus.ACTIVE,
                List.of(new CommitteeMembership(Committee.PROVINCIAL_EXECUTIVE, 2020, 2025)), null, null);
    }

    @Test
    void tabsNewlinesBackslashesQuotesAndNullsComeBackExactly() {
        UUID unit = UUID.fromString(createProvince());
        Cadre written = cadre(unit, nationalId(), AWKWARD, "Chuyên viên\t\\ \"chính\"\n");
        NewCadre.NewQualification level = new NewCadre.NewQualification(Ladder.PROFESSIONAL, "UNIVERSITY", AWKWARD, null,
                null, null);

        // Read back in the writing transaction, then rolled back: a name no form accepts stays out of the register
        // that other tests export and import again.
        transaction.executeWithoutResult(status -> {
            CadreRegistration.RegisteredCadre registered = registration.registerAll(List.of(
                    new CadreRegistration.Registration(written, List.of(level), QualificationSource.IMPORTED))).get(0);
            readsBackExactly(written, registered);
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM cadre WHERE id = :id").param("id", written.id()).query(Long.class).single()).isZero();
    }

    private void readsBackExactly(Cadre written, CadreRegistration.RegisteredCadre registered) {
        assertThat(registration.get(written.id()).cadre()).isEqualTo(written);
        List<QualificationRecord> records = qualifications.historyOf(written.id()).records();
        QualificationRecord sent = registered.history().records().get(0);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r).usingRecursiveComparison().ignoringFields("recordedAt").isEqualTo(sent);
            assertThat(r.fieldOfStudy()).isEqualTo(AWKWARD);
            assertThat(r.institution()).isNull();
            assertThat(r.year()).isNull();
            assertThat(r.awardedOn()).isNull();
            assertThat(r.recordedAt()).isCloseTo(sent.recordedAt(), within(1, ChronoUnit.MICROS));
        });
        assertThat(jdbc.sql("SELECT search_name FROM cadre WHERE id = :id").param("id", written.id()).query(String.class)
                .single()).isEqualTo(Names.searchable(AWKWARD)).contains("\\");

        JsonNode audit = EventCodec.mapper().readTree(jdbc.sql("""
                        SELECT after_value::text FROM audit_entry WHERE subject_id = :id AND action = 'CADRE_REGISTERED'""")
                .param("id", written.id()).query(String.class).single());
        assertThat(audit.path("fullName").asText()).isEqualTo(AWKWARD);
        assertThat(audit.path("rank").isNull()).isTrue();

        List<String> payloads = jdbc.sql("SELECT payload FROM outbox_event WHERE message_key = :key AND " + REQUEST_EVENTS + " ORDER BY position")
                .param("key", written.id().toString()).query(String.class).list();
        assertThat(payloads).hasSize(2);
        JsonNode registeredEvent = EventCodec.mapper().readTree(payloads.get(0));
        assertThat(registeredEvent.path("fullName").asText()).isEqualTo(AWKWARD);
        assertThat(registeredEvent.path("position").asText()).isEqualTo(written.position());
        assertThat(EventCodec.mapper().readTree(payloads.get(1)).path("fieldOfStudy").asText()).isEqualTo(AWKWARD);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE message_key = :key AND occurred_at IS NOT NULL AND actor IS NOT NULL AND "
                    + REQUEST_EVENTS)
                .param("key", written.id().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aConstraintViolatedAfterEveryTableWasCopiedLeavesNothingWritten() {
        UUID unit = UUID.fromString(createProvince());
        String taken = nationalId();
        Cadre first = cadre(unit, taken, "Quàng Văn Minh", "Chuyên viên");
        Cadre twin = cadre(unit, taken, "Cà Văn Tâm", null);
        NewCadre.NewQualification level = new NewCadre.NewQualification(Ladder.PROFESSIONAL, "UNIVERSITY", "Luật", null, null);

        // The first cadre's rows are all copied (cadre, seat, record, audit line, events) before the second's
        // cadre row breaks the national ID's uniqueness.
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
            registration.registerAll(List.of(new CadreRegistration.Registration(first, List.of(level), QualificationSource.IMPORTED)));
            assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE message_key = :key AND " + REQUEST_EVENTS)
                    .param("key", first.id().toString()).query(Long.class).single()).isEqualTo(2);
            registration.registerAll(List.of(new CadreRegistration.Registration(twin, List.of(), QualificationSource.IMPORTED)));
        })).isInstanceOf(DuplicateKeyException.class);

        for (UUID id : List.of(first.id(), twin.id())) {
            assertThat(jdbc.sql("SELECT count(*) FROM cadre WHERE id = :id").param("id", id).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM committee_membership WHERE cadre_id = :id").param("id", id).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM qualification_record WHERE cadre_id = :id").param("id", id).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = :id").param("id", id).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE message_key = :key AND " + REQUEST_EVENTS).param("key", id.toString()).query(Long.class).single()).isZero();
        }
    }

    @Test
    void aValueThatCannotBeWrittenCancelsTheCopyAndTheConnectionServesOnAfterTheRollback() {
        UUID subject = UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> copy.into("audit_entry", "subject_type", "subject_id",
                        "action", "acting_user").add("CADRE", subject, "TEST", "bulk-copy-test").add("CADRE", subject, new Object(), "x")
                .write()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject_id = :id").param("id", subject).query(Long.class).single()).isZero();
        // Every pooled connection still answers: none was left in COPY mode.
        for (int i = 0; i < 12; i++) {
            Integer one = transaction.execute(s -> jdbc.sql("SELECT 1").query(Integer.class).single());
            assertThat(one).isEqualTo(1);
        }
    }

    @Test
    void rowsOutsideATransactionAreRefused() {
        assertThatThrownBy(() -> copy.into("audit_entry", "subject_type", "subject_id", "action", "acting_user")
                .add("CADRE", UUID.randomUUID(), "TEST", "bulk-copy-test").write())
                .isInstanceOf(IllegalStateException.class);
    }
}
