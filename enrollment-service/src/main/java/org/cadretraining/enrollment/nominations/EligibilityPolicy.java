package org.cadretraining.enrollment.nominations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.enrollment.units.Closure;
import org.cadretraining.events.vocabulary.StudyMode;

/**
 * Whether a cadre may be sent to a class: checked when the unit nominates and again at each approval, since the
 * replica, the cadre's other classes and the unit's allocation may all have moved in between, and beforehand, to show
 * an official every reason at once. The first rule broken is the refusal, with its own problem type, the field at
 * fault and the numbers an official needs.
 */
public final class EligibilityPolicy {
    private EligibilityPolicy() {
    }

    public enum Reason {
        UNIT_CLOSED, CADRE_NOT_KNOWN, CADRE_NOT_ACTIVE, CLASS_NOT_OPEN, ALREADY_ENROLLED, ALREADY_HOLDS_LEVEL, PREREQUISITE_MISSING,
        CONCENTRATED_CLASH, ALLOCATION_USED_UP;

        public String type() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public record Refusal(Reason reason, String field, String detail) {
    }

    /** The unit's share of a plan quota for the class's program × mode, and how much of it other nominations use. */
    public record Allocation(UUID planId, UUID unitId, int seats, long used) {
    }

    /**
     * @param alreadyInClass       a live seat or another live nomination of the cadre in this class
     * @param concentratedClasses  other CONCENTRATED classes the cadre is in or nominated to
     * @param allocation           empty when no approved plan governs the class's program × mode
     * @param unitClosure          the nominating unit's closure, when a reorganization closed it; empty at an approval,
     *                             since an open nomination follows its cadre to the successor instead
     */
    public record Facts(UUID cadreId, Optional<ReplicatedCadre> cadre, Program program, TrainingClass trainingClass,
                        boolean alreadyInClass, List<TrainingClass> concentratedClasses, Optional<Allocation> allocation,
                        Optional<Closure> unitClosure) {
        public Facts(UUID cadreId, Optional<ReplicatedCadre> cadre, Program program, TrainingClass trainingClass,
                     boolean alreadyInClass, List<TrainingClass> concentratedClasses, Optional<Allocation> allocation) {
            this(cadreId, cadre, program, trainingClass, alreadyInClass, concentratedClasses, allocation, Optional.empty());
        }
    }

    /** The primary refusal: the first of {@link #refusals}, the one a nomination or an approval is refused with. */
    public static Optional<Refusal> refusal(Facts f) {
        return refusals(f).stream().findFirst();
    }

    /**
     * Every rule the nomination breaks, most fundamental first; empty when it may go ahead. One function for the
     * nomination, its approvals and the eligibility check beforehand, so that they never disagree. A cadre not known
     * leaves only the rules about the class and the allocation to check.
     */
    public static List<Refusal> refusals(Facts f) {
        List<Refusal> refusals = new ArrayList<>();
        f.unitClosure().ifPresent(closure -> refusals.add(unitClosed(closure)));
        Optional<ReplicatedCadre> known = f.cadre();
        if (known.isEmpty()) {
            refusals.add(new Refusal(Reason.CADRE_NOT_KNOWN, "cadreId", "Cadre " + f.cadreId()
                    + " is known neither to the enrollment service nor to the registry; check the id"));
        } else if (!known.get().isActive()) {
            refusals.add(new Refusal(Reason.CADRE_NOT_ACTIVE, "cadreId", "Cadre " + f.cadreId() + " is " + known.get().statusText()
                    + " in the registry; only ACTIVE cadres can be sent to study"));
        }
        TrainingClass c = f.trainingClass();
        if (!c.status().takesNominations()) {
            refusals.add(new Refusal(Reason.CLASS_NOT_OPEN, "classId", "Class " + c.id() + " (" + c.cohort() + ") is " + c.status()
                    + "; nominations are taken while a class is SCHEDULED or OPEN"));
        }
        if (f.alreadyInClass()) {
            refusals.add(new Refusal(Reason.ALREADY_ENROLLED, "cadreId", "Cadre " + f.cadreId() + " is already enrolled in or nominated to class "
                    + c.id() + " (" + c.cohort() + ")"));
        }
        Program program = f.program();
        if (known.isPresent()) {
            ReplicatedCadre cadre = known.get();
            if (program.confers() != null) {
                String held = cadre.levels().level(program.confers().ladder());
                if (program.confers().ladder().rank(held) >= program.confers().ladder().rank(program.confers().level())) {
                    refusals.add(new Refusal(Reason.ALREADY_HOLDS_LEVEL, "cadreId", "Cadre " + f.cadreId() + " already holds "
                            + program.confers().ladder() + " " + held + ", at or above the " + program.confers().level()
                            + " that " + program.code() + " confers"));
                }
            }
            List<String> unmet = program.prerequisites().unmetBy(cadre.levels(), cadre.managementTier());
            if (!unmet.isEmpty()) {
                refusals.add(new Refusal(Reason.PREREQUISITE_MISSING, "cadreId", "Cadre " + f.cadreId() + " does not meet the prerequisites of "
                        + program.code() + ": " + String.join("; ", unmet)));
            }
            if (c.mode() == StudyMode.CONCENTRATED) {
                Optional<TrainingClass> clash = f.concentratedClasses().stream().filter(c::overlaps).findFirst();
                if (clash.isPresent()) {
                    TrainingClass other = clash.get();
                    refusals.add(new Refusal(Reason.CONCENTRATED_CLASH, "classId", "Class " + c.id() + " (" + c.startDate() + " to " + c.endDate()
                            + ") overlaps the concentrated class " + other.id() + " (" + other.cohort() + ", " + other.startDate()
                            + " to " + other.endDate() + ") that cadre " + f.cadreId() + " is already in"));
                }
            }
        }
        if (f.allocation().isPresent()) {
            Allocation a = f.allocation().get();
            if (a.used() >= a.seats()) {
                refusals.add(new Refusal(Reason.ALLOCATION_USED_UP, "unitId", "Unit " + a.unitId() + " has used " + a.used() + " of its "
                        + a.seats() + " seat(s) for " + program.code() + " " + c.mode() + " in plan " + a.planId()));
            }
        }
        return List.copyOf(refusals);
    }

    /** A closed unit nominates no more: its successors do. */
    public static Refusal unitClosed(Closure closure) {
        return new Refusal(Reason.UNIT_CLOSED, "unitId", "Unit " + closure.unitId() + " ceased on " + closure.validTo()
                + "; its successor(s) " + closure.successors() + " nominate now");
    }
}
