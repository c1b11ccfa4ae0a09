package org.cadretraining.reporting.query;

import java.util.List;
import java.util.Map;

import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.reporting.views.ClassChange;
import org.cadretraining.reporting.views.ClassStatistics;
import org.cadretraining.reporting.views.ClassView;
import org.cadretraining.reporting.views.StoreNames;
import org.springframework.stereotype.Service;

/** Class statistics by study mode, for the whole classes or for the students one unit's subtree sent. */
@Service
public class ClassQueries {
    private final ViewStores stores;
    private final SubtreeBreakdown subtrees;

    ClassQueries(ViewStores stores, SubtreeBreakdown subtrees) {
        this.stores = stores;
        this.subtrees = subtrees;
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
