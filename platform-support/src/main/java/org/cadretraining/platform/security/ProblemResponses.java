package org.cadretraining.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The security filter chain's refusals as RFC 9457 problems, like every other error of the platform. */
final class ProblemResponses {
    private ProblemResponses() {
    }

    /** 401 with the bearer challenge (RFC 6750) and a problem body. */
    static AuthenticationEntryPoint unauthenticated() {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            challenge.commence(request, response, e);
            String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                    ? "This needs a valid access token from the platform's identity provider (Authorization: Bearer …)."
                    : "The access token was refused: it is expired, not signed by the platform's identity provider, or from another issuer.";
            write(response, 401, "unauthenticated", "Sign-in required", detail, request);
        };
    }

    static AccessDeniedHandler denied() {
        return (request, response, e) -> write(response, 403, "access-denied", "Access denied",
                "Your grants do not allow this.", request);
    }

    static void write(HttpServletResponse response, int status, String type, String title, String detail,
                      HttpServletRequest request) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", DomainProblem.TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(EventCodec.toJson(body));
    }
}
