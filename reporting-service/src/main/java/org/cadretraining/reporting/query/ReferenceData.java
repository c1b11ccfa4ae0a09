package org.cadretraining.reporting.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cadretraining.reporting.views.ReferenceEntry;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.Target;
import org.cadretraining.reporting.views.UnitRegister;
import org.cadretraining.reporting.views.UnitTree;
import org.cadretraining.reporting.views.UnitView;
import org.springframework.stereotype.Service;

/**
 * The unit tree and the target definitions, from the global reference table every instance holds in full. They are
 * read and built once per change of the table ({@link StoreVersion}), not on every request: a request used to read
 * every unit's entry, and 50 of them at once queued on the table's locks.
 */
@Service("referenceDataQueries") // "referenceData" is the topology's function bean
public class ReferenceData {
    private final ViewStores stores;
    private final Clock clock;
    private volatile Snapshot kept;

    ReferenceData(ViewStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /**
     * The reference table as read at one version of it: the units (with their trees by day, built when first asked)
     * and the targets. {@code version} is null when it could not be told; such a snapshot is not kept.
     */
    static final class Snapshot {
        private final StoreVersion version;
        private final UnitRegister register;
        private final Map<String, Target> targets;
        private final Map<LocalDate, UnitTree> trees = new ConcurrentHashMap<>();

        Snapshot(StoreVersion version, List<UnitView> units, List<Target> targets) {
            this.version = version;
            this.register = new UnitRegister(units);
            Map<String, Target> byId = new LinkedHashMap<>();
            targets.forEach(t -> byId.put(t.targetId(), t));
            this.targets = java.util.Collections.unmodifiableMap(byId);
        }

        StoreVersion version() {
            return version;
        }

        UnitRegister register() {
            return register;
        }

        UnitTree treeOn(LocalDate day) {
            return trees.computeIfAbsent(day, register::treeOn);
        }
    }

    /** The table as it stands: the one kept while the table has not changed, else read anew. */
    Snapshot snapshot() {
        StoreVersion version = stores.version(StoreNames.REFERENCE);
        Snapshot current = kept;
        if (version != null && current != null && version.equals(current.version)) {
            return current;
        }
        // The version is taken before the read: a change during the read makes the next request read again.
        Snapshot read = new Snapshot(version, this.<ReferenceEntry>kind(ReferenceEntry.UNIT).stream().map(ReferenceEntry::unit).toList(),
                this.<ReferenceEntry>kind(ReferenceEntry.TARGET).stream().map(ReferenceEntry::target).toList());
        if (version != null) {
            kept = read;
        }
        return read;
    }

    /** Every unit with its history and lineage. */
    public UnitRegister register() {
        return snapshot().register();
    }

    /** The tree as it stands today (units closed before today stay as leaves under their last parent). */
    public UnitTree unitTree() {
        return snapshot().treeOn(today());
    }

    /** The officials' date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Target> targets() {
        return List.copyOf(snapshot().targets.values());
    }

    public Optional<Target> target(String targetId) {
        return Optional.ofNullable(snapshot().targets.get(targetId));
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
