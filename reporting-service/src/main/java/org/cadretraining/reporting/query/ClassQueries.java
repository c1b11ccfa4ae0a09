package org.cadretraining.reporting.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.reporting.views.ClassChange;
import org.cadretraining.reporting.views.ClassStatistics;
import org.cadretraining.reporting.views.ClassView;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.UnitRegister;
import org.cadretraining.reporting.views.UnitView;
import org.springframework.stereotype.Service;

/** Class statistics by study mode, for the whole classes or for the students one unit's subtree sent. */
@Service
public class ClassQueries {
    private final ViewStores stores;
    private final SubtreeBreakdown subtrees;
    private final DatedViews dated;
    private final ReferenceData reference;

    ClassQueries(ViewStores stores, SubtreeBreakdown subtrees, DatedViews dated, ReferenceData reference) {
        this.stores = stores;
        this.subtrees = subtrees;
        this.dated = dated;
        this.reference = reference;
    }

    /**
     * As {@link #statistics(Integer, ProgramCategory, String, String)}, as of the end of {@code asOf} (now when null):
     * the students each class had by then (from the dated views), the classes that had started or had students by
     * then, each with its status of that day; with {@code unitId}, the students of the units of its subtree of that day.
     */
    public ClassStatistics statistics(Integer year, ProgramCategory programCategory, String programId, String unitId,
                                      LocalDate asOf) {
        if (asOf == null) {
            return statistics(year, programCategory, programId, unitId);
        }
        Set<String> units = null;
        if (unitId != null) {
            UnitRegister register = reference.register();
            register.unit(unitId).orElseThrow(() -> DomainProblem.notFound("Unit", unitId));
            units = new HashSet<>();
            for (UnitView unit : register.included(unitId, asOf, true)) {
                units.add(unit.unitId());
            }
        }
        List<ClassView> classes = stores.all(StoreNames.CLASS_VIEWS, ClassView.class).stream()
                .filter(ClassView::scheduled)
                .filter(c -> year == null || c.startDate().getYear() == year)
                .filter(c -> programCategory == null || c.programCategory() == programCategory)
                .filter(c -> programId == null || programId.equals(c.programId()))
                .toList();
        Map<String, Map<String, ClassChange.Delta>> sent = dated.classes(classes.stream().map(ClassView::classId).toList(), asOf);
        List<ClassView> then = new ArrayList<>();
        for (ClassView c : classes) {
            ClassChange.Delta counts = new ClassChange.Delta(0, 0, 0, 0);
            for (Map.Entry<String, ClassChange.Delta> byUnit : sent.getOrDefault(c.classId(), Map.of()).entrySet()) {
                if (units == null || units.contains(byUnit.getKey())) {
                    counts = counts.plus(byUnit.getValue());
                }
            }
            boolean started = c.startDate() != null && !c.startDate().isAfter(asOf);
            if (units != null ? counts.students() > 0 : started || counts.students() > 0) {
                ClassView view = units != null ? c.sentBy(counts) : c.withCounts(counts);
                then.add(view.withStatus(c.statusOn(asOf)));
            }
        }
        return ClassStatistics.of(year, programCategory == null ? null : programCategory.name(), programId, unitId, then)
                .asOf(asOf);
    }

    /**
     * Per study mode: classes, students, average per class, fill rate, graduation rate; and the in-service ratio.
     * With {@code unitId}, only the students that unit and the units below it sent, and only the classes they sat
     * in; a fill rate is then left out, as a unit fills only part of a class.
     */
    public ClassStatistics statistics(Integer year, ProgramCategory programCategory, String programId, String unitId) {
        List<ClassView> classes = stores.all(StoreNames.CLASS_VIEWS, ClassView.class).stream()
                .filter(ClassView::scheduled)
                .filter(c -> year == null || c.startDate().getYear() == year)
                .filter(c -> programCategory == null || c.programCategory() == programCategory)
                .filter(c -> programId == null || programId.equals(c.programId()))
                .toList();
        if (unitId != null) {
            Map<String, ClassChange.Delta> sent = subtrees.of(unitId).classes();
            classes = classes.stream().filter(c -> sent.containsKey(c.classId()) && sent.get(c.classId()).students() > 0)
                    .map(c -> c.sentBy(sent.get(c.classId()))).toList();
        }
        return ClassStatistics.of(year, programCategory == null ? null : programCategory.name(), programId, unitId, classes);
    }
}
