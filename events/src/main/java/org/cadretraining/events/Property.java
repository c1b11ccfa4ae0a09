package org.cadretraining.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a field of an event means, and how it is classified. The schema generator publishes both ({@code description},
 * {@code x-classification}); every field of every published schema carries them, so an agency can onboard from the
 * schemas alone and a reviewer can see at a glance what personal data a topic holds.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface Property {
    Classification classification();

    String description();
}
