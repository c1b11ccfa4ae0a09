package org.cadretraining.registry;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

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

    /** One clock, in the officials' time zone: "today" is the day in Điện Biên, whatever the server's zone. */
    @Bean
    Clock clock(@Value("${registry.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return Clock.system(zone);
    }
}
