package org.cadretraining.reporting;

import java.time.Clock;

import org.cadretraining.reporting.views.Clocks;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Live materialized views over the registry's and enrollment's events, and the API that reads them. */
@SpringBootApplication
public class ReportingApplication {
    /** Its configuration file is reporting.yml: services can then share one classpath in local-platform. */
    public static final String CONFIG_NAME = "spring.config.name=reporting";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ReportingApplication.class).properties(CONFIG_NAME);
    }

    /** The officials' clock: when a deadline has passed is a matter of their date. */
    @Bean
    @ConditionalOnMissingBean
    Clock officialsClock() {
        return Clock.system(Clocks.OFFICIALS_ZONE);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
