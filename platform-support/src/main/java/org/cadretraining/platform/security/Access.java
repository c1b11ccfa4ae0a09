package org.cadretraining.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of a web route, on the handler method (or its controller, for every method without its own). A
 * route of the platform without one is refused to everybody, and the build's route test fails.
 * <p>
 * The rule is checked before the request body is read: the caller must hold one of {@link #value()} on some unit, or
 * present a service token with one of {@link #scopes()}, or hold any grant at all ({@link #anyGrant()}), or, with
 * {@link #anyUser()}, merely be signed in. Which
 * unit an action touches is known only once the request is read: the service checks that with
 * {@link AccessPolicy#require(Permission, String)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {
    /** Any one of these permissions, held on at least one unit. */
    Permission[] value() default {};

    /** Or a token (a service's, by the client-credentials flow) carrying one of these scopes. */
    String[] scopes() default {};

    /** Any signed-in user, with or without grants: only for routes about the caller themself. */
    boolean anyUser() default false;

    /**
     * Any user holding at least one grant, whatever its role: for what every official's screens need and is not
     * personal (the unit tree, the program catalogue's names).
     */
    boolean anyGrant() default false;
}
