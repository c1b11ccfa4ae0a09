package org.cadretraining.platform.demo;

import java.time.LocalDate;
import java.util.Objects;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * A unit (đơn vị) of the demo province. The level is its place in the administrative tree; the kind is what it is: the
 * province and its departments, party organs and agency party bloc are at {@link UnitLevel#PROVINCE} level, the
 * districts (until 30 June 2025) at {@link UnitLevel#DISTRICT}, communes and wards at {@link UnitLevel#COMMUNE}.
 *
 * @param code         short, unique, upper-case ASCII code, e.g. {@code DB-MN-X01}
 * @param name         the Vietnamese name as officials write it, e.g. "Xã Chung Chải"
 * @param parentCode   the code of the unit above; null only for the province
 * @param officialCode the code of Decision 19/2025/QĐ-TTg (2 digits a province, 3 a district, 5 a commune); null for
 *                     agencies, which have none
 * @param validFrom    the day the unit exists from
 */
public record DemoUnit(String code, String name, UnitLevel level, String parentCode, UnitKind kind, String officialCode,
                       LocalDate validFrom) {
    public DemoUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        if ((parentCode == null) != (kind == UnitKind.PROVINCE)) {
            throw new IllegalArgumentException("Only the province has no parent: " + code);
        }
    }
}
