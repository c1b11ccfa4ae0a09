package org.cadretraining.registry.succession;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.CadrePlanned;
import org.cadretraining.events.registry.CadreUnplanned;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.registry.audit.AuditTrail;
import org.cadretraining.registry.cadres.Cadre;
import org.cadretraining.registry.cadres.CadreLeft;
import org.cadretraining.registry.cadres.Cadres;
import org.cadretraining.registry.cadres.PersonalRecords;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans cadres for titles in a term and withdraws them; publishes {@code CadrePlanned} and {@code CadreUnplanned}.
 * Entries are written with {@link Permission#REGISTER_WRITE} on the cadre's unit and read with
 * {@link Permission#PERSON_READ} there.
 */
@Service
public class SuccessionPlanning {
    private static final String COLUMNS = "id, cadre_id, planned_title, term_start, term_end, decided_on, withdrawn_on, withdrawal_reason";
    private final JdbcClient jdbc;
    private final Cadres cadres;
    private final PersonalRecords records;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AccessPolicy access;

    SuccessionPlanning(JdbcClient jdbc, Cadres cadres, PersonalRecords records, Outbox outbox, AuditTrail audit,
                       AccessPolicy access) {
        this.jdbc = jdbc;
        this.cadres = cadres;
        this.records = records;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
    }

    @Transactional
    public SuccessionEntry plan(UUID cadreId, String title, int termStart, int termEnd, LocalDate decidedOn) {
        Cadre cadre = cadres.lock(cadreId);
        access.require(Permission.REGISTER_WRITE, cadre.unitId().toString());
        if (!cadre.active()) {
            throw DomainProblem.conflict("cadre-not-active", "Cadre not active",
                    "The cadre has status " + cadre.status() + " and cannot be planned for a title");
        }
        String problem = SuccessionEntry.termProblem(termStart, termEnd, decidedOn);
        if (problem != null) {
            throw DomainProblem.invalidField("termEnd", problem);
        }
        boolean exists = jdbc.sql("""
                        SELECT count(*) FROM succession_entry WHERE cadre_id = :c AND planned_title = :t
                        AND term_start = :s AND term_end = :e AND withdrawn_on IS NULL""")
                .param("c", cadreId).param("t", title).param("s", termStart).param("e", termEnd)
                .query(Long.class).single() > 0;
        if (exists) {
            throw new DomainProblem(HttpStatus.CONFLICT, "already-planned", "Already planned", "plannedTitle",
                    "plannedTitle: the cadre is already planned for this title in " + termStart + "–" + termEnd);
        }
        SuccessionEntry entry = new SuccessionEntry(UUID.randomUUID(), cadreId, title, termStart, termEnd, decidedOn, null, null);
        jdbc.sql("""
                        INSERT INTO succession_entry (id, cadre_id, planned_title, term_start, term_end, decided_on)
                        VALUES (:id, :c, :t, :s, :e, :d)""")
                .param("id", entry.id()).param("c", cadreId).param("t", title).param("s", termStart).param("e", termEnd)
                .param("d", decidedOn).update();
        audit.record(AuditTrail.CADRE, cadreId, "PLANNED", null, entry);
        outbox.append(EventTypes.CADRE_PLANNED, cadreId.toString(), new CadrePlanned(cadreId.toString(),
                entry.id().toString(), title, termStart, termEnd, decidedOn));
        return entry;
    }

    @Transactional
    public SuccessionEntry withdraw(UUID cadreId, UUID entryId, LocalDate decidedOn, String reason) {
        Cadre cadre = cadres.get(cadreId);
        access.require(Permission.REGISTER_WRITE, cadre.unitId().toString());
        return withdrawEntry(cadreId, entryId, decidedOn, reason);
    }

    private SuccessionEntry withdrawEntry(UUID cadreId, UUID entryId, LocalDate decidedOn, String reason) {
        SuccessionEntry entry = jdbc.sql("SELECT " + COLUMNS + " FROM succession_entry WHERE id = :id AND cadre_id = :c FOR UPDATE")
                .param("id", entryId).param("c", cadreId).query(SuccessionPlanning::map).optional()
                .orElseThrow(() -> DomainProblem.notFound("Succession entry", entryId.toString()));
        if (!entry.live()) {
            throw DomainProblem.conflict("already-withdrawn", "Entry already withdrawn",
                    "This succession entry was withdrawn on " + entry.withdrawnOn());
        }
        if (decidedOn.isBefore(entry.decidedOn())) {
            throw DomainProblem.invalidField("decidedOn", "is before the decision that made the entry");
        }
        jdbc.sql("UPDATE succession_entry SET withdrawn_on = :d, withdrawal_reason = :r WHERE id = :id")
                .param("id", entryId).param("d", decidedOn).param("r", reason).update();
        SuccessionEntry withdrawn = new SuccessionEntry(entry.id(), cadreId, entry.plannedTitle(), entry.termStart(),
                entry.termEnd(), entry.decidedOn(), decidedOn, reason);
        audit.record(AuditTrail.CADRE, cadreId, "UNPLANNED", entry, withdrawn);
        outbox.append(EventTypes.CADRE_UNPLANNED, cadreId.toString(), new CadreUnplanned(cadreId.toString(),
                entryId.toString(), decidedOn, reason));
        return withdrawn;
    }

    /** A cadre who retires or leaves is taken out of every plan, each withdrawal published as {@code CadreUnplanned}. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onDeparture(CadreLeft left) {
        List<SuccessionEntry> live = jdbc.sql("SELECT " + COLUMNS + " FROM succession_entry WHERE cadre_id = :c AND withdrawn_on IS NULL")
                .param("c", left.cadreId()).query(SuccessionPlanning::map).list();
        String reason = "cadre departed" + (left.reason() == null ? "" : ": " + left.reason());
        for (SuccessionEntry entry : live) {
            LocalDate on = left.effectiveDate().isBefore(entry.decidedOn()) ? entry.decidedOn() : left.effectiveDate();
            // The departure was allowed; what follows from it needs no check of its own.
            withdrawEntry(left.cadreId(), entry.id(), on, reason);
        }
    }

    /** The cadre's entries, for a reader with {@code PERSON_READ} on their unit; logged. */
    @Transactional(readOnly = true)
    public List<SuccessionEntry> entriesOf(UUID cadreId) {
        records.readable(cadreId, PersonalRecords.READ_SUCCESSION);
        return jdbc.sql("SELECT " + COLUMNS + " FROM succession_entry WHERE cadre_id = :c ORDER BY term_start, created_at")
                .param("c", cadreId).query(SuccessionPlanning::map).list();
    }

    private static SuccessionEntry map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new SuccessionEntry(rs.getObject("id", UUID.class), rs.getObject("cadre_id", UUID.class),
                rs.getString("planned_title"), rs.getInt("term_start"), rs.getInt("term_end"),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
                rs.getString("withdrawal_reason"));
    }
}
