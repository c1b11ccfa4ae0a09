package org.cadretraining.reporting.views;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cadretraining.events.enrollment.CadreEnrolled;
import org.cadretraining.events.enrollment.CourseFailed;
import org.cadretraining.events.enrollment.CourseGraduated;
import org.cadretraining.events.enrollment.EnrollmentWithdrawn;
import org.cadretraining.events.registry.CadreDeparted;
import org.cadretraining.events.registry.CadreProfileUpdated;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.CadreTransferred;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One fact of a cadre's history, at the day it took effect ({@code on}, in the officials' time zone), whatever day it
 * arrived: the timeline the dated views are derived from. {@code seq} is its place in arrival order, which orders the
 * facts of one day. The event is kept as it came (in JSON, wrapped in its type name), so that the whole history can
 * be folded again when a late fact lands before others.
 */
public record DatedFact(LocalDate on, long seq, String eventId, String type,
                        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
                        @JsonSubTypes({@JsonSubTypes.Type(value = CadreRegistered.class, name = "CadreRegistered"),
                                @JsonSubTypes.Type(value = CadreProfileUpdated.class, name = "CadreProfileUpdated"),
                                @JsonSubTypes.Type(value = CadreTransferred.class, name = "CadreTransferred"),
                                @JsonSubTypes.Type(value = CadreDeparted.class, name = "CadreDeparted"),
                                @JsonSubTypes.Type(value = CadreQualificationRecorded.class, name = "CadreQualificationRecorded"),
                                @JsonSubTypes.Type(value = CadreEnrolled.class, name = "CadreEnrolled"),
                                @JsonSubTypes.Type(value = CourseGraduated.class, name = "CourseGraduated"),
                                @JsonSubTypes.Type(value = CourseFailed.class, name = "CourseFailed"),
                                @JsonSubTypes.Type(value = EnrollmentWithdrawn.class, name = "EnrollmentWithdrawn")})
                        Object event) {

    /** The timeline with the event added at its effective date; the same list when it is no dated fact or already in. */
    static List<DatedFact> add(List<DatedFact> timeline, String eventId, Object event) {
        LocalDate on = effectiveDate(event);
        if (on == null) {
            return timeline;
        }
        String type = event.getClass().getSimpleName();
        long seq = 0;
        for (DatedFact fact : timeline) {
            if (eventId != null ? eventId.equals(fact.eventId) : type.equals(fact.type) && event.equals(fact.event)) {
                return timeline;
            }
            seq = Math.max(seq, fact.seq + 1);
        }
        List<DatedFact> next = new ArrayList<>(timeline);
        next.add(new DatedFact(on, seq, eventId, type, event));
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
