package org.cadretraining.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A backend for the frontend. The browser signs in through the identity provider (authorization code with PKCE) and
 * then holds only this application's session cookie; the tokens stay in the session here and are relayed to the
 * services with each call ({@link ServiceRoutes}). Changes need the CSRF token the page reads from its cookie; sign-out
 * ends the provider's session too.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {
    /** Calls the page makes with fetch: answered 401, not redirected to the sign-in page. */
    static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/api/**"),
            PathPatternRequestMatcher.pathPattern("/registry/**"),
            PathPatternRequestMatcher.pathPattern("/enrollment/**"),
            PathPatternRequestMatcher.pathPattern("/reporting/**"));

    @Bean
    SecurityFilterChain console(HttpSecurity http, ClientRegistrationRepository registrations,
                                @Value("${spring.security.oauth2.client.provider.platform.authorization-uri:${spring.security.oauth2.client.provider.platform.issuer-uri}}") String provider)
            throws Exception {
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> { })
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .csrf(csrf -> csrf.spa())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self' " + origin(provider)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Sign-out posts a form whose redirect ends at the provider's end-session endpoint: the form may go there. */
    static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getAuthority();
    }
}
