package org.cadretraining.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cadretraining.events.vocabulary.Ladder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo's yearly plan keeps every rule enrollment checks, so that the loader's nominations and approvals succeed. */
class DemoPlanTest {
    private static final long SEED = 2026;

    private static DemoPlan plan(DemoProvince province, Set<String> busy) {
        return DemoPlan.draw(SEED, province, DemoProgram.CATALOGUE, busy);
    }

    /** The cadres the loader puts in the demo's own classes before the plan: a few of each program's candidates. */
    private static Set<String> busy(DemoProvince province) {
        Set<String> busy = new HashSet<>();
        for (DemoProgram program : DemoProgram.CATALOGUE) {
            List<DemoCadre> eligible = province.cadres().stream().filter(program::admits).toList();
            eligible.stream().limit(Math.min(eligible.size() / 2, program.capacity() * 2 / 3) * 2L)
                    .forEach(c -> busy.add(c.nationalId()));
        }
        return busy;
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 2000})
    void everyProgramGetsAQuotaSharedOutAmongItsUnitsAndMostSeatsFilled(int cadres) {
        DemoProvince province = DemoProvince.generate(SEED, cadres);
        Set<String> busy = busy(province);
        DemoPlan plan = plan(province, busy);

        assertThat(plan.year()).isEqualTo(DemoProvince.AS_OF.getYear());
        assertThat(plan.name()).endsWith("năm " + plan.year());
        assertThat(plan.needsDeadline().getYear()).isEqualTo(plan.year());
        if (cadres >= 2000) {
            assertThat(plan.quotas()).extracting(q -> q.program().code())
                    .containsExactlyInAnyOrder("LLCT-TC", "LLCT-CC", "QLNN-CVC", "THS-QLKT");
        } else {
            // A small province's candidates for the intermediate class all went to the demo's own classes.
            assertThat(plan.quotas()).extracting(q -> q.program().mode()).contains("CONCENTRATED", "IN_SERVICE");
        }
        // Seats go to the units as they are since 1 July 2025, each cadre counted in the unit they serve in now.
        Set<String> unitCodes = province.unitsToday().stream().map(DemoUnit::code).collect(Collectors.toSet());
        Map<String, String> unitOf = province.unitsTodayOfCadres();
        Set<String> sent = new HashSet<>();
        for (DemoPlan.Quota quota : plan.quotas()) {
            DemoProgram program = quota.program();
            assertThat(quota.quota()).as(program.code()).isBetween(1, program.capacity() / 2);
            assertThat(quota.allocations().values().stream().mapToInt(Integer::intValue).sum()).as(program.code())
                    .isEqualTo(quota.quota());
            assertThat(quota.allocations().keySet()).isSubsetOf(unitCodes);
            Map<String, Long> nominated = quota.nominees().stream()
                    .collect(Collectors.groupingBy(c -> unitOf.get(c.nationalId()), Collectors.counting()));
            quota.allocations().forEach((unit, seats) -> {
                long candidates = province.cadres().stream()
                        .filter(c -> unitOf.get(c.nationalId()).equals(unit) && !busy.contains(c.nationalId()) && program.admits(c)).count();
                assertThat(seats).as("%s seats for %s", program.code(), unit).isPositive().isLessThanOrEqualTo((int) candidates);
                assertThat(nominated.getOrDefault(unit, 0L)).as("%s sent by %s", program.code(), unit).isLessThanOrEqualTo(seats);
            });
            assertThat(quota.allocations().keySet()).containsAll(nominated.keySet());
            for (DemoCadre cadre : quota.nominees()) {
                assertThat(program.admits(cadre)).as("%s admits %s", program.code(), cadre.fullName()).isTrue();
                assertThat(busy).as("already in a class").doesNotContain(cadre.nationalId());
                assertThat(sent.add(cadre.nationalId())).as("%s sent once", cadre.fullName()).isTrue();
            }
        }
        // Part way through the year: most seats filled, not all.
        assertThat(plan.totalSent()).isEqualTo(sent.size()).isLessThan(plan.totalQuota())
                .isGreaterThanOrEqualTo(plan.totalQuota() * 7 / 10);
        assertThat(plan.quotas().stream().anyMatch(q -> q.allocations().size() > 1)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 2000})
    void theQuotasKeepTheConcentratedToInServiceRule(int cadres) {
        DemoProvince province = DemoProvince.generate(SEED, cadres);
        DemoPlan plan = plan(province, busy(province));
        int concentrated = plan.quota("CONCENTRATED");
        int inService = plan.quota("IN_SERVICE");
        assertThat(concentrated).isPositive();
        // Enrollment's rule at approval: in-service at least 1.2 × concentrated, rounded up to whole cadres.
        assertThat(inService * 5).isGreaterThanOrEqualTo(concentrated * 6);
        long concentratedSent = plan.quotas().stream().filter(q -> "CONCENTRATED".equals(q.program().mode()))
                .mapToLong(q -> q.nominees().size()).sum();
        long inServiceSent = plan.quotas().stream().filter(q -> "IN_SERVICE".equals(q.program().mode()))
                .mapToLong(q -> q.nominees().size()).sum();
        assertThat(inServiceSent * 5).as("seats filled keep the rule too").isGreaterThanOrEqualTo(concentratedSent * 6);
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 2000})
    void theSamePlanEveryTime(int cadres) {
        DemoProvince province = DemoProvince.generate(SEED, cadres);
        assertThat(plan(province, busy(province))).isEqualTo(plan(DemoProvince.generate(SEED, cadres), busy(province)));
    }

    @org.junit.jupiter.api.Test
    void prerequisitesAndWhatIsAlreadyHeldDecideWhoMayGo() {
        DemoProgram advanced = DemoProgram.CATALOGUE.stream().filter(p -> p.code().equals("LLCT-CC")).findFirst().orElseThrow();
        List<DemoCadre> cadres = DemoProvince.generate(SEED, 2000).cadres();
        List<DemoCadre> admitted = cadres.stream().filter(advanced::admits).toList();
        assertThat(admitted).isNotEmpty().allSatisfy(c -> {
            assertThat(c.highestLevel(Ladder.POLITICAL_THEORY)).isEqualTo("INTERMEDIATE");
            assertThat(Ladder.PROFESSIONAL.rank(c.highestLevel(Ladder.PROFESSIONAL)))
                    .isGreaterThanOrEqualTo(Ladder.PROFESSIONAL.rank("UNIVERSITY"));
            assertThat(c.ageOn(DemoProvince.AS_OF)).isLessThan(DemoProgram.MAXIMUM_AGE);
        });
        // Each rule turns some cadres away.
        assertThat(cadres).anyMatch(c -> c.highestLevel(Ladder.POLITICAL_THEORY).equals("ELEMENTARY") && !advanced.admits(c));
        assertThat(cadres).anyMatch(c -> c.highestLevel(Ladder.POLITICAL_THEORY).equals("ADVANCED") && !advanced.admits(c));
        assertThat(cadres).anyMatch(c -> c.highestLevel(Ladder.POLITICAL_THEORY).equals("INTERMEDIATE")
                && c.ageOn(DemoProvince.AS_OF) < DemoProgram.MAXIMUM_AGE
                && Ladder.PROFESSIONAL.rank(c.highestLevel(Ladder.PROFESSIONAL)) < Ladder.PROFESSIONAL.rank("UNIVERSITY")
                && !advanced.admits(c));
    }
}
