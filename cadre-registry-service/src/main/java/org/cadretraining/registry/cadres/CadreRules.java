package org.cadretraining.registry.cadres;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.cadretraining.events.vocabulary.CommitteeMembership;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;

/** The checks a new cadre must pass before anything is written, each naming its field. */
public final class CadreRules {
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 75;
    static final int MAX_TERM_YEARS = 5;

    private CadreRules() {
    }

    public static List<FieldProblem> problems(NewCadre cadre, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String idProblem = NationalId.problem(cadre.nationalId(), cadre.gender(), cadre.birthDate());
        if (idProblem != null) {
            problems.add(new FieldProblem("nationalId", idProblem));
        }
        if (cadre.birthDate() != null) {
            int age = Period.between(cadre.birthDate(), today).getYears();
            if (age < MIN_AGE || age > MAX_AGE) {
                problems.add(new FieldProblem("birthDate", "gives an age of " + age + ", outside " + MIN_AGE + "–" + MAX_AGE));
            }
        }
        if (cadre.partyJoinDate() != null) {
            if (!cadre.partyMember()) {
                problems.add(new FieldProblem("partyJoinDate", "is set but partyMember is false"));
            } else if (cadre.birthDate() != null && cadre.partyJoinDate().isBefore(cadre.birthDate().plusYears(18))) {
                problems.add(new FieldProblem("partyJoinDate", "is before the cadre's 18th birthday"));
            } else if (cadre.partyJoinDate().isAfter(today)) {
                problems.add(new FieldProblem("partyJoinDate", "is in the future"));
            }
        }
        List<CommitteeMembership> memberships = cadre.committeeMemberships() == null ? List.of() : cadre.committeeMemberships();
        for (int i = 0; i < memberships.size(); i++) {
            String problem = membershipProblem(memberships, i, cadre.partyMember());
            if (problem != null) {
                problems.add(new FieldProblem("committeeMemberships[" + i + "]", problem));
            }
        }
        if (cadre.servingSince() != null) {
            if (cadre.servingSince().isAfter(today)) {
                problems.add(new FieldProblem("servingSince", "is after today"));
            } else if (cadre.birthDate() != null && cadre.servingSince().isBefore(cadre.birthDate().plusYears(MIN_AGE))) {
                problems.add(new FieldProblem("servingSince", "is before the cadre could have started working"));
            }
        }
        problems.addAll(qualificationProblems(cadre.qualifications(), cadre.birthDate(), today));
        return problems;
    }

    /** The checks on qualifications held, each named {@code qualifications[i].field}. */
    public static List<FieldProblem> qualificationProblems(List<NewCadre.NewQualification> held, LocalDate birthDate,
                                                           LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        List<NewCadre.NewQualification> qualifications = held == null ? List.of() : held;
        for (int i = 0; i < qualifications.size(); i++) {
            NewCadre.NewQualification q = qualifications.get(i);
            String field = "qualifications[" + i + "]";
            if (q.ladder() == null) {
                problems.add(new FieldProblem(field + ".ladder", "must not be null"));
                continue;
            }
            if (q.level() == null || !q.ladder().hasLevel(q.level()) || "NONE".equals(q.level())) {
                problems.add(new FieldProblem(field + ".level", "must be one of " + q.ladder().levels().subList(1, q.ladder().levels().size())));
            }
            if (q.year() != null && birthDate != null
                    && (q.year() < birthDate.getYear() + 15 || q.year() > today.getYear())) {
                problems.add(new FieldProblem(field + ".year", "must fall between the cadre's 15th birthday and this year"));
            }
            if (q.awardedOn() != null) {
                if (q.awardedOn().isAfter(today)) {
                    problems.add(new FieldProblem(field + ".awardedOn", "is after today"));
                } else if (birthDate != null && q.awardedOn().isBefore(birthDate.plusYears(15))) {
                    problems.add(new FieldProblem(field + ".awardedOn", "is before the cadre's 15th birthday"));
                } else if (q.year() != null && q.year() != q.awardedOn().getYear()) {
                    problems.add(new FieldProblem(field + ".awardedOn", "is not in the year given (" + q.year() + ")"));
                }
            }
        }
        return problems;
    }

    /** An executive committee is a party body, elected for a congress term of at most five years. */
    static String membershipProblem(List<CommitteeMembership> memberships, int index, boolean partyMember) {
        CommitteeMembership m = memberships.get(index);
        if (m == null) {
            return "must not be null";
        }
        if (m.committee() == null) {
            return "names no committee";
        }
        if (!partyMember) {
            return "an executive committee seat needs a party member";
        }
        if (m.termStart() < 1930 || m.termEnd() > 2100) {
            return "the term must lie between 1930 and 2100";
        }
        if (m.termEnd() - m.termStart() > MAX_TERM_YEARS || m.termEnd() == m.termStart()) {
            return "a term runs for one to " + MAX_TERM_YEARS + " years, e.g. 2025–2030";
        }
        for (int j = 0; j < index; j++) {
            CommitteeMembership other = memberships.get(j);
            if (other != null && other.committee() == m.committee()
                    && other.termStart() < m.termEnd() && m.termStart() < other.termEnd()) {
                return "overlaps committeeMemberships[" + j + "] on the same committee";
            }
        }
        return null;
    }
}
