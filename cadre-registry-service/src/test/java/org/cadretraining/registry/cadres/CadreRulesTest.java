package org.cadretraining.registry.cadres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.CivilServiceRank;
import org.cadretraining.events.vocabulary.Committee;
import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;
import org.junit.jupiter.api.Test;

class CadreRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static NewCadre cadre(boolean partyMember, List<CommitteeMembership> seats) {
        return new NewCadre("011088000123", "Quàng Văn Minh", LocalDate.of(1988, 3, 12), Gender.MALE, Ethnicity.THAI,
                UUID.randomUUID(), "Chuyên viên", CivilServiceRank.SPECIALIST, ManagementTier.UNIT, partyMember,
                partyMember ? LocalDate.of(2012, 5, 19) : null, List.of(), seats);
    }

    @Test
    void committeeSeatsNeedAPartyMemberAFiveYearTermAndNoOverlap() {
        CommitteeMembership provincial = new CommitteeMembership(Committee.PROVINCIAL_EXECUTIVE, 2025, 2030);
        assertThat(CadreRules.problems(cadre(true, List.of(provincial,
                new CommitteeMembership(Committee.DISTRICT_EXECUTIVE, 2020, 2025))), TODAY)).isEmpty();
        assertThat(CadreRules.problems(cadre(false, List.of(provincial)), TODAY)).extracting(FieldProblem::field)
                .containsExactly("committeeMemberships[0]");
        assertThat(CadreRules.problems(cadre(true, List.of(new CommitteeMembership(Committee.PROVINCIAL_EXECUTIVE, 2020, 2030))), TODAY))
                .extracting(FieldProblem::reason).containsExactly("a term runs for one to 5 years, e.g. 2025–2030");
        assertThat(CadreRules.problems(cadre(true, List.of(provincial,
                new CommitteeMembership(Committee.PROVINCIAL_EXECUTIVE, 2027, 2032))), TODAY))
                .extracting(FieldProblem::reason).containsExactly("overlaps committeeMemberships[0] on the same committee");
    }

    @Test
    void onlyWhatOtherServicesSeeMakesAPublicProfileChange() {
        Cadre before = new Cadre(UUID.randomUUID(), "011088000123", "Quàng Văn Minh", LocalDate.of(1988, 3, 12), Gender.MALE,
                Ethnicity.THAI, UUID.randomUUID(), "Chuyên viên", CivilServiceRank.SPECIALIST, ManagementTier.UNIT, true,
                LocalDate.of(2012, 5, 19), CadreStatus.ACTIVE, List.of(), null);
        NewCadre sameButPrivate = new NewCadre("011088999999", "Quàng Văn Minh", LocalDate.of(1988, 3, 12), Gender.MALE,
                Ethnicity.MUONG, null, "Chuyên viên", CivilServiceRank.SPECIALIST, ManagementTier.UNIT, true,
                LocalDate.of(2013, 1, 1), List.of(), null);
        Cadre privateChange = before.withProfile(sameButPrivate);
        assertThat(privateChange).isNotEqualTo(before);
        assertThat(privateChange.samePublicProfile(before)).isTrue(); // another minority group: still ethnicMinority

        NewCadre toKinh = new NewCadre("011088000123", "Quàng Văn Minh", LocalDate.of(1988, 3, 12), Gender.MALE,
                Ethnicity.KINH, null, "Chuyên viên", CivilServiceRank.SPECIALIST, ManagementTier.UNIT, true,
                LocalDate.of(2012, 5, 19), List.of(), null);
        assertThat(before.withProfile(toKinh).samePublicProfile(before)).isFalse();
        assertThat(before.withProfile(toKinh).publicProfile(java.time.Instant.EPOCH).toString())
                .doesNotContain("011088000123", "KINH");
    }
}
