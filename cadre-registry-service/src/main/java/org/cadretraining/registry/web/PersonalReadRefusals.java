package org.cadretraining.registry.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.AccessInterceptor;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Logs the refusals of personal-data reads that the route's rule makes, before the platform's access interceptor
 * (which would refuse them without a trace in the access log). Refusals by unit scope are logged where the unit is
 * known, by {@code PersonalRecords}.
 */
@Configuration
public class PersonalReadRefusals implements WebMvcConfigurer {
    private final AccessPolicy policy;
    private final PersonalDataAccessLog log;

    public PersonalReadRefusals(AccessPolicy policy, PersonalDataAccessLog log) {
        this.policy = policy;
        this.log = log;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    PersonalDataRead read = method.getMethodAnnotation(PersonalDataRead.class);
                    Access rule = AccessInterceptor.ruleOf(method);
                    if (read != null && rule != null) {
                        check(read, rule, request);
                    }
                }
                return true;
            }
        }).order(Ordered.HIGHEST_PRECEDENCE);
    }

    private void check(PersonalDataRead read, Access rule, HttpServletRequest request) {
        try {
            policy.check(rule);
        } catch (DomainProblem refused) {
            if (refused.status() == HttpStatus.FORBIDDEN) {
                log.refused(read.value(), pathVariable(request, "cadreId"), null);
            }
            throw refused;
        }
    }

    /** The cadre the path names, when it is a well-formed id: the log keeps no text the caller made up. */
    private static String pathVariable(HttpServletRequest request, String name) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object value = variables instanceof Map<?, ?> map ? map.get(name) : null;
        try {
            return value == null ? null : UUID.fromString(value.toString()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
