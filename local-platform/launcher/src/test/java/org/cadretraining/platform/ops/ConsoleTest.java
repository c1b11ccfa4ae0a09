package org.cadretraining.platform.ops;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test of the operations console: it runs on the shared {@link ConsoleSession}, in the launcher's
 * {@code console} test execution (one JVM for every such class).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("console")
@ExtendWith(ConsoleSession.class)
public @interface ConsoleTest {
}
