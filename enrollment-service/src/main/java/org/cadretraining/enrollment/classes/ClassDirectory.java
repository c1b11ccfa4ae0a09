package org.cadretraining.enrollment.classes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cadretraining.events.vocabulary.ProgramCategory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classes as the other features see them: this is their one way in, so that the class table and its locking
 * order stay this feature's business. The locks last until the caller's transaction ends.
 */
@Component
public class ClassDirectory {
    private final ClassRepository classes;
    private final ClassCapacityProperties limits;

    ClassDirectory(ClassRepository classes, ClassCapacityProperties limits) {
        this.classes = classes;
        this.limits = limits;
    }

    /** The regulatory maximum of students in a class of the category, as scheduling checks it. */
    public int regulatoryCap(ProgramCategory category) {
        return limits.maximumFor(category);
    }

    @Transactional(readOnly = true)
    public Optional<TrainingClass> find(UUID classId) {
        return classes.find(classId);
    }

    /** The class locked for a seat change: whoever counts and takes the last seat holds it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<TrainingClass> lockForSeating(UUID classId) {
        return classes.lockForSeating(classId);
    }

    /**
     * The class share-locked for a new nomination, as its foreign key would lock it anyway; taken before the unit's
     * allocation, in the order an approval takes them, so that the two cannot deadlock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<TrainingClass> lockForNomination(UUID classId) {
        return classes.findForNomination(classId);
    }

    /** The CONCENTRATED classes, other than {@code exceptClassId}, where the cadre holds a live seat or nomination. */
    @Transactional(readOnly = true)
    public List<TrainingClass> concentratedClassesOf(UUID cadreId, UUID exceptClassId) {
        return classes.concentratedClassesOf(cadreId, exceptClassId);
    }
}
