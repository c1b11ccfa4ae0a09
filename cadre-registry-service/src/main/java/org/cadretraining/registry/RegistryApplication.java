package org.cadretraining.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Owns units, cadres and their qualifications; the source of every registry event. */
@SpringBootApplication
public class RegistryApplication {
    /** Its configuration file is cadre-registry.yml, not application.yml: services can then share one classpath. */
    public static final String CONFIG_NAME = "spring.config.name=cadre-registry";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(RegistryApplication.class).properties(CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
