package org.cadretraining.deploy;

import java.util.List;
import java.util.Map;

/**
 * Kubernetes' NetworkPolicy semantics, enough to ask the rendered policies who may talk to whom: a pod selected by
 * a policy of a direction gets only what some such policy's rules allow; a pod selected by none is open. Peers other
 * than a plain podSelector (a namespaceSelector, an ipBlock) stand for what lies outside the release.
 */
record NetworkPolicies(List<Map<String, Object>> policies) {
    /** Between two pods of the release: the source's egress and the target's ingress must both allow it. */
    boolean allows(Map<String, Object> from, Map<String, Object> to, int port) {
        return allowed(from, "Egress", "egress", "to", to, port, "TCP")
                && allowed(to, "Ingress", "ingress", "from", from, port, "TCP");
    }

    /** From a pod of the release to something outside it (Kafka, PostgreSQL, the identity provider, DNS). */
    boolean allowsOut(Map<String, Object> from, int port, String protocol) {
        return allowed(from, "Egress", "egress", "to", null, port, protocol);
    }

    /** Into a pod of the release from outside it (a browser through the ingress controller). */
    boolean allowsIn(Map<String, Object> to, int port) {
        return allowed(to, "Ingress", "ingress", "from", null, port, "TCP");
    }

    /** The policies that select the pod in that direction. */
    List<Map<String, Object>> isolating(Map<String, Object> pod, String type) {
        return policies.stream()
                .filter(p -> Manifest.selects(Manifest.at(p, "spec", "podSelector"), pod))
                .filter(p -> Manifest.list(Manifest.at(p, "spec", "policyTypes")).contains(type))
                .toList();
    }

    /** @param peer the other pod's labels; null: an endpoint outside the release */
    private boolean allowed(Map<String, Object> pod, String type, String rules, String peers,
                            Map<String, Object> peer, int port, String protocol) {
        List<Map<String, Object>> selecting = isolating(pod, type);
        if (selecting.isEmpty()) {
            return true;
        }
        return selecting.stream()
                .flatMap(p -> Manifest.list(Manifest.at(p, "spec", rules)).stream())
                .anyMatch(rule -> portMatches(rule, port, protocol) && peerMatches(rule.get(peers), peer));
    }

    private static boolean portMatches(Map<String, Object> rule, int port, String protocol) {
        List<Map<String, Object>> ports = Manifest.list(rule.get("ports"));
        return ports.isEmpty() || ports.stream().anyMatch(p -> Integer.valueOf(port).equals(p.get("port"))
                && protocol.equals(p.getOrDefault("protocol", "TCP")));
    }

    private static boolean peerMatches(Object peers, Map<String, Object> peer) {
        List<Map<String, Object>> list = Manifest.list(peers);
        if (list.isEmpty()) {
            return true;
        }
        return list.stream().anyMatch(p -> {
            boolean podOnly = p.containsKey("podSelector") && p.size() == 1;
            return peer == null ? !podOnly : podOnly && Manifest.selects(p.get("podSelector"), peer);
        });
    }
}
