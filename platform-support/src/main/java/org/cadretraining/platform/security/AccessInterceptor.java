package org.cadretraining.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies each route's {@link Access} rule once the handler is known and before its arguments (the body among them)
 * are read. A platform route without a rule is refused: deny by default. Framework routes (API docs, the error page)
 * are left to the security filter chain's own rules.
 */
public class AccessInterceptor implements HandlerInterceptor {
    private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);
    /** Handlers in this package tree are the platform's own. */
    public static final String PLATFORM_PACKAGE = "org.cadretraining.";
    private final AccessPolicy policy;

    public AccessInterceptor(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith(PLATFORM_PACKAGE)) {
            return true;
        }
        Access rule = ruleOf(method);
        if (rule == null) {
            log.error("Refused {}: the route has no access rule", AccessPolicy.path(request));
            throw AccessPolicy.denied("This route has no access rule, so nobody may use it");
        }
        policy.check(rule);
        return true;
    }

    /** The method's rule, or its controller's. */
    public static Access ruleOf(HandlerMethod method) {
        Access rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Access.class);
        return rule != null ? rule : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
    }
}
