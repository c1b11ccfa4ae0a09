package org.cadretraining.events.vocabulary;

import java.util.Map;

/**
 * What a reader makes of an enumerated value its version does not know. Adding a value to an enumeration is an
 * additive change of the contract (no new schema version), so every reader meets values newer than itself.
 * <ul>
 *   <li>A level on a qualification ladder reads as {@code NONE}: a level the reader cannot rank never counts as
 *       meeting a requirement, and the cadre's levels stay whole.</li>
 *   <li>Any other value reads as absent ({@code null}); each reader says, where it uses the field, what absent
 *       means to it. An unknown value is never a reason to refuse the event.</li>
 * </ul>
 */
public final class UnknownValues {
    private static final Map<Class<?>, Enum<?>> READ_AS = Map.of(
            ProfessionalLevel.class, ProfessionalLevel.NONE,
            PoliticalTheoryLevel.class, PoliticalTheoryLevel.NONE,
            StateManagementLevel.class, StateManagementLevel.NONE);

    private UnknownValues() {
    }

    /** The value an unknown value of {@code vocabulary} reads as; null for absent. */
    public static Enum<?> readAs(Class<?> vocabulary) {
        return READ_AS.get(vocabulary);
    }
}
