package org.cadretraining.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.enrollment.PlanQuota;
import org.cadretraining.events.enrollment.TrainingPlanApproved;
import org.cadretraining.events.enrollment.TrainingPlanRevised;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;
import org.junit.jupiter.api.Test;

/** A plan's owner, its revisions by effective date, and a merged unit's seats and sending passed to its successor. */
class PlanFulfilmentTest {
    static final LocalDate E = LocalDate.of(2025, 7, 1);

    static PlanQuota quota(int seats, PlanQuota.UnitAllocation... allocations) {
        return new PlanQuota("p-1", ProgramCategory.POLITICAL_THEORY, StudyMode.IN_SERVICE, seats, List.of(allocations));
    }

    @Test
    void theQuotasOfTheDayAgainstTheSendingOfTheDayAndTheSuccessorCountsWhatItsPredecessorSent() {
        PlanView plan = PlanView.empty("plan-1")
                .apply(new PlanChange(new TrainingPlanApproved("plan-1", 2025, "Kế hoạch 2025 của Sở Nội vụ",
                        List.of(quota(5, new PlanQuota.UnitAllocation("soc-trang", 3), new PlanQuota.UnitAllocation("can-tho", 2))),
                        Instant.parse("2025-01-10T02:00:00Z"), "so-noi-vu"), null))
                // The merger, applied in August with effect from 1 July: Sóc Trăng's seats pass to Cần Thơ.
                .apply(new PlanChange(null, null, new TrainingPlanRevised("plan-1",
                        List.of(quota(5, new PlanQuota.UnitAllocation("can-tho", 5))), "Sáp nhập", "reorg-1", E,
                        Instant.parse("2025-08-15T02:00:00Z"))))
                .apply(new PlanChange(null, new PlanChange.Sent("p-1", StudyMode.IN_SERVICE, "soc-trang", 2)))
                .apply(new PlanChange(null, new PlanChange.Sent("p-1", StudyMode.IN_SERVICE, "can-tho", 1)));

        Map<String, String> names = Map.of("soc-trang", "Sóc Trăng", "can-tho", "Cần Thơ", "so-noi-vu", "Sở Nội vụ");
        PlanFulfilment before = PlanFulfilment.of(plan, LocalDate.of(2025, 6, 30), plan.sent(), plan.sentByUnit(), names::get,
                unit -> unit.equals("can-tho") ? List.of("soc-trang") : List.of());
        assertThat(before.ownerUnitName()).isEqualTo("Sở Nội vụ");
        assertThat(before.quotasFrom()).isNull();
        assertThat(before.quotas().get(0).units()).extracting(PlanFulfilment.UnitFulfilment::unitId,
                PlanFulfilment.UnitFulfilment::allocated, PlanFulfilment.UnitFulfilment::sent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("soc-trang", 3, 2L), org.assertj.core.groups.Tuple.tuple("can-tho", 2, 1L));

        PlanFulfilment now = PlanFulfilment.of(plan, null, plan.sent(), plan.sentByUnit(), names::get,
                unit -> unit.equals("can-tho") ? List.of("soc-trang") : List.of());
        assertThat(now.quotasFrom()).isEqualTo(E);
        assertThat(now.sent()).isEqualTo(3);
        // Cần Thơ's row holds Sóc Trăng's seats and what Sóc Trăng sent: nothing doubled, nothing lost.
        assertThat(now.quotas().get(0).units()).singleElement().satisfies(u -> {
            assertThat(u.allocated()).isEqualTo(5);
            assertThat(u.sent()).isEqualTo(3);
        });
    }
}
