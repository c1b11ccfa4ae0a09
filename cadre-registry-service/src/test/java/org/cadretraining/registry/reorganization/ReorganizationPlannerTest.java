package org.cadretraining.registry.reorganization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.registry.bulk.RowProblem;
import org.cadretraining.registry.bulk.SheetRow;
import org.cadretraining.registry.cadres.Cadres;
import org.cadretraining.registry.units.SuccessionKind;
import org.cadretraining.registry.units.Unit;
import org.junit.jupiter.api.Test;

/** The rules of a reorganization, on a register held in memory: no Spring, no database. */
class ReorganizationPlannerTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 8, 15);
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);
    private static final String JULY_FIRST = "01/07/2025";

    /** A register held in memory: units, cadres and the units the official may change (all, unless narrowed). */
    private static final class Memory implements Register {
        final Map<UUID, Unit> units = new HashMap<>();
        final Map<UUID, Cadres.Placement> cadres = new HashMap<>();
        Set<UUID> writable;

        Unit unit(String code, UnitLevel level, UnitKind kind, Unit parent) {
            return unit(code, level, kind, parent, null);
        }

        Unit unit(String code, UnitLevel level, UnitKind kind, Unit parent, String officialCode) {
            Unit u = new Unit(UUID.randomUUID(), code, code, level, parent == null ? null : parent.id(), null, kind, officialCode,
                    SINCE, null);
            units.put(u.id(), u);
            return u;
        }

        Unit closed(String code, String officialCode) {
            Unit u = new Unit(UUID.randomUUID(), code, code, UnitLevel.COMMUNE, null, Instant.parse("2024-01-01T00:00:00Z"),
                    UnitKind.COMMUNE, officialCode, SINCE, LocalDate.of(2023, 12, 31));
            units.put(u.id(), u);
            return u;
        }

        UUID cadre(Unit unit) {
            UUID id = UUID.randomUUID();
            cadres.put(id, new Cadres.Placement(id, unit.id(), CadreStatus.ACTIVE));
            return id;
        }

        @Override
        public List<Unit> units() {
            return new ArrayList<>(units.values());
        }

        @Override
        public Map<UUID, LocalDate> placedSince(Collection<UUID> unitIds) {
            Map<UUID, LocalDate> since = new HashMap<>();
            unitIds.forEach(id -> since.put(id, SINCE));
            return since;
        }

        @Override
        public List<Cadres.Placement> servingIn(Collection<UUID> unitIds) {
            return cadres.values().stream().filter(c -> unitIds.contains(c.unitId()) && c.status() == CadreStatus.ACTIVE)
                    .sorted((a, b) -> a.cadreId().compareTo(b.cadreId())).toList();
        }

        @Override
        public Map<UUID, Cadres.Placement> placesOf(Collection<UUID> cadreIds) {
            Map<UUID, Cadres.Placement> found = new HashMap<>();
            cadreIds.forEach(id -> {
                if (cadres.containsKey(id)) {
                    found.put(id, cadres.get(id));
                }
            });
            return found;
        }

        @Override
        public boolean writable(UUID unitId) {
            return writable == null || writable.contains(unitId);
        }
    }

    private final Memory register = new Memory();
    private final Unit province = register.unit("DB", UnitLevel.PROVINCE, UnitKind.PROVINCE, null, "11");
    private final List<SheetRow> sheet = new ArrayList<>();

    /** A row of the mapping, its cells by column; line numbers follow the header (line 1). */
    private void row(Object... pairs) {
        String[] cells = new String[MappingColumn.values().length];
        Arrays.fill(cells, "");
        for (int i = 0; i < pairs.length; i += 2) {
            cells[((MappingColumn) pairs[i]).ordinal()] = String.valueOf(pairs[i + 1]);
        }
        sheet.add(new SheetRow(sheet.size() + 2, Arrays.asList(cells)));
    }

    private Plan plan() {
        MappingParser.Parsed parsed = MappingParser.parse(sheet);
        return new ReorganizationPlanner(UUID.randomUUID(), "Đề án 01/2025", register, TODAY).plan(parsed.rows(), parsed.problems());
    }

    private static List<String> problems(Plan plan) {
        return plan.problems().stream().map(p -> p.line() + "|" + p.column() + "|" + p.reason()).toList();
    }

    @Test
    void aMergerIntoANewCommuneMovesEveryCadreAndSubUnitAndClosesThePredecessorsTheDayBefore() {
        Unit district = register.unit("MC", UnitLevel.DISTRICT, UnitKind.DISTRICT, province, "095");
        Unit a = register.unit("XA", UnitLevel.COMMUNE, UnitKind.COMMUNE, district, "03001");
        Unit b = register.unit("XB", UnitLevel.COMMUNE, UnitKind.COMMUNE, district, "03004");
        Unit cell = register.unit("CB-A", UnitLevel.COMMUNE, UnitKind.PARTY_CELL, a);
        Set<UUID> cadres = new HashSet<>(List.of(register.cadre(a), register.cadre(a), register.cadre(b)));
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XA",
                MappingColumn.NEW_UNIT, "XM", MappingColumn.NEW_NAME, "Xã Mường Mới", MappingColumn.NEW_KIND, "Xã",
                MappingColumn.NEW_OFFICIAL_CODE, "03160");
        // The second row names the predecessor by its official code and repeats nothing of the new unit.
        row(MappingColumn.CHANGE, "MERGE", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "03004",
                MappingColumn.NEW_UNIT, "XM");

        Plan plan = plan();

        assertThat(problems(plan)).isEmpty();
        assertThat(plan.newUnits()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo("XM");
            assertThat(u.kind()).isEqualTo(UnitKind.COMMUNE);
            assertThat(u.level()).isEqualTo(UnitLevel.COMMUNE);
            assertThat(u.officialCode()).isEqualTo("03160");
            assertThat(u.parentId()).as("under the predecessors' parent").isEqualTo(district.id());
            assertThat(u.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        });
        UUID merged = plan.newUnits().get(0).id();
        Plan.Change change = plan.changes().get(0);
        assertThat(change.kind()).isEqualTo(SuccessionKind.MERGE);
        assertThat(change.reason()).isEqualTo("Sáp nhập theo Đề án 01/2025");
        assertThat(change.predecessors()).extracting(Unit::code).containsExactly("XA", "XB");
        assertThat(change.successors()).containsExactly(merged);
        assertThat(change.subUnits()).singleElement().satisfies(m -> {
            assertThat(m.unit().id()).isEqualTo(cell.id());
            assertThat(m.toParentId()).isEqualTo(merged);
        });
        assertThat(plan.cadreMoves()).extracting(Plan.CadreMove::cadreId).containsExactlyInAnyOrderElementsOf(cadres);
        assertThat(plan.cadreMoves()).extracting(Plan.CadreMove::toUnitId).containsOnly(merged);
        assertThat(change.closures()).containsOnlyKeys(a.id(), b.id());
        assertThat(plan.links()).extracting(l -> l.predecessorId() + ">" + l.successorId())
                .containsExactlyInAnyOrder(a.id() + ">" + merged, b.id() + ">" + merged);
        assertThat(plan.involved()).contains(a.id(), b.id(), cell.id(), district.id());
    }

    @Test
    void aMergerIntoAnExistingUnitCreatesNothing() {
        Unit host = register.unit("CT", UnitLevel.PROVINCE, UnitKind.PROVINCE, null, "92");
        Unit absorbed = register.unit("ST", UnitLevel.PROVINCE, UnitKind.PROVINCE, null, "94");
        Unit dept = register.unit("ST-SNV", UnitLevel.PROVINCE, UnitKind.STATE_AGENCY, absorbed);
        UUID cadre = register.cadre(absorbed);
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "94",
                MappingColumn.NEW_UNIT, "92");

        Plan plan = plan();

        assertThat(problems(plan)).isEmpty();
        assertThat(plan.newUnits()).isEmpty();
        assertThat(plan.cadreMoves()).containsExactly(new Plan.CadreMove(cadre, absorbed.id(), host.id()));
        assertThat(plan.changes().get(0).subUnits()).extracting(m -> m.unit().id() + ">" + m.toParentId())
                .containsExactly(dept.id() + ">" + host.id());
    }

    @Test
    void aSplitAssignsEachCadreAndSubUnitToTheSuccessorItsRowNames() {
        Unit district = register.unit("TG", UnitLevel.DISTRICT, UnitKind.DISTRICT, province);
        Unit commune = register.unit("XS", UnitLevel.COMMUNE, UnitKind.COMMUNE, district, "03200");
        Unit other = register.unit("XO", UnitLevel.COMMUNE, UnitKind.COMMUNE, district, "03300");
        Unit cell = register.unit("CB-S", UnitLevel.COMMUNE, UnitKind.PARTY_CELL, commune);
        UUID first = register.cadre(commune);
        UUID second = register.cadre(commune);
        row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XS",
                MappingColumn.NEW_UNIT, "XS-1", MappingColumn.NEW_NAME, "Xã Sơn 1", MappingColumn.NEW_OFFICIAL_CODE, "03201");
        row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XS",
                MappingColumn.NEW_UNIT, "XO");
        row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XS",
                MappingColumn.NEW_UNIT, "XS-1", MappingColumn.CADRE_ID, first);
        row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XS",
                MappingColumn.NEW_UNIT, "XO", MappingColumn.CADRE_ID, second);
        row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XS",
                MappingColumn.NEW_UNIT, "XO", MappingColumn.SUB_UNIT, "CB-S");

        Plan plan = plan();

        assertThat(problems(plan)).isEmpty();
        UUID created = plan.newUnits().get(0).id();
        Plan.Change split = plan.changes().get(0);
        assertThat(split.kind()).isEqualTo(SuccessionKind.SPLIT);
        assertThat(split.successors()).containsExactly(created, other.id());
        assertThat(split.cadres()).containsExactlyInAnyOrder(new Plan.CadreMove(first, commune.id(), created),
                new Plan.CadreMove(second, commune.id(), other.id()));
        assertThat(split.subUnits()).extracting(m -> m.unit().id() + ">" + m.toParentId()).containsExactly(cell.id() + ">" + other.id());
        assertThat(split.reason()).startsWith("Chia tách theo");
    }

    @Test
    void aSplitThatLeavesACadreOrASubUnitWithoutSuccessorOrNamesSomeoneElsesCadreIsStopped() {
        Unit commune = register.unit("XS", UnitLevel.COMMUNE, UnitKind.COMMUNE, province);
        Unit elsewhere = register.unit("XE", UnitLevel.COMMUNE, UnitKind.COMMUNE, province);
        register.unit("CB-S", UnitLevel.COMMUNE, UnitKind.PARTY_CELL, commune);
        UUID forgotten = register.cadre(commune);
        UUID stranger = register.cadre(elsewhere);
        row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XS",
                MappingColumn.NEW_UNIT, "XS-1", MappingColumn.NEW_NAME, "Xã Sơn 1");
        row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XS",
                MappingColumn.NEW_UNIT, "XS-2", MappingColumn.NEW_NAME, "Xã Sơn 2");
        row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XS",
                MappingColumn.NEW_UNIT, "XS-2", MappingColumn.CADRE_ID, stranger);
        row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XS",
                MappingColumn.NEW_UNIT, "XS-2", MappingColumn.CADRE_ID, UUID.randomUUID());

        Plan plan = plan();

        assertThat(plan.applicable()).isFalse();
        assertThat(problems(plan)).contains(
                "2|Mã đơn vị trực thuộc|sub-unit CB-S of unit XS has no successor; add a row naming it in \"Mã đơn vị trực thuộc\"",
                "2|Mã cán bộ|cadre " + forgotten + " serves in unit XS and has no successor; add a row with their \"Mã cán bộ\"",
                "4|Mã cán bộ|the cadre does not serve in unit XS",
                "5|Mã cán bộ|no cadre has this id");
    }

    @Test
    void anAbolishedDistrictPassesItsUnitsToTheProvinceAndItsOwnCadresToTheUnitNamed() {
        Unit district = register.unit("HDB", UnitLevel.DISTRICT, UnitKind.DISTRICT, province, "094");
        Unit x1 = register.unit("X1", UnitLevel.COMMUNE, UnitKind.COMMUNE, district, "03151");
        Unit x2 = register.unit("X2", UnitLevel.COMMUNE, UnitKind.WARD, district, "03152");
        Unit dept = register.unit("SNV", UnitLevel.PROVINCE, UnitKind.STATE_AGENCY, province);
        UUID official = register.cadre(district);
        UUID chair = register.cadre(district);
        UUID communeCadre = register.cadre(x1);
        row(MappingColumn.CHANGE, "Kết thúc cấp huyện", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "094");
        row(MappingColumn.CHANGE, "ABOLISH_DISTRICT", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "HDB",
                MappingColumn.NEW_UNIT, "X1", MappingColumn.CADRE_ID, chair);

        Plan plan = plan();

        assertThat(problems(plan)).isEmpty();
        Plan.Change change = plan.changes().get(0);
        assertThat(change.kind()).isEqualTo(SuccessionKind.ABOLISH_DISTRICT);
        assertThat(change.subUnits()).extracting(m -> m.unit().id() + ">" + m.toParentId())
                .containsExactlyInAnyOrder(x1.id() + ">" + province.id(), x2.id() + ">" + province.id());
        assertThat(change.cadres()).containsExactlyInAnyOrder(new Plan.CadreMove(official, district.id(), province.id()),
                new Plan.CadreMove(chair, district.id(), x1.id()));
        assertThat(change.cadres()).extracting(Plan.CadreMove::cadreId).doesNotContain(communeCadre);
        assertThat(change.closures()).containsEntry(district.id(), List.of(x1.id(), x2.id()));
        assertThat(plan.involved()).doesNotContain(dept.id());
        assertThat(change.reason()).startsWith("Kết thúc hoạt động cấp huyện theo");
    }

    @Test
    void aCommuneMergedInThePlanThatAbolishesItsDistrictIsClosedFirstAndItsSuccessorGoesUnderTheProvince() {
        Unit district = register.unit("HDB", UnitLevel.DISTRICT, UnitKind.DISTRICT, province);
        Unit x1 = register.unit("X1", UnitLevel.COMMUNE, UnitKind.COMMUNE, district);
        Unit x2 = register.unit("X2", UnitLevel.COMMUNE, UnitKind.COMMUNE, district);
        row(MappingColumn.CHANGE, "Kết thúc cấp huyện", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "HDB");
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "X1",
                MappingColumn.NEW_UNIT, "XM", MappingColumn.NEW_NAME, "Xã Mới", MappingColumn.NEW_OFFICIAL_CODE, "03199");
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "X2",
                MappingColumn.NEW_UNIT, "XM");

        Plan plan = plan();

        assertThat(problems(plan)).isEmpty();
        UUID merged = plan.newUnits().get(0).id();
        assertThat(plan.newUnits().get(0).parentId()).as("where the district's units go").isEqualTo(province.id());
        assertThat(plan.changes()).extracting(Plan.Change::kind).containsExactly(SuccessionKind.MERGE, SuccessionKind.ABOLISH_DISTRICT);
        Plan.Change abolition = plan.changes().get(1);
        assertThat(abolition.subUnits()).as("the merged communes are closed, not moved").isEmpty();
        assertThat(abolition.closures()).containsEntry(district.id(), List.of(merged));
        assertThat(x1.dissolved()).isFalse();
    }

    @Test
    void everyRowThatCannotBeAppliedIsListedWithItsLineColumnAndReason() {
        Unit district = register.unit("HX", UnitLevel.DISTRICT, UnitKind.DISTRICT, province);
        Unit a = register.unit("XA", UnitLevel.COMMUNE, UnitKind.COMMUNE, district, "03001");
        register.unit("XB", UnitLevel.COMMUNE, UnitKind.COMMUNE, district, "03004");
        register.closed("XCU", "03007");
        Unit foreign = register.unit("XF", UnitLevel.COMMUNE, UnitKind.COMMUNE, district);
        register.writable = new HashSet<>(register.units.keySet());
        register.writable.remove(foreign.id());
        // 2: an unknown code; 3: a new unit given the code of a closed unit; 4: a unit already merged on line 3;
        // 5: a date after today; 6: a unit outside the official's grants; 7: a change word nobody knows.
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "KHONG-CO",
                MappingColumn.NEW_UNIT, "XA");
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XA",
                MappingColumn.NEW_UNIT, "XN", MappingColumn.NEW_NAME, "Xã Mới", MappingColumn.NEW_OFFICIAL_CODE, "03007");
        row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XA",
                MappingColumn.NEW_UNIT, "XB");
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, "01/09/2025", MappingColumn.OLD_UNIT, "XB",
                MappingColumn.NEW_UNIT, "XN");
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XF",
                MappingColumn.NEW_UNIT, "XN");
        row(MappingColumn.CHANGE, "Giải thể", MappingColumn.EFFECTIVE_DATE, "31/02/2025", MappingColumn.OLD_UNIT, "XA");

        Plan plan = plan();

        assertThat(plan.applicable()).isFalse();
        List<String> found = problems(plan);
        assertThat(found).contains(
                "2|Mã đơn vị cũ|no unit has the code or official code KHONG-CO",
                "4|Mã đơn vị cũ|unit XA is already merged on line 3; a unit takes part in one merger, split or abolition",
                "5|Ngày hiệu lực|differs from line 3 (01/07/2025), which is the same change",
                "6|Mã đơn vị cũ|unit XF is outside the units your grants let you change",
                "7|Ngày hiệu lực|must be a date as dd/mm/yyyy");
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("3|Mã hành chính đơn vị mới|03007 is the official code of unit XCU, closed"));
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("7|Loại thay đổi|must be one of: Sáp nhập (MERGE)"));
        assertThat(plan.problems()).extracting(RowProblem::line).isSorted();
        assertThat(a.dissolved()).isFalse();
    }

    @Test
    void aChangeDatedAfterTodayOrBeforeAUnitBeganIsStopped() {
        register.unit("XA", UnitLevel.COMMUNE, UnitKind.COMMUNE, province);
        register.unit("XB", UnitLevel.COMMUNE, UnitKind.COMMUNE, province);
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, "01/09/2025", MappingColumn.OLD_UNIT, "XA",
                MappingColumn.NEW_UNIT, "XB");
        assertThat(problems(plan())).containsExactly("2|Ngày hiệu lực|is after today; apply the reorganization on or after the"
                + " day it takes effect");

        sheet.clear();
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, "01/01/2019", MappingColumn.OLD_UNIT, "XA",
                MappingColumn.NEW_UNIT, "XB");
        assertThat(problems(plan())).anySatisfy(p -> assertThat(p).startsWith("2|Ngày hiệu lực|is not after the day unit XA began"));
    }

    @Test
    void aChainOrACycleOfChangesIsStopped() {
        register.unit("XA", UnitLevel.COMMUNE, UnitKind.COMMUNE, province);
        register.unit("XB", UnitLevel.COMMUNE, UnitKind.COMMUNE, province);
        register.unit("XC", UnitLevel.COMMUNE, UnitKind.COMMUNE, province);
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XA",
                MappingColumn.NEW_UNIT, "XB");
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XB",
                MappingColumn.NEW_UNIT, "XC");

        assertThat(problems(plan())).anySatisfy(p -> assertThat(p).startsWith("2|Mã đơn vị mới|unit XB is closed by this reorganization (line 3)"));
    }

    @Test
    void aNewUnitNeedsANameAndAnOfficialCodeThatFitsItsKind() {
        register.unit("XA", UnitLevel.COMMUNE, UnitKind.COMMUNE, province);
        register.unit("XB", UnitLevel.COMMUNE, UnitKind.COMMUNE, province);
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XA",
                MappingColumn.NEW_UNIT, "XN", MappingColumn.NEW_OFFICIAL_CODE, "12");
        row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "XB",
                MappingColumn.NEW_UNIT, "XN", MappingColumn.NEW_NAME, "Xã Mới");

        List<String> found = problems(plan());
        assertThat(found).anySatisfy(p -> assertThat(p).startsWith("2|Mã hành chính đơn vị mới|the official code of a COMMUNE-level unit has 5 digits"));
        assertThat(found).noneSatisfy(p -> assertThat(p).contains("give its name"));
    }

    @Test
    void theSameMappingPlannedTwiceGivesTheNewUnitsTheSameIds() {
        UUID reorganization = UUID.randomUUID();
        assertThat(ReorganizationPlanner.newUnitId(reorganization, "XM")).isEqualTo(ReorganizationPlanner.newUnitId(reorganization, "XM"))
                .isNotEqualTo(ReorganizationPlanner.newUnitId(UUID.randomUUID(), "XM"));
    }
}
