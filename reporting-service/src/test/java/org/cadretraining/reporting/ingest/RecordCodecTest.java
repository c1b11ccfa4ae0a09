package org.cadretraining.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.enrollment.PlanQuota;
import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.reporting.Events;
import org.cadretraining.reporting.views.BreakdownEntry;
import org.cadretraining.reporting.views.CadreProgress;
import org.cadretraining.reporting.views.ClassChange;
import org.cadretraining.reporting.views.ClassView;
import org.cadretraining.reporting.views.PlanChange;
import org.cadretraining.reporting.views.PlanView;
import org.cadretraining.reporting.views.TargetTally;
import org.cadretraining.reporting.views.UnitProgress;
import org.cadretraining.reporting.views.UnitContribution;
import org.cadretraining.reporting.views.UnitRoster;
import org.cadretraining.reporting.views.UnitView;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
    private static final String CADRE = "c-1";

    private static CadreProgress cadre() {
        return CadreProgress.empty(CADRE)
                .apply("e-1", Events.servingSince(Events.cadre(CADRE, "u-1", Gender.FEMALE, 1990, true, PoliticalTheoryLevel.ELEMENTARY),
                        LocalDate.of(2024, 1, 15)))
                .apply("e-2", Events.transfer(CADRE, "u-1", "u-2"))
                .apply("e-3", Events.enrolled("en-1", CADRE, ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE))
                .apply("e-4", Events.graduated("en-1", CADRE))
                .apply("e-5", Events.qualification(CADRE, Ladder.POLITICAL_THEORY, "INTERMEDIATE"))
                .apply("e-6", Events.enrolled("en-2", CADRE, ProgramCategory.LEADERSHIP, StudyMode.CONCENTRATED));
    }

    private static <T> T roundTrip(T value, Class<T> type) {
        return RecordCodec.decode(RecordCodec.encode(value, type), type);
    }

    @Test
    void aCadreComesBackWithItsWholeTimelineAndItsHistoryFoldsAlike() {
        CadreProgress cadre = cadre();
        CadreProgress back = roundTrip(cadre, CadreProgress.class);
        assertThat(back).isEqualTo(cadre);
        assertThat(back.timeline()).hasSize(cadre.timeline().size()).isNotEmpty();
        assertThat(back.history()).isEqualTo(cadre.history());
        // Far smaller than the JSON it replaces: no field names, no text numbers or dates.
        assertThat(RecordCodec.encode(cadre, CadreProgress.class).length).isLessThan(EventCodec.toJson(cadre).length / 2);
    }

    @Test
    void everyViewValueComesBackEqual() {
        CadreProgress cadre = cadre();
        Emitted emitted = Emitted.of(cadre, List.of(), target -> unit -> true, 2026);
        assertThat(emitted.dated()).isNotEmpty();
        assertThat(roundTrip(emitted, Emitted.class)).isEqualTo(emitted);

        UnitProgress unit = UnitProgress.empty().plus(UnitContribution.of(cadre));
        assertThat(roundTrip(unit, UnitProgress.class)).isEqualTo(unit);
        TargetTally frozen = new TargetTally(10, 7, 6, new TargetTally(9, 5, 6), null);
        assertThat(roundTrip(frozen, TargetTally.class)).isEqualTo(frozen);
        BreakdownEntry entry = new BreakdownEntry(new TargetTally(-1, 0, 1).afterDeadline(true), new ClassChange.Delta(1, 0, 0, -1));
        assertThat(roundTrip(entry, BreakdownEntry.class)).isEqualTo(entry);
        ClassView klass = ClassView.empty("k-1").apply(new ClassChange(Events.classScheduled("k-1", "p-1", StudyMode.CONCENTRATED, 50,
                LocalDate.of(2026, 2, 2)), null, new ClassChange.Delta(3, 1, 0, 0)));
        assertThat(roundTrip(klass, ClassView.class)).isEqualTo(klass);
        PlanView plan = PlanView.empty("pl-1").apply(new PlanChange(new TrainingPlanApproved("pl-1", 2026, "Kế hoạch năm 2026",
                List.of(new PlanQuota("p-1", ProgramCategory.POLITICAL_THEORY, StudyMode.CONCENTRATED, 4,
                        List.of(new PlanQuota.UnitAllocation("u-2", 4)))), Instant.parse("2026-01-05T03:00:00.123456789Z")), null))
                .apply(new PlanChange(null, new PlanChange.Sent("p-1", StudyMode.CONCENTRATED, "u-2", 2)));
        assertThat(roundTrip(plan, PlanView.class)).isEqualTo(plan);
        UnitView unitView = UnitView.NONE.apply(Events.unit("u-2", "XA-02", UnitLevel.COMMUNE, "u-1"));
        assertThat(roundTrip(unitView, UnitView.class)).isEqualTo(unitView);
        UnitRoster.Entry roster = new UnitRoster.Entry(CADRE, "Lò Thị Hương", "Chủ tịch Ủy ban nhân dân xã");
        assertThat(roundTrip(roster, UnitRoster.Entry.class)).isEqualTo(roster);
        PendingChange pending = PendingChange.unit("u-2", unit);
        assertThat(roundTrip(pending, PendingChange.class)).isEqualTo(pending);
        assertThat(roundTrip(-42L, Long.class)).isEqualTo(-42L);
    }

    record Before(String name, int count) {
    }

    record After(String name, int count, List<String> tags, boolean flag, LocalDate since) {
    }

    @Test
    void aComponentAddedLaterReadsAsItsDefaultAndNewerStateIsRefusedByAnOlderReader() {
        byte[] old = RecordCodec.encode(new Before("Điện Biên", 7), Before.class);
        assertThat(RecordCodec.decode(old, After.class)).isEqualTo(new After("Điện Biên", 7, null, false, null));

        byte[] newer = RecordCodec.encode(new After("x", 1, List.of("a"), true, LocalDate.of(2025, 7, 1)), After.class);
        assertThatThrownBy(() -> RecordCodec.decode(newer, Before.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 components");
    }

    @Test
    void stateWrittenAsJsonBeforeIsStillRead() {
        TargetTally tally = new TargetTally(3, 2, 1);
        assertThat(RecordCodec.decode(EventCodec.toJson(tally), TargetTally.class)).isEqualTo(tally);
    }

    record Holder(Object value) {
    }

    @Test
    void refusesWhatItCannotHaveWritten() {
        assertThatThrownBy(() -> RecordCodec.decode(RecordCodec.encode(new Holder(5), Holder.class), Holder.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Integer");
        byte[] whole = RecordCodec.encode(cadre(), CadreProgress.class);
        assertThatThrownBy(() -> RecordCodec.decode(Arrays.copyOf(whole, whole.length / 2), CadreProgress.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecordCodec.decode(new byte[] {7, 1, 2}, TargetTally.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first byte 7");
    }

    @Test
    void keepsNullsEmptyCollectionsAndTextOutsideAscii() {
        record Mixed(String text, String none, Map<String, Long> counts, List<LocalDate> days, Double ratio, Boolean maybe) {
        }
        Mixed mixed = new Mixed("Nguyễn Thị Hồng — Xã Mường Phăng", null, Map.of(), List.of(LocalDate.of(1899, 12, 31),
                LocalDate.of(2100, 1, 1)), -0.125, null);
        assertThat(roundTrip(mixed, Mixed.class)).isEqualTo(mixed);
    }
}
