package org.cadretraining.registry.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.registry.cadres.Cadre;
import org.cadretraining.registry.cadres.CadreRepository;
import org.cadretraining.registry.qualifications.QualificationHistory;
import org.cadretraining.registry.qualifications.QualificationRepository;
import org.cadretraining.registry.units.Unit;
import org.cadretraining.registry.units.UnitRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the register in the import template's columns: an export imported again changes nothing. */
@Service
public class CadreExport {
    private final CadreRepository cadres;
    private final UnitRepository units;
    private final QualificationRepository qualifications;

    public CadreExport(CadreRepository cadres, UnitRepository units, QualificationRepository qualifications) {
        this.cadres = cadres;
        this.units = units;
        this.qualifications = qualifications;
    }

    public void template(SheetFormat format, OutputStream out) throws IOException {
        try (SheetWriter writer = SheetWriter.open(format, out)) {
            // headers only: an example row would be imported by whoever forgets to delete it
        }
    }

    @Transactional(readOnly = true)
    public void export(SheetFormat format, OutputStream out) throws IOException {
        Map<UUID, String> codes = new HashMap<>();
        for (Unit unit : units.findAll()) {
            codes.put(unit.id(), unit.code());
        }
        List<Cadre> all = cadres.all();
        Map<UUID, QualificationHistory> histories = qualifications.historiesOf(all.stream().map(Cadre::id).toList());
        QualificationHistory none = new QualificationHistory(List.of());
        try (SheetWriter writer = SheetWriter.open(format, out)) {
            for (Cadre c : all) {
                QualificationHistory h = histories.getOrDefault(c.id(), none);
                writer.write(List.of(c.nationalId(), c.fullName(), c.birthDate().format(RowParser.VIETNAMESE_DATE),
                        Labels.GENDER.word(c.gender()), Labels.ETHNICITY.word(c.ethnicity()), codes.get(c.unitId()),
                        c.position() == null ? "" : c.position(), Labels.RANK.word(c.rank()),
                        Labels.TIER.word(c.managementTier()), c.partyMember() ? "Có" : "Không",
                        c.partyJoinDate() == null ? "" : c.partyJoinDate().format(RowParser.VIETNAMESE_DATE),
                        Labels.PROFESSIONAL.word(ProfessionalLevel.valueOf(h.currentLevel(Ladder.PROFESSIONAL))),
                        Labels.POLITICAL_THEORY.word(PoliticalTheoryLevel.valueOf(h.currentLevel(Ladder.POLITICAL_THEORY))),
                        Labels.STATE_MANAGEMENT.word(StateManagementLevel.valueOf(h.currentLevel(Ladder.STATE_MANAGEMENT)))));
            }
        }
    }
}
