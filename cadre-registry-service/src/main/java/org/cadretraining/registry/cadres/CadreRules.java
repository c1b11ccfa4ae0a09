package org.cadretraining.registry.cadres;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.cadretraining.platform.web.ProblemHandling.FieldProblem;

/** The checks a new cadre must pass before anything is written, each naming its field. */
public final class CadreRules {
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 75;

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
        List<NewCadre.NewQualification> qualifications = cadre.qualifications() == null ? List.of() : cadre.qualifications();
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
            if (q.year() != null && cadre.birthDate() != null
                    && (q.year() < cadre.birthDate().getYear() + 15 || q.year() > today.getYear())) {
                problems.add(new FieldProblem(field + ".year", "must fall between the cadre's 15th birthday and this year"));
            }
        }
        return problems;
    }
}
