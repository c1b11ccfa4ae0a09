package org.cadretraining.registry.cadres;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of a cadre that are sensitive personal data under Decree 13/2023/NĐ-CP (national ID, ethnic group,
 * party membership and its date), and how they are masked for a reader whose grants do not give
 * {@code SENSITIVE_READ} on the cadre's unit: the national ID keeps its last three digits, so that an official can
 * still tell two records apart on the phone; the others are withheld.
 */
public final class SensitiveFields {
    public static final String NATIONAL_ID = "nationalId";
    public static final String ETHNICITY = "ethnicity";
    public static final String PARTY_MEMBER = "partyMember";
    public static final String PARTY_JOIN_DATE = "partyJoinDate";
    /** Every sensitive field, in the order responses name them. */
    public static final List<String> ALL = List.of(NATIONAL_ID, ETHNICITY, PARTY_MEMBER, PARTY_JOIN_DATE);
    private static final int SHOWN_DIGITS = 3;

    private SensitiveFields() {
    }

    /** "*********123": the last three digits only. */
    public static String maskNationalId(String nationalId) {
        if (nationalId == null) {
            return null;
        }
        int shown = Math.min(SHOWN_DIGITS, nationalId.length());
        return "*".repeat(nationalId.length() - shown) + nationalId.substring(nationalId.length() - shown);
    }

    /** A JSON value with the sensitive fields masked wherever they occur, and which of them were there. */
    public record Masked(JsonNode value, List<String> fields) {
    }

    /** Masks a copy of {@code value} (a snapshot of a cadre in the audit trail, say); the original is untouched. */
    public static Masked mask(JsonNode value) {
        if (value == null || value.isNull()) {
            return new Masked(value, List.of());
        }
        JsonNode copy = value.deepCopy();
        Set<String> found = new LinkedHashSet<>();
        maskIn(copy, found);
        List<String> ordered = new ArrayList<>(ALL);
        ordered.retainAll(found);
        return new Masked(copy, List.copyOf(ordered));
    }

    private static void maskIn(JsonNode node, Set<String> found) {
        if (node instanceof ObjectNode object) {
            for (String field : ALL) {
                JsonNode held = object.get(field);
                if (held == null) {
                    continue;
                }
                found.add(field);
                if (field.equals(NATIONAL_ID) && held.isString()) {
                    object.put(field, maskNationalId(held.asString()));
                } else {
                    object.putNull(field);
                }
            }
        }
        if (node != null && (node.isObject() || node.isArray())) {
            for (JsonNode child : node.values()) {
                maskIn(child, found);
            }
        }
    }
}
