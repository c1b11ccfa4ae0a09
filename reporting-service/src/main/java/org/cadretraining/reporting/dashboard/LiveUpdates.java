package org.cadretraining.reporting.dashboard;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.cadretraining.reporting.classes.web.ClassStatisticsController;
import org.cadretraining.reporting.progress.UnitProgressReport;
import org.cadretraining.reporting.progress.web.UnitProgressController;
import org.cadretraining.reporting.targets.web.TargetController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
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
 */
@RestController
public class LiveUpdates implements InitializingBean, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final UnitProgressController progress;
    private final TargetController targets;
    private final ClassStatisticsController classes;
    private final DashboardController dashboard;
    private final ObjectMapper json;
    private final long periodMillis;
    private final long heartbeatMillis;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private long rounds;
    private ScheduledExecutorService ticker;

    public LiveUpdates(UnitProgressController progress, TargetController targets, ClassStatisticsController classes,
                       DashboardController dashboard, ObjectMapper json,
                       @Value("${reporting.dashboard.live-period-millis:1000}") long periodMillis,
                       @Value("${reporting.dashboard.heartbeat-millis:15000}") long heartbeatMillis) {
        this.progress = progress;
        this.targets = targets;
        this.classes = classes;
        this.dashboard = dashboard;
        this.json = json;
        this.periodMillis = periodMillis;
        this.heartbeatMillis = heartbeatMillis;
    }

    /**
     * One open page. Equal only to itself: a record would hash its {@code lastSent} map, whose hash changes as views
     * are sent, and the set could then no longer find it to remove it when the page goes.
     */
    private static final class Subscriber {
        private final SseEmitter emitter;
        private final String unitId;
        private final Map<String, String> lastSent;

        Subscriber(SseEmitter emitter, String unitId, Map<String, String> lastSent) {
            this.emitter = emitter;
            this.unitId = unitId;
            this.lastSent = lastSent;
        }

        SseEmitter emitter() {
            return emitter;
        }

        String unitId() {
            return unitId;
        }

        Map<String, String> lastSent() {
            return lastSent;
        }
    }

    @GetMapping(path = "/api/v1/dashboard/events", produces = "text/event-stream")
    public SseEmitter subscribe(@RequestParam(required = false) String unitId) {
        SseEmitter emitter = new SseEmitter(0L);
        Subscriber subscriber = new Subscriber(emitter, unitId, new HashMap<>());
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

    /** One round: read what the open pages show, send each page what changed for it. */
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
                        s.emitter().send(SseEmitter.event().comment("heartbeat"));
                    } catch (IOException | IllegalStateException e) {
                        subscribers.remove(s);
                    }
                }
            }
        }
        Map<String, String> current = new LinkedHashMap<>();
        read(current, "units", progress::units);
        read(current, "plans", dashboard::plans);
        // Targets and classes as the page shows them: narrowed to its unit, or the whole province without one.
        read(current, "targets:", () -> targets.all(null));
        read(current, "classes:", () -> classes.statistics(null, null, null, null));
        for (String unitId : subscribers.stream().map(Subscriber::unitId).filter(java.util.Objects::nonNull).distinct().toList()) {
            read(current, "progress:" + unitId, () -> progress.progress(unitId, UnitProgressReport.Scope.SUBTREE));
            read(current, "targets:" + unitId, () -> targets.all(unitId));
            read(current, "classes:" + unitId, () -> classes.statistics(null, null, null, unitId));
        }
        for (Subscriber s : subscribers) {
            synchronized (s) {
                for (Map.Entry<String, String> view : current.entrySet()) {
                    String key = view.getKey();
                    int colon = key.indexOf(':');
                    if (colon >= 0 && !key.substring(colon + 1).equals(s.unitId() == null ? "" : s.unitId())) {
                        continue;
                    }
                    if (view.getValue().equals(s.lastSent().get(key))) {
                        continue;
                    }
                    try {
                        s.emitter().send(SseEmitter.event().name(colon >= 0 ? key.substring(0, colon) : key)
                                .data(view.getValue()));
                        s.lastSent().put(key, view.getValue());
                    } catch (IOException | IllegalStateException e) {
                        subscribers.remove(s);
                        break;
                    }
                }
            }
        }
    }

    private void read(Map<String, String> into, String key, Supplier<Object> view) {
        try {
            JsonNode node = json.valueToTree(view.get());
            if (node instanceof ObjectNode object) {
                object.remove("asOf"); // the time of the read, not of the figures: not a change
            }
            into.put(key, json.writeValueAsString(node));
        } catch (RuntimeException e) {
            // A store still restoring, or a unit that is not known yet: that view has nothing to send this round.
            log.debug("Live view {} not readable now: {}", key, e.toString());
        }
    }

    @Override
    public void afterPropertiesSet() {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dashboard-live-updates");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                log.warn("Live update round failed", e);
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
        subscribers.forEach(s -> s.emitter().complete());
    }
}
