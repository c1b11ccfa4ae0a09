package org.cadretraining.platform.infrastructure;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The principals of a secured in-process broker and their passwords, made up at each start and held only in this JVM:
 * nothing to leak from the code or the data directory. SASL/PLAIN over loopback: the broker checks the passwords it was
 * started with, so a new run's passwords need no credential store that outlives the run (SCRAM would).
 */
public final class KafkaUsers {
    /** The platform's operator: a super user, who creates the topics and the ACLs. */
    public static final String ADMIN = "admin";
    /** The broker's own identity towards its controller and itself: a super user. */
    public static final String BROKER = "broker";

    private final Map<String, String> passwords = new LinkedHashMap<>();

    public KafkaUsers(List<String> principals) {
        SecureRandom random = new SecureRandom();
        for (String principal : concat(List.of(BROKER, ADMIN), principals)) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            passwords.put(principal, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new java.util.ArrayList<>(a);
        b.stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    public List<String> principals() {
        return List.copyOf(passwords.keySet());
    }

    /** A client's settings as {@code principal}: SASL/PLAIN over the loopback listener. */
    public Map<String, Object> clientProperties(String bootstrap, String principal) {
        String password = passwords.get(principal);
        if (password == null) {
            throw new IllegalArgumentException("No such principal on this broker: " + principal);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("bootstrap.servers", bootstrap);
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "PLAIN");
        config.put("sasl.jaas.config", jaas(principal, password, ""));
        return config;
    }

    /** The listener's login module: the broker's own credentials, and every principal it accepts. */
    String serverJaas() {
        StringBuilder users = new StringBuilder();
        passwords.forEach((principal, password) -> users.append(" user_").append(principal).append("=\"").append(password).append('"'));
        return jaas(BROKER, passwords.get(BROKER), users.toString());
    }

    /** The controller listener accepts the broker alone. */
    String controllerJaas() {
        String password = passwords.get(BROKER);
        return jaas(BROKER, password, " user_" + BROKER + "=\"" + password + "\"");
    }

    private static String jaas(String principal, String password, String users) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + principal
                + "\" password=\"" + password + "\"" + users + ";";
    }
}
