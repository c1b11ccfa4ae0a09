package org.cadretraining.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an event type records, in a sentence or two an agency engineer reads first: published as the top-level
 * {@code description} of the type's schema (and so of its AsyncAPI message). Every payload record of
 * {@link EventTypes} carries it; its fields carry {@link Property}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventDescription {
    String value();
}
