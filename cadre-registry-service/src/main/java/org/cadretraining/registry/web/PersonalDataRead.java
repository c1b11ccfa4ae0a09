package org.cadretraining.registry.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that reads a person's data, with the action the access log names it by. A caller refused by the
 * route's access rule (no grant with the permission anywhere) is logged as a refusal too, before any data is touched.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalDataRead {
    /** The action the access log names this read by, e.g. {@code READ_PROFILE}. */
    String value();
}
