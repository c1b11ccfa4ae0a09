package org.cadretraining.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.cadretraining.enrollment.cadres.messaging.CadreReplicaListener;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topics;
import org.cadretraining.events.registry.CadreQualificationRecorded;
import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.registry.CadreTransferred;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.QualificationSource;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.infrastructure.AccessFixture;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.platform.infrastructure.SpringTestInfrastructure;
import org.cadretraining.platform.security.AccessDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;


/**
 * What the service's integration tests share: one Spring context on the real broker, database and identity provider
 * (so every subclass reuses it), a stub of the registry's HTTP API that checks tokens as the registry does, and helpers
 * that drive the service as its users and the registry do. {@link #api} is signed in as the platform administrator
 * "admin", for set-up; tests about a role sign in as a user of that role ({@link #as}) given grants by {@link #grants}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        EnrollmentApplication.CONFIG_NAME,
        // One category capped below the default, to show the regulatory maximum is configuration.
        "enrollment.classes.max-capacity.ELECTED_DEPUTIES=50",
        // The breaker test waits for the open state to end; 10 s in production.
        "resilience4j.circuitbreaker.instances.registry.wait-duration-in-open-state=1s",
        // The first lookup also fetches this service's token; on a busy test machine that may pass the 1 s of production.
        "resilience4j.timelimiter.instances.registry.timeout-duration=3s"})
abstract class EnrollmentTestSupport {
    static final IdentityProvider provider = IdentityProvider.shared();
    static final RegistryStub registryStub = RegistryStub.start(provider.issuer());
    /** Publishes units and grants as the registry would. */
    static final AccessFixture grants = new AccessFixture();

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry registry) {
        registry.add("enrollment.registry.base-url", registryStub::baseUrl);
        SpringTestInfrastructure.registerServiceClient(registry, "enrollment-service");
    }

    static final KafkaProbe kafka = new KafkaProbe(Infrastructure.kafka().bootstrapServers());
    static final Duration WAIT = Duration.ofSeconds(30);
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate END = LocalDate.of(2026, 7, 31);
    static final QualificationLevels UNIVERSITY_ELEMENTARY = new QualificationLevels(ProfessionalLevel.UNIVERSITY,
            PoliticalTheoryLevel.ELEMENTARY, StateManagementLevel.NONE);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SpringTestInfrastructure.register(registry, "enrollment_test");
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    Environment environment;
    @Autowired
    AccessDirectory directory;
    /** Signed in as the platform administrator, for set-up. */
    ApiClient api;
    /** No token at all. */
    ApiClient anonymous;

    @BeforeEach
    void client() {
        anonymous = ApiClient.localhost(port);
        api = anonymous.withToken(adminToken());
        // Until the service has read the grants it answers 503 to everyone, the administrator included.
        await().atMost(WAIT).until(directory::ready);
    }

    static {
        // Shared by every test class on this context: closed with the JVM, not after the first class.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            grants.close();
        }));
    }

    // --- who is calling --------------------------------------------------------------------------------------------

    private static String adminToken;
    private static long adminTokenAt;

    /** The administrator's token, signed in again well before the provider's ten minutes run out. */
    static synchronized String adminToken() {
        if (adminToken == null || System.nanoTime() - adminTokenAt > Duration.ofMinutes(4).toNanos()) {
            adminToken = provider.tokenFor(SpringTestInfrastructure.ADMINISTRATOR);
            adminTokenAt = System.nanoTime();
        }
        return adminToken;
    }

    /** Signed in as the administrator with a token that is never near its end, for work that outlasts one token. */
    ApiClient admin() {
        return anonymous.withToken(adminToken());
    }

    /** A user signed in through the provider's login form (a real token), holding whatever grants they were given. */
    ApiClient as(String subject) {
        return anonymous.withToken(provider.tokenFor(subject));
    }

    /** A subject of its own per test, so that grants of one test never leak into another. */
    static String user(String role) {
        return role + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A province, as the registry would announce it; units under it with {@link #district}. */
    static String province() {
        return grants.unit(uuid(), null, UnitLevel.PROVINCE);
    }

    static String district(String province) {
        return grants.unit(uuid(), province, UnitLevel.DISTRICT);
    }

    /** A unit under {@code parent} (null: a province), once this service knows it. */
    String knownUnit(String parent, UnitLevel level) {
        String unit = grants.unit(uuid(), parent, level);
        await().atMost(WAIT).until(() -> directory.knows(unit));
        return unit;
    }

    /**
     * A year of 2032–2097 in which no plan is approved yet, other than {@code besides}. A plan without an owner is the
     * province's and shares its year with the plan of any unit at the top of the tree (every test's province is one),
     * so each test that approves a plan takes a year of its own. 2031, 2098 and 2099 are other tests' fixed years.
     */
    int freshPlanYear(int... besides) {
        Set<Integer> taken = new HashSet<>(jdbc.sql("SELECT DISTINCT year FROM training_plan WHERE status = 'APPROVED'")
                .query(Integer.class).list());
        Arrays.stream(besides).forEach(taken::add);
        List<Integer> free = IntStream.range(2032, 2098).filter(y -> !taken.contains(y)).boxed().toList();
        assertThat(free).as("years with no plan approved").isNotEmpty();
        return free.get(ThreadLocalRandom.current().nextInt(free.size()));
    }

    /** Gives the grant and waits until this service honours it; returns the grant's id. */
    String grant(String subject, AccessRole role, String unitId) {
        String grantId = grants.grant(subject, role, unitId);
        await().atMost(WAIT).until(() -> directory.grantsOf(subject).stream().anyMatch(g -> g.unitId().equals(unitId)
                && g.role() == role) && directory.knows(unitId));
        return grantId;
    }

    // --- registry events, as the registry's outbox relay would send them -------------------------------------------

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    static String registeredJson(String cadreId, String unitId, CadreStatus status, QualificationLevels levels) {
        return EventCodec.toJsonText(new CadreRegistered(cadreId, unitId, "Lò Thị Hương", LocalDate.of(1988, 4, 12),
                Gender.FEMALE, true, "Chuyên viên", null, ManagementTier.UNIT, status, levels, Instant.now(), java.util.List.of()));
    }

    static String sendRegistered(String cadreId, String unitId, CadreStatus status, QualificationLevels levels) {
        return kafka.sendCloudEvent(Topics.CADRES.name(), cadreId, EventTypes.CADRE_REGISTERED.ceType(), null,
                registeredJson(cadreId, unitId, status, levels));
    }

    static String sendQualification(String cadreId, Ladder ladder, String level) {
        return kafka.sendCloudEvent(Topics.CADRES.name(), cadreId, EventTypes.CADRE_QUALIFICATION_RECORDED.ceType(), null,
                EventCodec.toJsonText(new CadreQualificationRecorded(cadreId, uuid(), ladder, level, level,
                        QualificationSource.MANUAL, null, null, 2024, null, null, Instant.now())));
    }

    static String transferJson(String cadreId, String from, String to) {
        return EventCodec.toJsonText(new CadreTransferred(cadreId, from, to, LocalDate.of(2026, 1, 1), "Điều động"));
    }

    static String sendTransfer(String cadreId, String from, String to) {
        return kafka.sendCloudEvent(Topics.CADRES.name(), cadreId, EventTypes.CADRE_TRANSFERRED.ceType(), null,
                transferJson(cadreId, from, to));
    }

    /** An event of registry.units as the registry's relay sends it; {@code ceId} null for a new one. Returns its ce_id. */
    static <T> String sendUnitEvent(org.cadretraining.events.EventType<T> type, String key, T payload, String ceId) {
        return kafka.sendCloudEvent(Topics.UNITS.name(), key, type.ceType(), ceId, EventCodec.toJsonText(payload));
    }

    /** A cadre moved with their unit in a reorganization. */
    static String sendReorganizationTransfer(String cadreId, String from, String to, String reorganizationId, LocalDate effective) {
        return kafka.sendCloudEvent(Topics.CADRES.name(), cadreId, EventTypes.CADRE_TRANSFERRED.ceType(), null,
                EventCodec.toJsonText(new CadreTransferred(cadreId, from, to, effective, "Sáp nhập theo Đề án sắp xếp 2025",
                        reorganizationId)));
    }

    JsonNode replica(String cadreId) {
        return api.get("/api/v1/cadres/" + cadreId).expect(200).json();
    }

    void awaitReplicated(List<String> cadreIds) {
        await().atMost(WAIT).until(() -> cadreIds.stream().allMatch(id -> api.get("/api/v1/cadres/" + id).status() == 200));
    }

    /** Cadres the replica holds, registered through registry.cadres as the registry would. */
    List<String> replicatedCadres(int count, CadreStatus status) {
        List<String> ids = IntStream.range(0, count).mapToObj(i -> uuid()).toList();
        ids.forEach(id -> sendRegistered(id, uuid(), status, UNIVERSITY_ELEMENTARY));
        awaitReplicated(ids);
        return ids;
    }

    String replicatedCadre(CadreStatus status) {
        return replicatedCadres(1, status).get(0);
    }

    // --- HTTP helpers ------------------------------------------------------------------------------------------------

    static String code() {
        return "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    String createProgram(String category, Map<String, String> confers) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code(), "name", "Trung cấp lý luận chính trị – hành chính",
                "kind", "DEGREE", "category", category));
        if (confers != null) {
            body.put("confers", confers);
        }
        return api.post("/api/v1/programs", body).expect(201).json().path("programId").asText();
    }

    String politicalTheoryProgram() {
        return createProgram("POLITICAL_THEORY", Map.of("ladder", "POLITICAL_THEORY", "level", "INTERMEDIATE"));
    }

    static Map<String, Object> classRequest(String programId, int capacity) {
        return new HashMap<>(Map.of("programId", programId, "provider", "Trường Chính trị tỉnh Điện Biên", "cohort", "Khóa 12",
                "mode", "IN_SERVICE", "startDate", START.toString(), "endDate", END.toString(), "location", "TP. Điện Biên Phủ",
                "capacity", capacity, "fundingSource", "STATE_BUDGET"));
    }

    String scheduleClass(String programId, int capacity) {
        return api.post("/api/v1/classes", classRequest(programId, capacity)).expect(201).json().path("classId").asText();
    }

    /** A class whose provider is the unit {@code providerUnitId} of the register. */
    String scheduleClassOf(String programId, int capacity, String providerUnitId) {
        Map<String, Object> request = classRequest(programId, capacity);
        request.put("providerUnitId", providerUnitId);
        return api.post("/api/v1/classes", request).expect(201).json().path("classId").asText();
    }

    ApiClient.Response enroll(String cadreId, String classId) {
        return api.post("/api/v1/enrollments", Map.of("cadreId", cadreId, "classId", classId));
    }

    static JsonNode json(KafkaProbe.Received record) {
        return ApiClient.json().readTree(record.value());
    }

    static KafkaProbe.Received awaitRecord(String topic, String key, String ceType) {
        List<KafkaProbe.Received> records = kafka.readUntil(topic, all -> all.stream()
                .anyMatch(r -> key.equals(r.key()) && ceType.equals(r.header("ce_type"))), WAIT);
        return records.stream().filter(r -> key.equals(r.key()) && ceType.equals(r.header("ce_type"))).findFirst()
                .orElseThrow(() -> new AssertionError("No " + ceType + " keyed " + key + " on " + topic));
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static JsonNode assertProblem(ApiClient.Response response, int status, String type, String field) {
        response.expect(status);
        JsonNode problem = response.json();
        assertThat(problem.path("type").asText()).endsWith("/problems/" + type);
        if (field != null) {
            assertThat(problem.path("field").asText()).isEqualTo(field);
        }
        return problem;
    }


    // --- nominations ------------------------------------------------------------------------------------------

    static final QualificationLevels ELEMENTARY = new QualificationLevels(ProfessionalLevel.UNIVERSITY,
            PoliticalTheoryLevel.ELEMENTARY, StateManagementLevel.NONE);
    static final QualificationLevels INTERMEDIATE = new QualificationLevels(ProfessionalLevel.UNIVERSITY,
            PoliticalTheoryLevel.INTERMEDIATE, StateManagementLevel.NONE);

    String cadreIn(String unitId, CadreStatus status, QualificationLevels levels) {
        String id = uuid();
        sendRegistered(id, unitId, status, levels);
        awaitReplicated(List.of(id));
        return id;
    }

    String classOf(String programId, String mode, LocalDate start, LocalDate end, int capacity) {
        Map<String, Object> request = classRequest(programId, capacity);
        request.put("mode", mode);
        request.put("startDate", start.toString());
        request.put("endDate", end.toString());
        return api.post("/api/v1/classes", request).expect(201).json().path("classId").asText();
    }

    ApiClient.Response nominate(String cadreId, String classId) {
        return api.post("/api/v1/nominations", Map.of("cadreId", cadreId, "classId", classId));
    }

    ApiClient.Response approve(String nominationId) {
        return api.post("/api/v1/nominations/" + nominationId + "/approve", "");
    }

    /** Nominated and approved by the unit: waiting for the province. */
    String pendingProvince(String cadreId, String classId) {
        String id = nominate(cadreId, classId).expect(201).json().path("nominationId").asText();
        assertThat(approve(id).expect(200).json().path("status").asText()).isEqualTo("PENDING_PROVINCE");
        return id;
    }

    List<String> typesFor(String cadreId) {
        return kafka.readUntil(Topics.ENROLLMENTS.name(), all -> false, java.time.Duration.ofSeconds(1)).stream()
                .filter(r -> cadreId.equals(r.key())).map(r -> r.header("ce_type")).toList();
    }

}
