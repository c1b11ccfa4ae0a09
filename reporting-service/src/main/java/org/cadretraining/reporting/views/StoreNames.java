package org.cadretraining.reporting.views;

/** The named state stores the query layer reads, and the topics reporting owns. */
public final class StoreNames {
    /** cadreId → CadreProgress: each cadre's profile, levels and enrollments. */
    public static final String CADRE_PROGRESS = "cadre-progress";
    /** cadreId → Emitted: what each cadre is counted as in the target, class and plan views. */
    public static final String CADRE_EMITTED = "cadre-emitted";
    /** Where the re-judging of a task's cadres stands: its cursor and the reference fingerprint the views reflect. */
    public static final String REJUDGE_PROGRESS = "rejudge-progress";
    /** The changes the emitter sums between drains, one an entry of a view (ingest's PendingChange). */
    public static final String VIEW_CHANGES = "view-changes";
    /** unitId → UnitProgress: the figures of a unit's own cadres. */
    public static final String UNIT_PROGRESS = "unit-progress";
    /** targetId → TargetTally. */
    public static final String TARGET_PROGRESS = "target-progress";
    /** &lt;unitId&gt;/t/&lt;targetId&gt; and &lt;unitId&gt;/c/&lt;classId&gt; → BreakdownEntry: a unit's own cadres' figures. */
    public static final String UNIT_BREAKDOWN = "unit-breakdown";
    /** &lt;unitId&gt;/&lt;cadreId&gt; → UnitRoster.Entry: the names of a unit's serving cadres, for the name search. */
    public static final String UNIT_ROSTER = "unit-roster";
    /** classId → ClassView. */
    public static final String CLASS_VIEWS = "class-views";
    /** planId → PlanView. */
    public static final String PLAN_VIEWS = "plan-views";
    /**
     * The dated views ({@link DatedBuckets}: year, month and day buckets of the changes that took effect then):
     * &lt;unitId&gt;/y/2025 → UnitProgress, a unit's own cadres' figures;
     */
    public static final String DATED_UNITS = "dated-units";
    /** &lt;unitId&gt;/y/2025/&lt;targetId&gt; → TargetTally, a target's tally among a unit's own cadres; */
    public static final String DATED_TARGETS = "dated-targets";
    /** &lt;classId&gt;/y/2025/&lt;unitId&gt; → ClassChange.Delta, the students a unit sent to a class; */
    public static final String DATED_CLASSES = "dated-classes";
    /** &lt;planId&gt;/y/2025/&lt;programId|mode|unitId&gt; → Long, the cadres a unit sent against a plan's quota. */
    public static final String DATED_PLANS = "dated-plans";
    /** unit:&lt;id&gt; and target:&lt;id&gt; → ReferenceEntry, on every instance. */
    public static final String REFERENCE = "reference";
    /** unitId → UnitView, folded from registry.units before it is published to the reference topic. */
    public static final String UNITS_BY_ID = "units-by-id";

    /** Target definitions: compacted, written by this service's API, the source of truth for targets. */
    public static final String TARGETS_TOPIC = "reporting.targets";
    /** Units and targets as every instance reads them, as a global table. */
    public static final String REFERENCE_TOPIC = "reporting.reference";

    private StoreNames() {
    }
}
