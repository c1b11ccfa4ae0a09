package org.cadretraining.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The API description names the platform's identity provider, so that Swagger UI signs in with OAuth2 (authorization
 * code with PKCE, the public client {@code platform-swagger}) and sends the token with every call it tries.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class OpenApiSignIn {
    static final String SCHEME = "platform-sign-in";

    /**
     * @param authorizationUri where a browser signs in: the provider's address as the browser sees it
     * @param tokenUri         where Swagger UI exchanges the code
     */
    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(@Value("${spring.application.name:service}") String name,
                            @Value("${platform.security.browser-authorization-uri:${platform.security.issuer-uri:http://localhost:9000}/oauth2/authorize}") String authorizationUri,
                            @Value("${platform.security.browser-token-uri:${platform.security.issuer-uri:http://localhost:9000}/oauth2/token}") String tokenUri) {
        OAuthFlow code = new OAuthFlow().authorizationUrl(authorizationUri).tokenUrl(tokenUri)
                .scopes(new Scopes().addString("openid", "who you are").addString("profile", "your name"));
        return new OpenAPI()
                .info(new io.swagger.v3.oas.models.info.Info().title(name).version("v1")
                        .description("Every route needs a token of the platform's identity provider, except health. Sign in with Authorize."))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                        .flows(new OAuthFlows().authorizationCode(code))))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME, java.util.List.of("openid", "profile")));
    }
}
