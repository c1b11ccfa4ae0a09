package org.cadretraining.platform.demo;

import java.util.Objects;

import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * A unit (đơn vị) of the demo province: the province itself, a provincial agency or a district at
 * {@link UnitLevel#DISTRICT} level, or a commune, ward or township at {@link UnitLevel#COMMUNE} level.
 *
 * @param code       short, unique, upper-case ASCII code, e.g. {@code DB-MN-X01}
 * @param name       the Vietnamese name as officials write it, e.g. "Xã Chung Chải"
 * @param parentCode the code of the unit above; null only for the province
 */
public record DemoUnit(String code, String name, UnitLevel level, String parentCode) {
    public DemoUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if ((parentCode == null) != (level == UnitLevel.PROVINCE)) {
            throw new IllegalArgumentException("Only the province has no parent: " + code);
        }
    }
}
