package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * Điện Biên's move to two-tier local government, effective 1 July 2025, as the demo applies it through the registry's
 * mapping upload: neighbouring communes and wards merge into new ones, the six districts are abolished, the communes
 * that remain go directly under the province, and each district's own staff go to the communes that succeed it (as
 * most did: former district leaders became commune secretaries and chairs).
 *
 * <p>The shape follows Điện Biên's real reorganization (Phường Điện Biên Phủ, Phường Mường Lay, Xã Tủa Chùa and Xã Điện
 * Biên Đông are among its new units); the demo keeps only the communes it has, so the mergers are smaller.
 *
 * @param mergers   each new unit and the units merged into it, in the order the mapping lists them
 * @param districts the districts abolished
 */
public record DemoReorganization(String name, LocalDate effectiveDate, List<Merger> mergers, List<String> districts) {

    /** The day the demo's districts end: their last day is the day before. */
    public static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    /** A new unit (under the province) and the units merged into it. */
    public record Merger(DemoUnit successor, List<String> predecessorCodes) {
        public Merger {
            Objects.requireNonNull(successor, "successor");
            predecessorCodes = List.copyOf(predecessorCodes);
        }
    }

    public DemoReorganization {
        mergers = List.copyOf(mergers);
        districts = List.copyOf(districts);
    }

    static DemoReorganization dienBien() {
        String province = DienBienUnits.PROVINCE_CODE;
        List<Merger> mergers = List.of(
                merger(province, "PDBP", "Phường Điện Biên Phủ", UnitKind.WARD, "03121", "DBP-P01", "DBP-P03"),
                merger(province, "PML", "Phường Mường Lay", UnitKind.WARD, "03150", "ML-P01", "ML-P02", "ML-X01"),
                merger(province, "XTC", "Xã Tủa Chùa", UnitKind.COMMUNE, "03220", "TC-T01"),
                merger(province, "XDBD", "Xã Điện Biên Đông", UnitKind.COMMUNE, "03330", "DBD-T01", "DBD-X02"));
        List<String> districts = List.of("DBP", "ML", "MN", "TC", "DBD", "MC").stream().map(d -> province + "-" + d).toList();
        return new DemoReorganization("Sắp xếp đơn vị hành chính cấp xã, kết thúc hoạt động cấp huyện tỉnh Điện Biên năm 2025",
                EFFECTIVE, mergers, districts);
    }

    private static Merger merger(String province, String suffix, String name, UnitKind kind, String officialCode,
                                 String... predecessorSuffixes) {
        DemoUnit successor = new DemoUnit(province + "-" + suffix, name, UnitLevel.COMMUNE, province, kind, officialCode,
                EFFECTIVE);
        return new Merger(successor, List.of(predecessorSuffixes).stream().map(p -> province + "-" + p).toList());
    }

    /** The unit each merged unit passed to, by code. */
    public Map<String, String> successors() {
        Map<String, String> successors = new LinkedHashMap<>();
        mergers.forEach(m -> m.predecessorCodes().forEach(p -> successors.put(p, m.successor().code())));
        return successors;
    }

    /**
     * The units as they stand from the effective date, the province first: the units of {@code before} not closed by
     * it (communes re-parented to the province), then the new ones.
     */
    public List<DemoUnit> unitsAfter(List<DemoUnit> before) {
        Map<String, String> successors = successors();
        String province = before.stream().filter(u -> u.parentCode() == null).findFirst().orElseThrow().code();
        List<DemoUnit> after = new ArrayList<>();
        for (DemoUnit unit : before) {
            if (successors.containsKey(unit.code()) || districts.contains(unit.code())) {
                continue;
            }
            boolean underADistrict = unit.parentCode() != null && districts.contains(unit.parentCode());
            after.add(underADistrict ? new DemoUnit(unit.code(), unit.name(), unit.level(), province, unit.kind(),
                    unit.officialCode(), unit.validFrom()) : unit);
        }
        mergers.forEach(m -> after.add(m.successor()));
        return after;
    }

    /**
     * Where a district's own staff go: its communes' successors in turn (the first cadre to the first, and so on), so
     * each new commune takes a share of the district's people.
     */
    public List<String> receiversOf(String district, List<DemoUnit> before) {
        Map<String, String> successors = successors();
        return before.stream().filter(u -> district.equals(u.parentCode()))
                .map(u -> successors.getOrDefault(u.code(), u.code())).distinct().toList();
    }
}
