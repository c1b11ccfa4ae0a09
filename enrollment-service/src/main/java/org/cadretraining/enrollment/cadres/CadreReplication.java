package org.cadretraining.enrollment.cadres;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.CadreReplicaRepository.ParkedEvent;
import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.registry.CadreDeparted;
import org.cadretraining.events.registry.CadreProfileUpdated;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.events.ReceivedEvent;
import org.cadretraining.platform.web.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the cadre replica in step with registry.cadres. A transfer or qualification for a cadre the replica does not
 * hold yet is parked, not dropped, and applied when the cadre's CadreRegistered arrives: the replica converges
 * whatever the order. One cadre's events share a partition, so a parked event normally means a registry problem:
 * it is logged, and GET /api/v1/cadres/{id} reports it. A transfer with a reorganization moves the cadre like any
 * other, and is told ({@link MovedByReorganization}) in the same transaction, for what follows the cadre.
 */
@Service
public class CadreReplication {
    private static final Logger log = LoggerFactory.getLogger(CadreReplication.class);
    private static final Set<EventType<?>> REPLICATED = Set.of(EventTypes.CADRE_REGISTERED, EventTypes.CADRE_TRANSFERRED,
            EventTypes.CADRE_QUALIFICATION_RECORDED, EventTypes.CADRE_PROFILE_UPDATED, EventTypes.CADRE_DEPARTED);

    private final CadreReplicaRepository replica;
    private final ApplicationEventPublisher told;
    private final Clock clock;

    CadreReplication(CadreReplicaRepository replica, ApplicationEventPublisher told, Clock clock) {
        this.replica = replica;
        this.told = told;
        this.clock = clock;
    }

    /** Whether the replica changes on this event; other types on the topic are skipped. */
    public static boolean replicates(ReceivedEvent event) {
        return REPLICATED.contains(event.type());
    }

    @Transactional
    public void apply(ReceivedEvent event) {
        Instant now = clock.instant();
        if (event.is(EventTypes.CADRE_REGISTERED)) {
            ReplicatedCadre cadre = ReplicatedCadre.registered(event.payloadAs(EventTypes.CADRE_REGISTERED), now);
            List<Object> applied = new ArrayList<>();
            for (ParkedEvent parked : replica.unpark(cadre.cadreId())) {
                Object payload = decode(parked);
                cadre = change(cadre, payload, now);
                applied.add(payload);
            }
            replica.save(cadre);
            applied.forEach(this::tellIfReorganized);
            return;
        }
        UUID cadreId = UUID.fromString(cadreIdOf(event.payload()));
        Optional<ReplicatedCadre> current = replica.find(cadreId);
        if (current.isEmpty()) {
            // The cadre's id is a pseudonymous key, not personal data.
            log.warn("Parked {} {} for cadre {}: its CadreRegistered has not arrived", event.type().ceType(), event.id(), cadreId);
            replica.park(new ParkedEvent(event.id(), cadreId, event.type().ceType(), EventCodec.toJsonText(event.payload())));
            return;
        }
        replica.save(change(current.get(), event.payload(), now));
        tellIfReorganized(event.payload());
    }

    /** ACTIVE cadres the replica holds in the unit: none left once a closed unit's cadres have all moved. */
    @Transactional(readOnly = true)
    public long activeIn(UUID unitId) {
        return replica.activeIn(unitId);
    }

    private void tellIfReorganized(Object payload) {
        if (payload instanceof CadreTransferred transfer && transfer.reorganizationId() != null) {
            told.publishEvent(new MovedByReorganization(UUID.fromString(transfer.cadreId()), UUID.fromString(transfer.fromUnitId()),
                    UUID.fromString(transfer.toUnitId()), transfer.reorganizationId()));
        }
    }

    /** Stores what the registry's API said of a cadre no event has brought yet; its CadreRegistered will overwrite it. */
    @Transactional
    public ReplicatedCadre adopt(ReplicatedCadre fetched) {
        Optional<ReplicatedCadre> meanwhile = replica.find(fetched.cadreId());
        if (meanwhile.isPresent()) {
            return meanwhile.get();
        }
        replica.save(fetched);
        return fetched;
    }

    /** One statement: outside a transaction it needs none of its own (that would cost a round trip to end it). */
    public Optional<ReplicatedCadre> find(UUID cadreId) {
        return replica.find(cadreId);
    }

    @Transactional(readOnly = true)
    public ReplicatedCadre get(UUID cadreId) {
        return replica.find(cadreId).orElseThrow(() -> {
            long parked = replica.parkedCount(cadreId);
            String detail = "No cadre with id " + cadreId + " has reached this service from the registry"
                    + (parked > 0 ? "; " + parked + " event(s) for it wait for its CadreRegistered" : "");
            return new DomainProblem(HttpStatus.NOT_FOUND, "not-found", "Cadre not found", null, detail);
        });
    }

    private static ReplicatedCadre change(ReplicatedCadre cadre, Object payload, Instant now) {
        if (payload instanceof CadreTransferred transfer) {
            return cadre.transferredTo(UUID.fromString(transfer.toUnitId()), now);
        }
        if (payload instanceof CadreQualificationRecorded qualification) {
            return cadre.withCurrentLevel(qualification.ladder(), qualification.currentLevel(), now);
        }
        if (payload instanceof CadreProfileUpdated profile) {
            return cadre.withTier(profile.managementTier(), now);
        }
        if (payload instanceof CadreDeparted departed) {
            return cadre.withStatus(departed.status(), now);
        }
        throw new IllegalArgumentException("Not a change to a replicated cadre: " + payload.getClass().getSimpleName());
    }

    private static String cadreIdOf(Object payload) {
        if (payload instanceof CadreTransferred transfer) {
            return transfer.cadreId();
        }
        if (payload instanceof CadreQualificationRecorded qualification) {
            return qualification.cadreId();
        }
        if (payload instanceof CadreProfileUpdated profile) {
            return profile.cadreId();
        }
        if (payload instanceof CadreDeparted departed) {
            return departed.cadreId();
        }
        throw new IllegalArgumentException("No cadre in " + payload.getClass().getSimpleName());
    }

    private static Object decode(ParkedEvent parked) {
        EventType<?> type = EventTypes.byCeType(parked.eventType())
                .orElseThrow(() -> new IllegalStateException("Parked event of unknown type " + parked.eventType()));
        return EventCodec.fromJson(parked.payload().getBytes(StandardCharsets.UTF_8), type.payloadType());
    }
}
