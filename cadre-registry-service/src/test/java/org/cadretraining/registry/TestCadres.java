package org.cadretraining.registry;

import java.util.Map;

import org.cadretraining.platform.infrastructure.ApiClient;

/** Registers cadres through the API, for tests in other packages. */
public final class TestCadres {
    private TestCadres() {
    }

    /** Lò Thị Hương (Thái, party member since 2012) in the unit; returns her id. */
    public static String register(ApiClient as, String unitId) {
        return registerWith(as, unitId, CadreFixtures.nationalId("011")).path("cadreId").asText();
    }

    public static tools.jackson.databind.JsonNode registerWith(ApiClient as, String unitId, String nationalId) {
        return as.post("/api/v1/cadres", CadreFixtures.cadre(unitId, nationalId)).expect(201).json();
    }

    /** The same cadre with another name, so that a search by name finds only the test's own. */
    public static String register(ApiClient as, String unitId, String fullName) {
        Map<String, Object> body = CadreFixtures.cadre(unitId, CadreFixtures.nationalId("011"));
        body.put("fullName", fullName);
        return as.post("/api/v1/cadres", body).expect(201).json().path("cadreId").asText();
    }

    /** The request body for registering her in the unit. */
    public static Map<String, Object> body(String unitId) {
        return CadreFixtures.cadre(unitId, CadreFixtures.nationalId("011"));
    }

    /** A national ID for a woman born in 1988. */
    public static String nationalId() {
        return CadreFixtures.nationalId("011");
    }
}
