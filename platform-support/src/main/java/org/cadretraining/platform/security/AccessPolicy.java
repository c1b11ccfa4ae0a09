package org.cadretraining.platform.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The caller's rights for the current request: who they are (the validated token's subject, nothing the caller
 * writes), what their grants let them do on which units, and the refusals as problems (401, 403; 503 while the
 * grants are still being read at start-up).
 */
public class AccessPolicy {
    private static final String ENTITLEMENTS = AccessPolicy.class.getName() + ".entitlements";
    private final AccessDirectory directory;
    private final Set<String> administrators;

    /** @param administrators subjects that administer the whole platform, from the deployment's configuration */
    public AccessPolicy(AccessDirectory directory, Set<String> administrators) {
        this.directory = directory;
        this.administrators = Set.copyOf(administrators);
    }

    /** The signed-in caller; 401 when there is none. */
    public String subject() {
        return authentication().getName();
    }

    /** The caller's rights, worked out once a request. */
    public Entitlements entitlements() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ENTITLEMENTS, RequestAttributes.SCOPE_REQUEST) instanceof Entitlements cached) {
            return cached;
        }
        String subject = subject();
        if (!directory.ready()) {
            throw new DomainProblem(HttpStatus.SERVICE_UNAVAILABLE, "access-directory-starting", "Starting up", null,
                    "The service is still reading who may do what; please try again in a few seconds.");
        }
        Entitlements entitlements = Entitlements.of(directory.grantsOf(subject), administrators.contains(subject), directory);
        if (request != null) {
            request.setAttribute(ENTITLEMENTS, entitlements, RequestAttributes.SCOPE_REQUEST);
        }
        return entitlements;
    }

    public boolean holdsAnywhere(Permission permission) {
        return entitlements().holdsAnywhere(permission);
    }

    public boolean may(Permission permission, String unitId) {
        return entitlements().covers(permission, unitId);
    }

    /** 403 unless the caller holds the permission on the unit (or on a unit above it). */
    public void require(Permission permission, String unitId) {
        if (!may(permission, unitId)) {
            throw denied("Your grants do not give " + permission + " on this unit");
        }
    }

    /** 403 unless the caller holds the permission over a whole province (what belongs to no single unit). */
    public void requireOverAProvince(Permission permission) {
        if (!entitlements().coversARoot(permission)) {
            throw denied("Your grants do not give " + permission + " over a whole province");
        }
    }

    /** 403 unless the caller administers the whole platform (by the deployment's configuration). */
    public void requirePlatformAdministrator() {
        if (!entitlements().platformAdministrator()) {
            throw denied("Only a platform-wide administrator may do this");
        }
    }

    public UnitScope scope(Permission permission) {
        return entitlements().scope(permission);
    }

    /** The token carries the scope (a service's client-credentials token). */
    public boolean hasScope(String scope) {
        String authority = "SCOPE_" + scope;
        for (GrantedAuthority granted : authentication().getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    /** The route's rule, checked before its body is read. */
    public void check(Access rule) {
        authentication();
        if (rule.anyUser()) {
            return;
        }
        for (String scope : rule.scopes()) {
            if (hasScope(scope)) {
                return;
            }
        }
        if (rule.anyGrant() && entitlements().holdsAnyGrant()) {
            return;
        }
        if (rule.value().length > 0) {
            Entitlements entitlements = entitlements();
            for (Permission permission : rule.value()) {
                if (entitlements.holdsAnywhere(permission)) {
                    return;
                }
            }
        }
        throw denied("This needs " + describe(rule) + ", which your grants do not give");
    }

    private static String describe(Access rule) {
        StringBuilder text = new StringBuilder();
        for (Permission p : rule.value()) {
            text.append(text.isEmpty() ? "" : " or ").append(p);
        }
        if (rule.anyGrant()) {
            text.append(text.isEmpty() ? "" : " or ").append("a grant of any role");
        }
        for (String s : rule.scopes()) {
            text.append(text.isEmpty() ? "" : " or ").append("the scope ").append(s);
        }
        return text.isEmpty() ? "a rule" : text.toString();
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            throw new DomainProblem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required", null,
                    "This needs a valid access token from the platform's identity provider.");
        }
        return authentication;
    }

    public static DomainProblem denied(String detail) {
        return new DomainProblem(HttpStatus.FORBIDDEN, "access-denied", "Access denied", null, detail);
    }

    /** For logging a refusal without the request at hand. */
    static String path(HttpServletRequest request) {
        return request.getMethod() + " " + request.getRequestURI();
    }
}
