package org.cadretraining.reporting.web;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Entitlements;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.UnitScope;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.query.ClassQueries;
import org.cadretraining.reporting.query.PlanQueries;
import org.cadretraining.reporting.query.ProgressQueries;
import org.cadretraining.reporting.query.TargetQueries;
import org.cadretraining.reporting.views.UnitProgressReport;
import org.cadretraining.reporting.views.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server-sent events for the open dashboards. Once a second the views the pages show are read from the stores (once,
 * however many pages are open), and each page is sent only the views that changed since it last heard of them; a
 * newly opened page is sent each of them once. Views: {@code progress}, {@code targets} and {@code classes} (of the
 * unit the page shows; targets and classes of the whole province when it names none), {@code units}, {@code plans}.
 * <p>
 * A page is guarded as the routes it mirrors: the unit it shows needs {@code REPORTS_READ} there, and no unit needs it
 * over a province. Its caller's grants are checked again every round, and the stream ends when they no longer allow
 * it or when the token that opened it expires: a revoked grant or a signed-out user stops receiving figures within a
 * round, and the browser's reconnection must present a valid token again.
 */
@RestController
@Access(Permission.REPORTS_READ)
public class LiveUpdates implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final ProgressQueries progress;
    private final TargetQueries targets;
    private final ClassQueries classes;
    private final PlanQueries plans;
    private final ReportAccess access;
    private final AccessPolicy policy;
    private final ObjectMapper json;
    private final long periodMillis;
    private final long heartbeatMillis;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private long rounds;
    private volatile ScheduledExecutorService ticker;

    LiveUpdates(ProgressQueries progress, TargetQueries targets, ClassQueries classes, PlanQueries plans, ReportAccess access,
                AccessPolicy policy, ObjectMapper json,
                @Value("${reporting.dashboard.live-period-millis:1000}") long periodMillis,
                @Value("${reporting.dashboard.heartbeat-millis:15000}") long heartbeatMillis) {
        this.progress = progress;
        this.targets = targets;
        this.classes = classes;
        this.plans = plans;
        this.access = access;
        this.policy = policy;
        this.json = json;
        this.periodMillis = periodMillis;
        this.heartbeatMillis = heartbeatMillis;
    }

    /**
     * One open page, and who opened it. Equal only to itself: a record would hash its {@code lastSent} map, whose hash
     * changes as views are sent, and the set could then no longer find it to remove it when the page goes.
     */
    private static final class Subscriber {
        private final SseEmitter emitter;
        private final String unitId;
        private final Authentication caller;
        private final Instant expiresAt;
        private final Map<String, String> lastSent = new HashMap<>();

        Subscriber(SseEmitter emitter, String unitId, Authentication caller, Instant expiresAt) {
            this.emitter = emitter;
            this.unitId = unitId;
            this.caller = caller;
            this.expiresAt = expiresAt;
        }
    }

    // No "produces": a caller without the right grants is answered 403 as a problem, whatever it accepts.
    @GetMapping(path = "/api/v1/dashboard/events")
    public SseEmitter subscribe(@RequestParam(required = false) @Size(max = RequestBounds.ID) String unitId) {
        access.unitOrProvince(unitId);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Instant expiresAt = caller instanceof JwtAuthenticationToken jwt ? jwt.getToken().getExpiresAt() : null;
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(emitter, unitId, caller, expiresAt);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        return emitter;
    }

    /** Pages connected now. */
    public int subscribers() {
        return subscribers.size();
    }

    /** One round: read what the open pages show, send each page what changed for it and it may still see. */
    void tick() {
        if (subscribers.isEmpty()) {
            return;
        }
        // A page that went away unannounced is only noticed when a write to it fails: write to every page now and
        // then, even when nothing changed, so that gone pages do not hold their connections for ever.
        if (++rounds % Math.max(1, heartbeatMillis / periodMillis) == 0) {
            for (Subscriber s : subscribers) {
                synchronized (s) {
                    try {
                        s.emitter.send(SseEmitter.event().comment("heartbeat"));
                    } catch (IOException | IllegalStateException e) {
                        subscribers.remove(s);
                    }
                }
            }
        }
        Map<String, String> current = new LinkedHashMap<>();
        List<UnitView> units = readObject("units", progress::units);
        read(current, "plans", plans::summaries);
        // Targets and classes as the page shows them: narrowed to its unit, or the whole province without one.
        if (subscribers.stream().anyMatch(s -> s.unitId == null)) {
            read(current, "targets:", () -> targets.all(null));
            read(current, "classes:", () -> classes.statistics(null, null, null, null));
        }
        for (String unitId : subscribers.stream().map(s -> s.unitId).filter(Objects::nonNull).distinct().toList()) {
            read(current, "progress:" + unitId, () -> progress.progress(unitId, UnitProgressReport.Scope.SUBTREE));
            read(current, "targets:" + unitId, () -> targets.all(unitId));
            read(current, "classes:" + unitId, () -> classes.statistics(null, null, null, unitId));
        }
        Map<String, String> unitsByScope = new HashMap<>();
        Instant now = Instant.now();
        for (Subscriber s : subscribers) {
            Entitlements rights = rightsOf(s, now);
            if (rights == null) {
                continue;
            }
            Map<String, String> views = new LinkedHashMap<>();
            if (units != null) {
                // The unit list as the caller's GET /api/v1/units shows it: the units their grants reach.
                UnitScope readable = rights.scope(Permission.REPORTS_READ);
                String scopeKey = readable.everywhere() ? "*" : new TreeSet<>(readable.grantedUnits()).toString();
                views.put("units", unitsByScope.computeIfAbsent(scopeKey, k -> write(units.stream()
                        .filter(u -> readable.covers(u.unitId())).toList())));
            }
            views.putAll(current);
            send(s, views);
        }
    }

    /**
     * The subscriber's grants now, or null when it is not to be sent anything this round: its stream is closed when
     * its token has expired or its grants no longer reach what it shows; the round is skipped while the grants cannot
     * be read.
     */
    private Entitlements rightsOf(Subscriber s, Instant now) {
        if (s.expiresAt != null && !now.isBefore(s.expiresAt)) {
            close(s);
            return null;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(s.caller);
        SecurityContextHolder.setContext(context);
        try {
            Entitlements rights = policy.entitlements();
            boolean allowed = s.unitId == null ? rights.coversARoot(Permission.REPORTS_READ)
                    : rights.covers(Permission.REPORTS_READ, s.unitId);
            if (!allowed) {
                close(s);
                return null;
            }
            return rights;
        } catch (DomainProblem e) {
            return null;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void close(Subscriber s) {
        subscribers.remove(s);
        synchronized (s) {
            try {
                s.emitter.complete();
            } catch (IllegalStateException e) {
                // already gone
            }
        }
    }

    private void send(Subscriber s, Map<String, String> views) {
        synchronized (s) {
            for (Map.Entry<String, String> view : views.entrySet()) {
                String key = view.getKey();
                int colon = key.indexOf(':');
                if (colon >= 0 && !key.substring(colon + 1).equals(s.unitId == null ? "" : s.unitId)) {
                    continue;
                }
                if (view.getValue().equals(s.lastSent.get(key))) {
                    continue;
                }
                try {
                    s.emitter.send(SseEmitter.event().name(colon >= 0 ? key.substring(0, colon) : key).data(view.getValue()));
                    s.lastSent.put(key, view.getValue());
                } catch (IOException | IllegalStateException e) {
                    subscribers.remove(s);
                    return;
                }
            }
        }
    }

    private void read(Map<String, String> into, String key, Supplier<Object> view) {
        Object value = readObject(key, view);
        if (value != null) {
            into.put(key, write(value));
        }
    }

    /** A store still restoring, or a unit that is not known yet: that view has nothing to send this round. */
    private <T> T readObject(String key, Supplier<T> view) {
        try {
            return view.get();
        } catch (RuntimeException e) {
            log.debug("Live view {} not readable now: {}", key, e.toString());
            return null;
        }
    }

    private String write(Object value) {
        JsonNode node = json.valueToTree(value);
        if (node instanceof ObjectNode object) {
            object.remove("asOf"); // the time of the read, not of the figures: not a change
        }
        return json.writeValueAsString(node);
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dashboard-live-updates");
            t.setDaemon(true);
            return t;
        });
        started.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                log.warn("Live update round failed", e);
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        ticker = started;
    }

    /**
     * Ends every open stream before the web server's graceful shutdown, which would otherwise wait its whole timeout
     * for streams that never end by themselves; the pages reconnect, to another instance if there is one.
     */
    @Override
    public void stop() {
        ScheduledExecutorService stopping = ticker;
        ticker = null;
        if (stopping != null) {
            stopping.shutdownNow();
        }
        subscribers.forEach(this::close);
    }

    @Override
    public boolean isRunning() {
        return ticker != null;
    }

    /** Stopped just before the graceful shutdown (a higher phase stops earlier), started just after the server. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
    }
}
