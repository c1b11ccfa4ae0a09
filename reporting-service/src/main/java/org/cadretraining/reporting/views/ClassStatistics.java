package org.cadretraining.reporting.views;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.vocabulary.StudyMode;

/**
 * Classes and students per study mode, as Điện Biên reports them ("47.0 students a class concentrated, 70.8
 * in-service"), and the in-service to concentrated ratio the 1 : 1.2 rule is about. Cancelled classes do not count.
 * {@code asOfDate}: the day the figures are as of, when one was asked for.
 */
public record ClassStatistics(Integer year, String programCategory, String programId, Map<StudyMode, ModeFigures> byMode,
                              Double concentratedToInServiceRatio, int classes, long students, String unitId,
                              LocalDate asOfDate) {

    /** Statistics as given before dated figures. */
    public ClassStatistics(Integer year, String programCategory, String programId, Map<StudyMode, ModeFigures> byMode,
                           Double concentratedToInServiceRatio, int classes, long students, String unitId) {
        this(year, programCategory, programId, byMode, concentratedToInServiceRatio, classes, students, unitId, null);
    }

    /** The same statistics, stated as of the end of {@code day}. */
    public ClassStatistics asOf(LocalDate day) {
        return new ClassStatistics(year, programCategory, programId, byMode, concentratedToInServiceRatio, classes, students,
                unitId, day);
    }

    public record ModeFigures(int classes, long students, double averagePerClass, Double fillRate, Double graduationRate) {
    }

    public static ClassStatistics of(Integer year, String programCategory, String programId, List<ClassView> classes) {
        return of(year, programCategory, programId, null, classes);
    }

    /** @param unitId the unit the classes' counts are narrowed to, or null for the whole classes */
    public static ClassStatistics of(Integer year, String programCategory, String programId, String unitId,
                                     List<ClassView> classes) {
        Map<StudyMode, ModeFigures> byMode = new LinkedHashMap<>();
        int total = 0;
        long students = 0;
        for (StudyMode mode : StudyMode.values()) {
            List<ClassView> ofMode = classes.stream().filter(c -> c.mode() == mode && !c.cancelled()).toList();
            if (ofMode.isEmpty()) {
                continue;
            }
            long modeStudents = ofMode.stream().mapToLong(ClassView::students).sum();
            long capacity = ofMode.stream().mapToLong(ClassView::capacity).sum();
            List<ClassView> completed = ofMode.stream().filter(c -> "COMPLETED".equals(c.status())).toList();
            long completedStudents = completed.stream().mapToLong(ClassView::students).sum();
            long graduated = completed.stream().mapToLong(ClassView::graduated).sum();
            byMode.put(mode, new ModeFigures(ofMode.size(), modeStudents, round(modeStudents / (double) ofMode.size(), 1),
                    capacity == 0 ? null : round(modeStudents / (double) capacity, 3),
                    completedStudents == 0 ? null : round(graduated / (double) completedStudents, 3)));
            total += ofMode.size();
            students += modeStudents;
        }
        ModeFigures concentrated = byMode.get(StudyMode.CONCENTRATED);
        ModeFigures inService = byMode.get(StudyMode.IN_SERVICE);
        Double ratio = concentrated == null || inService == null || concentrated.students() == 0 ? null
                : round(inService.students() / (double) concentrated.students(), 2);
        return new ClassStatistics(year, programCategory, programId, byMode, ratio, total, students, unitId);
    }

    private static double round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
