package org.cadretraining.platform.security;

import java.util.List;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * This service's own access tokens for calls to its peers, by the client-credentials flow with its own scopes. The
 * token is fetched on first use, kept until shortly before it expires, and dropped when a peer refuses it. A call
 * never carries the end user's token, nor a secret shared between services.
 */
public class ServiceTokens {
    static final String REGISTRATION = "platform-service";
    private final OAuth2ClientHttpRequestInterceptor interceptor;

    public ServiceTokens(PlatformSecurityProperties.Client client, String issuerUri) {
        String tokenUri = client.tokenUri() != null && !client.tokenUri().isBlank() ? client.tokenUri()
                : stripSlash(issuerUri) + "/oauth2/token";
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(client.id())
                .clientSecret(client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(client.scopes() == null ? List.of() : client.scopes())
                .tokenUri(tokenUri)
                .build();
        InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
        InMemoryOAuth2AuthorizedClientService authorized = new InMemoryOAuth2AuthorizedClientService(registrations);
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        // The service itself is the principal, whoever's request led to the call: one token for all of them.
        Authentication self = UsernamePasswordAuthenticationToken.authenticated(client.id(), null, List.of());
        interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION);
        interceptor.setPrincipalResolver(request -> self);
        interceptor.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorized));
    }

    /** Adds this service's bearer token to every request of a RestClient. */
    public ClientHttpRequestInterceptor interceptor() {
        return interceptor;
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
