package org.cadretraining.faults.truth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cadretraining.faults.load.Province;
import org.cadretraining.faults.platform.Officials.Official;
import org.cadretraining.faults.platform.ServiceClient;
import org.cadretraining.faults.platform.ServiceClient.Reply;
import tools.jackson.databind.JsonNode;

/**
 * Reporting's views as a report viewer reads them through the API, flattened into the same figures {@link Truth}
 * computes: unit progress (each unit, and the province and districts as subtrees), targets (province-wide and per
 * district), class statistics (whole, and per district) and the plan's fulfilment.
 */
public final class Views {
    private final ServiceClient reporting;
    private final Province province;

    public Views(ServiceClient reporting, Province province) {
        this.reporting = reporting;
        this.province = province;
    }

    /** The figures shown now; {@code unavailable} collects the views that did not answer 200. */
    public Figures shown(List<String> unavailable) {
        Figures figures = new Figures();
        for (String unitId : province.servingUnits()) {
            progress(figures, unitId, "UNIT", unavailable);
        }
        List<String> subtrees = new ArrayList<>(province.districts());
        subtrees.add(province.provinceId());
        for (String unitId : subtrees) {
            progress(figures, unitId, "SUBTREE", unavailable);
        }
        targets(figures, "all", "/api/v1/targets", unavailable);
        for (String district : province.districts()) {
            targets(figures, district, "/api/v1/targets?unitId=" + district, unavailable);
        }
        classes(figures, "all", "/api/v1/classes/statistics", unavailable);
        for (String district : province.districts()) {
            classes(figures, district, "/api/v1/classes/statistics?unitId=" + district, unavailable);
        }
        plan(figures, unavailable);
        return figures;
    }

    private JsonNode read(String path, List<String> unavailable) {
        Reply reply = reporting.get(Official.REPORTS, "read view", path);
        if (reply.status() != 200) {
            unavailable.add(path + " → " + reply.status());
            return null;
        }
        return reply.json();
    }

    private void progress(Figures figures, String unitId, String scope, List<String> unavailable) {
        JsonNode view = read("/api/v1/units/" + unitId + "/progress?scope=" + scope, unavailable);
        if (view == null) {
            return;
        }
        String at = "progress/" + unitId + "/" + scope + "/";
        for (String field : List.of("headcount", "women", "ethnicMinority", "young")) {
            figures.put(at + field, view.path(field).asLong());
        }
        figures.put(at + "studyingNow/total", view.path("studyingNow").path("total").asLong());
        counts(figures, at + "studyingNow/byCategory/", view.path("studyingNow").path("byCategory"));
        for (String map : List.of("politicalTheory", "professional", "stateManagement", "byTier", "byUnitLevel")) {
            counts(figures, at + map + "/", view.path(map));
        }
    }

    private void targets(Figures figures, String narrowedTo, String path, List<String> unavailable) {
        JsonNode list = read(path, unavailable);
        if (list == null) {
            return;
        }
        for (JsonNode target : list) {
            String at = "targets/" + target.path("targetId").asText() + "/" + narrowedTo + "/";
            for (String field : List.of("cohortSize", "meeting", "expectedByDeadline")) {
                figures.put(at + field, target.path(field).asLong());
            }
        }
    }

    private void classes(Figures figures, String narrowedTo, String path, List<String> unavailable) {
        JsonNode statistics = read(path, unavailable);
        if (statistics == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> mode : statistics.path("byMode").properties()) {
            String at = "classes/" + narrowedTo + "/" + mode.getKey() + "/";
            JsonNode figuresOfMode = mode.getValue();
            figures.put(at + "classes", figuresOfMode.path("classes").asLong())
                    .put(at + "students", figuresOfMode.path("students").asLong())
                    .put(at + "averagePerClass", number(figuresOfMode.path("averagePerClass")))
                    .put(at + "fillRate", number(figuresOfMode.path("fillRate")));
        }
        figures.put("classes/" + narrowedTo + "/ratio", number(statistics.path("concentratedToInServiceRatio")));
    }

    private void plan(Figures figures, List<String> unavailable) {
        JsonNode fulfilment = read("/api/v1/plans/" + province.planId() + "/fulfilment", unavailable);
        if (fulfilment == null) {
            return;
        }
        String at = "plan/" + province.planId() + "/";
        figures.put(at + "sent", fulfilment.path("sent").asLong());
        for (JsonNode quota : fulfilment.path("quotas")) {
            String line = at + quota.path("programId").asText() + "|" + quota.path("mode").asText() + "/";
            figures.put(line + "quota", quota.path("quota").asLong()).put(line + "sent", quota.path("sent").asLong());
            for (JsonNode unit : quota.path("units")) {
                figures.put(line + unit.path("unitId").asText() + "/allocated", unit.path("allocated").asLong())
                        .put(line + unit.path("unitId").asText() + "/sent", unit.path("sent").asLong());
            }
        }
    }

    private static void counts(Figures figures, String prefix, JsonNode map) {
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            figures.put(prefix + entry.getKey(), entry.getValue().asLong());
        }
    }

    private static Double number(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asDouble();
    }
}
