package org.cadretraining.reporting.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.CourseFailed;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.enrollment.EnrollmentWithdrawn;
import org.cadretraining.events.registry.CadreDeparted;
import org.cadretraining.events.registry.CadreProfileUpdated;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.platform.events.EventCodec;
import tools.jackson.databind.JsonNode;

/**
 * One fact of a cadre's history, at the day it took effect ({@code on}, in the officials' time zone), whatever day it
 * arrived: the timeline the dated views are derived from. {@code seq} is its place in arrival order, which orders the
 * facts of one day. The payload is kept as it came, so that the whole history can be folded again when a late fact
 * lands before others.
 */
public record DatedFact(LocalDate on, long seq, String eventId, String type, JsonNode data) {
    /** The facts that change what a dated view counts, by the name they are kept under. */
    private static final Map<String, Class<?>> TYPES = Map.of(
            "CadreRegistered", CadreRegistered.class, "CadreProfileUpdated", CadreProfileUpdated.class,
            "CadreTransferred", CadreTransferred.class, "CadreDeparted", CadreDeparted.class,
            "CadreQualificationRecorded", CadreQualificationRecorded.class, "CadreEnrolled", CadreEnrolled.class,
            "CourseGraduated", CourseGraduated.class, "CourseFailed", CourseFailed.class,
            "EnrollmentWithdrawn", EnrollmentWithdrawn.class);

    /** The event this fact was read from. */
    public Object event() {
        Class<?> type = TYPES.get(this.type);
        return type == null ? null : EventCodec.mapper().treeToValue(data, type);
    }

    /** The timeline with the event added at its effective date; the same list when it is no dated fact or already in. */
    static List<DatedFact> add(List<DatedFact> timeline, String eventId, Object event) {
        LocalDate on = effectiveDate(event);
        if (on == null) {
            return timeline;
        }
        String type = event.getClass().getSimpleName();
        JsonNode data = EventCodec.mapper().valueToTree(event);
        long seq = 0;
        for (DatedFact fact : timeline) {
            if (eventId != null ? eventId.equals(fact.eventId) : type.equals(fact.type) && data.equals(fact.data)) {
                return timeline;
            }
            seq = Math.max(seq, fact.seq + 1);
        }
        List<DatedFact> next = new ArrayList<>(timeline);
        next.add(new DatedFact(on, seq, eventId, type, data));
        return List.copyOf(next);
    }

    static List<DatedFact> inEffectiveOrder(List<DatedFact> timeline) {
        List<DatedFact> sorted = new ArrayList<>(timeline);
        sorted.sort(Comparator.comparing(DatedFact::on).thenComparingLong(DatedFact::seq));
        return sorted;
    }

    /**
     * The day a fact takes effect, as agreed for the wire: its effective date, or the day of the instant it carries.
     * Null for an event that is no dated fact of a cadre.
     */
    static LocalDate effectiveDate(Object event) {
        if (event instanceof CadreRegistered e) {
            return e.effectiveDate() != null ? e.effectiveDate() : Clocks.day(e.registeredAt());
        }
        if (event instanceof CadreProfileUpdated e) {
            return Clocks.day(e.updatedAt());
        }
        if (event instanceof CadreTransferred e) {
            return orToday(e.effectiveDate());
        }
        if (event instanceof CadreDeparted e) {
            return orToday(e.effectiveDate());
        }
        if (event instanceof CadreQualificationRecorded e) {
            // Awarded that day; else, where only its year is known, by the year's end; else when it was recorded.
            return e.awardedOn() != null ? e.awardedOn()
                    : e.year() != null ? LocalDate.of(e.year(), 12, 31) : Clocks.day(e.recordedAt());
        }
        if (event instanceof CadreEnrolled e) {
            // Sent (and studying) from the day of enrollment, or from the class's start where that came first (an
            // enrollment loaded from an older system).
            LocalDate enrolled = Clocks.day(e.enrolledAt());
            return enrolled == null ? orToday(e.startDate())
                    : e.startDate() != null && e.startDate().isBefore(enrolled) ? e.startDate() : enrolled;
        }
        if (event instanceof CourseGraduated e) {
            return orToday(e.graduatedOn());
        }
        if (event instanceof CourseFailed e) {
            return orToday(e.endedOn());
        }
        if (event instanceof EnrollmentWithdrawn e) {
            return orToday(e.withdrawnOn());
        }
        return null;
    }

    private static LocalDate orToday(LocalDate day) {
        return day != null ? day : LocalDate.now(Clocks.OFFICIALS_ZONE);
    }
}
