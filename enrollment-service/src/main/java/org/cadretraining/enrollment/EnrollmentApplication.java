package org.cadretraining.enrollment;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Owns programs, classes and enrollments; keeps its own replica of the cadre facts that eligibility needs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrollmentApplication {
    /** Its configuration file is enrollment.yml, not application.yml: services can then share one classpath. */
    public static final String CONFIG_NAME = "spring.config.name=enrollment";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(EnrollmentApplication.class).properties(CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }

    /** "Today" is the officials' today, not the server's: a UTC host would be a day behind every evening in Việt Nam. */
    @Bean
    Clock clock(@Value("${enrollment.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return Clock.system(zone);
    }
}
