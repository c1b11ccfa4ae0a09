package org.cadretraining.reporting.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cadretraining.reporting.views.ReferenceEntry;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.UnitRegister;
import org.cadretraining.reporting.views.UnitTree;
import org.cadretraining.reporting.views.UnitView;
import org.springframework.stereotype.Service;

/** The unit tree and the target definitions, from the global reference table every instance holds in full. */
@Service("referenceDataQueries") // "referenceData" is the topology's function bean
public class ReferenceData {
    private final ViewStores stores;
    private final Clock clock;

    ReferenceData(ViewStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** Every unit with its history and lineage. */
    public UnitRegister register() {
        return new UnitRegister(this.<ReferenceEntry>kind(ReferenceEntry.UNIT).stream().map(ReferenceEntry::unit).toList());
    }

    /** The tree as it stands today (units closed before today stay as leaves under their last parent). */
    public UnitTree unitTree() {
        return register().treeOn(today());
    }

    /** The officials' date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Target> targets() {
        return this.<ReferenceEntry>kind(ReferenceEntry.TARGET).stream().map(ReferenceEntry::target).toList();
    }

    public Optional<Target> target(String targetId) {
        String key = ReferenceEntry.targetKey(targetId);
        ReferenceEntry entry = stores.<ReferenceEntry>localGet(StoreNames.REFERENCE, List.of(key)).get(key);
        return Optional.ofNullable(entry).map(ReferenceEntry::target);
    }

    /** The name a report gives its unit: the unit's, or the province's (the first root) when none is named. */
    public String unitName(String unitId) {
        UnitTree tree = unitTree();
        if (unitId != null) {
            return tree.unit(unitId).map(UnitView::name).orElse(unitId);
        }
        return tree.roots().stream().findFirst().map(UnitView::name).orElse("");
    }

    /** Keys are "<kind>:<id>"; ';' sorts right after ':', so the range holds exactly one kind. */
    private <V> List<V> kind(String prefix) {
        return stores.localRange(StoreNames.REFERENCE, prefix, prefix.substring(0, prefix.length() - 1) + ";");
    }
}
