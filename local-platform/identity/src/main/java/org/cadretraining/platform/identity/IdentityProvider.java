package org.cadretraining.platform.identity;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The embedded OIDC provider: Spring Authorization Server in its own Spring context, on its own port. The local
 * platform starts it with the demo users; the services' tests share one per JVM ({@link #shared()}) and add the users
 * they need. It issues real, signed tokens through the same endpoints Keycloak or a province's provider would.
 */
public final class IdentityProvider implements AutoCloseable {
    private static IdentityProvider shared;
    /** Secrets of the shared provider's service clients, made up per JVM. */
    private static final Map<String, String> SHARED_SECRETS = new HashMap<>();

    /** A client of the shared provider whose tokens live three seconds. */
    public static final String EXPIRING_CLIENT = "expiring-service";
    /** The secret of the shared provider's clients that have no scope of any service. */
    public static final String STRANGER_SECRET = "stranger-secret";

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private IdentityProvider(ConfigurableApplicationContext context, String issuer) {
        this.context = context;
        this.issuer = issuer;
    }

    public static IdentityProvider start(IdentitySettings settings) {
        int port = settings.port() == 0 ? freePort() : settings.port();
        IdentitySettings bound = new IdentitySettings(port, settings.users(), settings.clients(), settings.corsOrigins());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .initializers(ctx -> ((org.springframework.context.support.GenericApplicationContext) ctx)
                        .registerBean(IdentitySettings.class, () -> bound))
                .properties(Map.of("spring.config.name", "identity-provider", "spring.main.banner-mode", "off",
                        // Browsers share cookies across the ports of one host: the provider's session has a name of its own.
                        "server.servlet.session.cookie.name", "CTP_IDP_SESSION"))
                .run("--server.port=" + port);
        return new IdentityProvider(context, "http://localhost:" + port);
    }

    /**
     * One provider per JVM for the services' tests, with the test client ({@link PlatformClient#CLI}) and a client per
     * service; users are added by the tests with {@link #addUser(String)}.
     */
    public static synchronized IdentityProvider shared() {
        if (shared == null) {
            SHARED_SECRETS.put("enrollment-service", UUID.randomUUID().toString());
            SHARED_SECRETS.put("reporting-service", UUID.randomUUID().toString());
            List<PlatformClient> clients = new ArrayList<>(List.of(PlatformClient.cli(),
                    PlatformClient.service("enrollment-service", SHARED_SECRETS.get("enrollment-service"), PlatformClient.REGISTRY_CADRE_FACTS),
                    PlatformClient.service("reporting-service", SHARED_SECRETS.get("reporting-service"), PlatformClient.REPORTING_STORES),
                    // Another service's client, with no scope of the registry's: its token must be refused there.
                    PlatformClient.service("stranger-service", STRANGER_SECRET),
                    // Tokens that expire three seconds after they are issued, to show that expired tokens are refused.
                    new PlatformClient(EXPIRING_CLIENT, STRANGER_SECRET, false, java.util.Set.of(), java.util.Set.of(),
                            java.util.Set.of(), java.time.Duration.ofSeconds(3))));
            shared = start(new IdentitySettings(0, Map.of(), clients, List.of()));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "identity-provider-shutdown"));
        }
        return shared;
    }

    /** The secret of one of the shared provider's service clients. */
    public static String sharedSecret(String clientId) {
        shared();
        return SHARED_SECRETS.get(clientId);
    }

    public String issuer() {
        return issuer;
    }

    /** Adds (or replaces) a user who may sign in; returns the password made up for them. */
    public String addUser(String username) {
        String password = "pw-" + UUID.randomUUID();
        addUser(username, password);
        return password;
    }

    public void addUser(String username, String password) {
        InMemoryUserDetailsManager users = context.getBean(InMemoryUserDetailsManager.class);
        String encoded = context.getBean(PasswordEncoder.class).encode(password);
        if (users.userExists(username)) {
            users.deleteUser(username);
        }
        users.createUser(User.withUsername(username).password(encoded).roles("USER").build());
    }

    /** Signs the user in through the login form and returns their access token. */
    public String signIn(String username, String password) {
        return SignIn.accessToken(issuer, username, password);
    }

    /** A new user, signed in: their access token. */
    public String tokenFor(String username) {
        return signIn(username, addUser(username));
    }

    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only what a web server with Spring Security and the authorization server needs: nothing of the services. */
    @SpringBootConfiguration
    @ImportAutoConfiguration({
            org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
            org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration.class,
            org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration.class,
            org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration.class,
            org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
            org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class})
    @Import(IdentityProviderConfiguration.class)
    static class Application {
    }
}
