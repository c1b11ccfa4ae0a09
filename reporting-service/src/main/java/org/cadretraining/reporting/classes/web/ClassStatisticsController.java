package org.cadretraining.reporting.classes.web;

import java.util.List;

import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.reporting.classes.ClassStatistics;
import org.cadretraining.reporting.classes.ClassView;
import org.cadretraining.reporting.progress.ViewStores;
import org.cadretraining.reporting.streams.StoreNames;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ClassStatisticsController {
    private final ViewStores stores;

    public ClassStatisticsController(ViewStores stores) {
        this.stores = stores;
    }

    /** Per study mode: classes, students, average per class, fill rate, graduation rate; and the in-service ratio. */
    @GetMapping("/api/v1/classes/statistics")
    public ClassStatistics statistics(@RequestParam(required = false) Integer year,
                                      @RequestParam(required = false) ProgramCategory programCategory,
                                      @RequestParam(required = false) String programId) {
        List<ClassView> classes = stores.all(StoreNames.CLASS_VIEWS, ClassView.class).stream()
                .filter(ClassView::scheduled)
                .filter(c -> year == null || c.startDate().getYear() == year)
                .filter(c -> programCategory == null || c.programCategory() == programCategory)
                .filter(c -> programId == null || programId.equals(c.programId()))
                .toList();
        return ClassStatistics.of(year, programCategory == null ? null : programCategory.name(), programId, classes);
    }
}
