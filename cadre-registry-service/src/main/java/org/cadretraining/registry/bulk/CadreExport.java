package org.cadretraining.registry.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Actor;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.platform.security.UnitScope;
import org.cadretraining.registry.cadres.Cadre;
import org.cadretraining.registry.cadres.Cadres;
import org.cadretraining.registry.cadres.PersonalRecords;
import org.cadretraining.registry.cadres.SensitiveFields;
import org.cadretraining.registry.qualifications.Qualifications;
import org.cadretraining.registry.qualifications.QualificationHistory;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the register in the import template's columns: an export imported again changes nothing. A file holds only
 * the cadres of the units the exporter's {@link Permission#REGISTER_EXPORT} covers, masks the sensitive fields where
 * they lack {@link Permission#SENSITIVE_READ}, names its exporter and time, and is logged as a read of everyone in it.
 */
@Service
public class CadreExport {
    private final Cadres cadres;
    private final Units units;
    private final Qualifications qualifications;
    private final AccessPolicy access;
    private final PersonalDataAccessLog log;
    private final Clock clock = Clock.system(Provenance.OFFICIALS_ZONE);

    CadreExport(Cadres cadres, Units units, Qualifications qualifications, AccessPolicy access, PersonalDataAccessLog log) {
        this.cadres = cadres;
        this.units = units;
        this.qualifications = qualifications;
        this.access = access;
        this.log = log;
    }

    public void template(SheetFormat format, OutputStream out) throws IOException {
        try (SheetWriter writer = SheetWriter.open(format, out)) {
            // headers only: an example row would be imported by whoever forgets to delete it
        }
    }

    /**
     * What the caller may export, fixed on the request's thread before the file streams on another: who they are,
     * when, which units the file may hold (null: all), and where the sensitive fields may be shown.
     */
    public record Request(SheetFormat format, String actor, Provenance provenance, Set<UUID> within, UnitScope sensitive) {
    }

    public Request prepare(SheetFormat format) {
        String actor = Actor.current();
        return new Request(format, actor, new Provenance(actor, ZonedDateTime.now(clock)),
                PersonalRecords.within(access.scope(Permission.REGISTER_EXPORT)), access.scope(Permission.SENSITIVE_READ));
    }

    @Transactional(readOnly = true)
    public void export(Request request, OutputStream out) throws IOException {
        // The file streams on a thread of its own: the access log names the exporter fixed on the request's thread.
        try {
            Actor.runAs(request.actor(), () -> write(request, out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void write(Request request, OutputStream out) {
        Map<UUID, String> codes = new HashMap<>();
        for (Unit unit : units.all()) {
            codes.put(unit.id(), unit.code());
        }
        List<Cadre> all = cadres.all(request.within());
        Map<UUID, QualificationHistory> histories = qualifications.historiesOf(all.stream().map(Cadre::id).toList());
        QualificationHistory none = new QualificationHistory(List.of());
        int masked = 0;
        try (SheetWriter writer = SheetWriter.open(request.format(), out, request.provenance())) {
            for (Cadre c : all) {
                QualificationHistory h = histories.getOrDefault(c.id(), none);
                boolean shown = request.sensitive().covers(c.unitId().toString());
                masked += shown ? 0 : 1;
                writer.write(List.of(shown ? c.nationalId() : SensitiveFields.maskNationalId(c.nationalId()), c.fullName(),
                        c.birthDate().format(RowParser.VIETNAMESE_DATE), Labels.GENDER.word(c.gender()),
                        shown ? Labels.ETHNICITY.word(c.ethnicity()) : "", codes.get(c.unitId()),
                        c.position() == null ? "" : c.position(), Labels.RANK.word(c.rank()),
                        Labels.TIER.word(c.managementTier()), !shown ? "" : c.partyMember() ? "Có" : "Không",
                        !shown || c.partyJoinDate() == null ? "" : c.partyJoinDate().format(RowParser.VIETNAMESE_DATE),
                        Labels.PROFESSIONAL.word(ProfessionalLevel.valueOf(h.currentLevel(Ladder.PROFESSIONAL))),
                        Labels.POLITICAL_THEORY.word(PoliticalTheoryLevel.valueOf(h.currentLevel(Ladder.POLITICAL_THEORY))),
                        Labels.STATE_MANAGEMENT.word(StateManagementLevel.valueOf(h.currentLevel(Ladder.STATE_MANAGEMENT))),
                        c.servingSince() == null ? "" : c.servingSince().format(RowParser.VIETNAMESE_DATE)));
            }
            writer.maskedRows(masked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<UUID> within = request.within();
        log.readMany(PersonalRecords.EXPORT_REGISTER, all.size(),
                within != null && within.size() == 1 ? within.iterator().next().toString() : null,
                request.format().name().toLowerCase() + ", " + masked + " masked");
    }
}
