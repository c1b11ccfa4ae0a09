package org.cadretraining.platform.demo;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.registry.reorganization.MappingColumn;
import tools.jackson.databind.JsonNode;

/**
 * Applies {@link DemoReorganization} as a province's personnel officer would: writes the mapping file the registry's
 * template describes (a row per merged unit, a row per abolished district, and a row per district cadre naming the
 * commune they go to), uploads it for a dry run, checks that every row can be applied, then applies it.
 */
final class DemoReorganizationUpload {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A registered cadre and the unit (code) they serve in after the reorganization. */
    record Staff(String cadreId, DemoCadre cadre, String unitAfter) {
    }

    private final ApiClient registry;
    private final DemoReorganization reorganization;

    DemoReorganizationUpload(ApiClient registry, DemoReorganization reorganization) {
        this.registry = registry;
        this.reorganization = reorganization;
    }

    /** The mapping as CSV (UTF-8), in the template's columns. */
    String mapping(List<DemoUnit> before, List<Staff> staff) {
        String effective = reorganization.effectiveDate().format(DAY);
        String province = before.stream().filter(u -> u.parentCode() == null).findFirst().orElseThrow().code();
        List<List<String>> rows = new ArrayList<>();
        for (DemoReorganization.Merger merger : reorganization.mergers()) {
            DemoUnit successor = merger.successor();
            for (String predecessor : merger.predecessorCodes()) {
                rows.add(List.of("Sáp nhập", effective, predecessor, successor.code(), successor.name(),
                        kindWord(successor), "Xã", successor.officialCode(), province, "", "", ""));
            }
        }
        for (String district : reorganization.districts()) {
            rows.add(List.of("Kết thúc cấp huyện", effective, district, "", "", "", "", "", "", "", "", ""));
            for (Staff s : staff) {
                if (s.cadre().unitCode().equals(district)) {
                    rows.add(List.of("Kết thúc cấp huyện", effective, district, s.unitAfter(), "", "", "", "", "", "",
                            s.cadreId(), s.cadre().fullName()));
                }
            }
        }
        // The registry's own template columns, in its order.
        StringBuilder csv = new StringBuilder(String.join(",", MappingColumn.headers())).append('\n');
        rows.forEach(row -> csv.append(row.stream().map(DemoReorganizationUpload::cell).collect(Collectors.joining(",")))
                .append('\n'));
        return csv.toString();
    }

    /** Uploads the mapping, refuses to go on if its dry run finds a row it cannot apply, then applies it. */
    void apply(List<DemoUnit> before, List<Staff> staff, Map<String, String> unitIds) {
        byte[] file = mapping(before, staff).getBytes(StandardCharsets.UTF_8);
        JsonNode draft = registry.upload("/api/v1/reorganizations?name=" + java.net.URLEncoder.encode(reorganization.name(),
                StandardCharsets.UTF_8), "file", "sap-xep-2025.csv", "text/csv", file).expect(201).json();
        JsonNode dryRun = draft.path("dryRun");
        if (!dryRun.path("applicable").asBoolean() || !dryRun.path("problems").isEmpty()) {
            throw new IllegalStateException("The demo's reorganization mapping has rows that cannot be applied: "
                    + dryRun.path("problems"));
        }
        String id = draft.path("reorganizationId").asText();
        JsonNode applied = registry.post("/api/v1/reorganizations/" + id + "/apply", Map.of()).expect(200).json();
        if (!"APPLIED".equals(applied.path("reorganization").path("status").asText())) {
            throw new IllegalStateException("The demo's reorganization was not applied: " + applied);
        }
        // The units it created, by code, for what the demo does after it.
        for (JsonNode unit : registry.get("/api/v1/units").expect(200).json()) {
            unitIds.putIfAbsent(unit.path("code").asText(), unit.path("unitId").asText());
        }
        reorganization.mergers().forEach(m -> {
            if (!unitIds.containsKey(m.successor().code())) {
                throw new IllegalStateException("The reorganization did not create " + m.successor().code() + ": " + applied);
            }
        });
    }

    private static String kindWord(DemoUnit unit) {
        return switch (unit.kind()) {
            case WARD -> "Phường";
            case SPECIAL_ZONE -> "Đặc khu";
            default -> "Xã";
        };
    }

    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
