package org.cadretraining.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;

import org.cadretraining.platform.security.web.AccessLogController;
import org.cadretraining.platform.web.DomainProblem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: it accepts only JWTs its configured issuer signed, names the caller by
 * the token's subject, and denies by default. Health is public; the API docs describe the API and are public too;
 * the other operations endpoints need {@link Permission#OPERATIONS}; every other route needs a signed-in caller and
 * its own {@link Access} rule.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"},
        beforeName = {"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
                "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
                // In the one-JVM local platform the authorization server is on the classpath too: its decoder is not ours.
                "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {
    /** Routes anyone may call: health for the orchestrator, the API's description, the error page. */
    public static final java.util.List<String> PUBLIC_PATHS = java.util.List.of("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/error");

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder platformJwtDecoder(PlatformSecurityProperties properties) {
        String issuer = properties.issuerUri();
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("platform.security.issuer-uri is not set: the service cannot tell whose tokens to trust");
        }
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithValidators(
                new JwtTimestampValidator(properties.clockSkew()), new JwtIssuerValidator(issuer));
        // Built on first use: a service starts even while its identity provider is still starting.
        JwtDecoder decoder = new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder nimbus = properties.jwkSetUri() == null || properties.jwkSetUri().isBlank()
                    ? NimbusJwtDecoder.withIssuerLocation(issuer).build()
                    : NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
            nimbus.setJwtValidator(validator);
            return nimbus;
        });
        // A signature is trusted as long as the decoder keeps the provider's keys (Nimbus: 5 minutes).
        return new ValidatedTokens(decoder, validator, Duration.ofMinutes(5), 10_000, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    AccessDirectory replicatedAccessDirectory(KafkaProperties kafka) {
        return new ReplicatedAccessDirectory(kafka.buildConsumerProperties());
    }

    @Bean
    AccessPolicy accessPolicy(AccessDirectory directory, PlatformSecurityProperties properties) {
        return new AccessPolicy(directory, new HashSet<>(properties.administrators()));
    }

    @Bean
    @ConditionalOnMissingBean(ServiceTokens.class)
    // Not merely present: an empty client id or secret (an unset variable) means no client.
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression(
            "'${platform.security.client.id:}'.trim() != '' and '${platform.security.client.secret:}'.trim() != ''")
    ServiceTokens serviceTokens(PlatformSecurityProperties properties) {
        return new ServiceTokens(properties.client(), properties.issuerUri());
    }

    @Bean
    @ConditionalOnBean(JdbcClient.class)
    PersonalDataAccessLog personalDataAccessLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new PersonalDataAccessLog(jdbc, transactions);
    }

    @Bean
    @ConditionalOnBean(PersonalDataAccessLog.class)
    AccessLogController accessLogController(PersonalDataAccessLog log, AccessPolicy access) {
        return new AccessLogController(log, access);
    }

    /** A request the firewall refuses (an encoded slash, a malformed path) gets a problem like every other 400. */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    RequestRejectedHandler requestRejectedAsProblem() {
        return (request, response, rejected) -> ProblemResponses.write(response, 400, "invalid-request", "Invalid request",
                "The request's path or headers are malformed and were refused before anything read them.", request);
    }

    @Bean
    WebMvcConfigurer accessRules(AccessPolicy policy) {
        AccessInterceptor interceptor = new AccessInterceptor(policy);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSecurity(HttpSecurity http, PlatformSecurityProperties properties, AccessPolicy policy) throws Exception {
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setPrincipalClaimName(properties.principalClaim());
        http.csrf(csrf -> csrf.disable()) // bearer tokens only: no cookie for a forged request to ride on
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS.toArray(String[]::new)).permitAll()
                        .requestMatchers("/actuator/**").access(holding(Permission.OPERATIONS, policy))
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.denied()))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.denied()))
                .headers(Customizer.withDefaults());
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> holding(Permission permission, AccessPolicy policy) {
        return (authentication, context) -> {
            if (authentication.get() == null || !authentication.get().isAuthenticated()) {
                return new AuthorizationDecision(false);
            }
            try {
                return new AuthorizationDecision(policy.holdsAnywhere(permission));
            } catch (DomainProblem refused) {
                return new AuthorizationDecision(false);
            }
        };
    }
}
