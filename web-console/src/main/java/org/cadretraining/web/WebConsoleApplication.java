package org.cadretraining.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The officials' web entry: the dashboard and the operations screens, behind the platform's sign-in. */
@SpringBootApplication
public class WebConsoleApplication {
    public static void main(String[] args) {
        builder().run(args);
    }

    /** Configured from web-console.yml, so that it can share a JVM with the services in local-platform. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(WebConsoleApplication.class).properties("spring.config.name=web-console");
    }
}
