package org.cadretraining.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, for the page's header, with the CSRF token its forms post (sign-out). What the user may do is the
 * registry's answer, at /registry/api/v1/access/me.
 */
@RestController
class SessionController {
    record Csrf(String parameterName, String headerName, String token) {
    }

    record Session(String subject, String name, Csrf csrf) {
    }

    @GetMapping("/api/session")
    Session session(@AuthenticationPrincipal OidcUser user, CsrfToken csrf) {
        String name = user.getFullName() != null ? user.getFullName()
                : user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        return new Session(user.getSubject(), name, new Csrf(csrf.getParameterName(), csrf.getHeaderName(), csrf.getToken()));
    }
}
