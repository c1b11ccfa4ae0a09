package org.cadretraining.platform.secrets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Fails start-up, outside the {@value #LOCAL_PROFILE} profile, when a password or secret setting resolves to a
 * default shipped with the platform ({@link DefaultSecretRule}). Runs once the context is prepared and before it is
 * refreshed: every property source is in place by then (a test's {@code @DynamicPropertySource} included), and nothing
 * has connected anywhere yet. Registered in META-INF/spring.factories, so every Spring Boot application with
 * platform-support on its classpath has it, auto-configuration excluded or not.
 */
public class DefaultSecretGuard implements ApplicationListener<ApplicationPreparedEvent> {
    /** The profile of a developer's machine: the local platform (local-platform/launcher) runs its services with it. */
    public static final String LOCAL_PROFILE = "local";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        check(event.getApplicationContext().getEnvironment());
    }

    static void check(ConfigurableEnvironment environment) {
        if (environment.acceptsProfiles(Profiles.of(LOCAL_PROFILE))) {
            return;
        }
        List<String> refused = DefaultSecretRule.refusals(secretSettings(environment));
        if (!refused.isEmpty()) {
            throw new DefaultSecretException(refused, DefaultSecretRule.message(refused, LOCAL_PROFILE));
        }
    }

    /**
     * Every secret-named setting a property source declares, resolved as the application will read it (placeholders
     * and precedence applied). The operating system's variables are left out by name: they reach the application
     * through the settings that read them (REGISTRY_DB_PASSWORD through spring.datasource.password), and a variable
     * the application never reads is none of its business.
     */
    private static Map<String, String> secretSettings(ConfigurableEnvironment environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable)
                    || StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(source.getName())) {
                continue;
            }
            for (String name : enumerable.getPropertyNames()) {
                if (DefaultSecretRule.namesASecret(name) && !settings.containsKey(name)) {
                    settings.put(name, resolve(environment, name));
                }
            }
        }
        return settings;
    }

    private static String resolve(ConfigurableEnvironment environment, String name) {
        try {
            return environment.getProperty(name);
        } catch (IllegalArgumentException unresolvable) {
            // A placeholder nothing defines: not a shipped default, and its own user will say so.
            return null;
        }
    }
}
