package org.cadretraining.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.cadretraining.events.Topics;
import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.KafkaProbe;
import org.cadretraining.platform.sheets.HostileWorkbooks;
import org.cadretraining.registry.bulk.SheetFormat;
import org.cadretraining.registry.bulk.SheetReader;
import org.cadretraining.registry.bulk.SheetRow;
import org.cadretraining.registry.reorganization.MappingColumn;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A reorganization from upload to apply, through the HTTP API, on the real broker and database: a merger, a split by
 * mapping, a district abolished, the rows a dry run stops, applying twice, who may, and files that are not mappings.
 */
class ReorganizationTest extends RegistryIntegrationTest {
    private static final String SINCE = "2020-01-01";
    private static final String JULY_FIRST = "01/07/2025";
    private static final String REORGANIZATIONS = "/api/v1/reorganizations";

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;
    private String province;
    private String officer;

    @BeforeEach
    void province() {
        province = unit("Tỉnh Điện Biên", "PROVINCE", null, code(2));
        officer = user("ban.to.chuc");
        grant(officer, AccessRole.PERSONNEL_OFFICER, province);
    }

    // ---------------------------------------------------------------- a merger

    @Test
    void aMergerMovesEveryCadreAsATransferWhoseReasonIsTheMergerWithItsEventsInTheAgreedOrder() {
        String district = unit("Huyện Mường Chà", "DISTRICT", province, code(3));
        String a = unit("Xã Sá Tổng", "COMMUNE", district, code(5));
        String b = unit("Xã Mường Tùng", "COMMUNE", district, code(5));
        String cell = unit("Chi bộ bản Huổi Lèng", "COMMUNE", a, null);
        List<String> cadres = List.of(cadre(a), cadre(a), cadre(a), cadre(b), cadre(b));
        String newCode = "M" + suffix();
        String newOfficial = code(5);
        byte[] mapping = csv(
                row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, codeOf(a),
                        MappingColumn.NEW_UNIT, newCode, MappingColumn.NEW_NAME, "Xã Sá Tổng (mới)", MappingColumn.NEW_KIND, "Xã",
                        MappingColumn.NEW_OFFICIAL_CODE, newOfficial),
                row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST,
                        MappingColumn.OLD_UNIT, officialCodeOf(b), MappingColumn.NEW_UNIT, newCode));
        long eventsBefore = events();

        // The upload is a dry run kept as a draft: who moves where, and nothing of the register changes.
        JsonNode draft = upload(REORGANIZATIONS + "?name=" + java.net.URLEncoder.encode("Nghị quyết 1670", StandardCharsets.UTF_8), "sap-nhap.csv", mapping, officer).expect(201).json();
        String id = draft.path("reorganizationId").asText();
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("uploadedBy").asText()).isEqualTo(officer);
        JsonNode dry = draft.path("dryRun");
        assertThat(dry.path("applicable").asBoolean()).as(dry.path("problems").toString()).isTrue();
        assertThat(dry.path("totals").path("unitsCreated").asInt()).isEqualTo(1);
        assertThat(dry.path("totals").path("unitsClosed").asInt()).isEqualTo(2);
        assertThat(dry.path("totals").path("subUnitsMoved").asInt()).isEqualTo(1);
        assertThat(dry.path("totals").path("cadresTransferred").asInt()).isEqualTo(5);
        String merged = dry.path("newUnits").get(0).path("unitId").asText();
        assertThat(dry.path("newUnits").get(0).path("parentUnitId").asText()).isEqualTo(district);
        assertThat(dry.path("transfers").findValuesAsString("toUnitId")).containsOnly(merged);
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(unitOf(cadres.get(0))).isEqualTo(a);
        JsonNode moves = as(officer).get(REORGANIZATIONS + "/" + id + "/cadres?fromUnitId=" + a).expect(200).json();
        assertThat(moves.path("totalItems").asInt()).isEqualTo(3);
        assertThat(moves.path("items").findValuesAsString("toUnitCode")).containsOnly(newCode);
        assertThat(moves.path("items").get(0).has("nationalId")).isFalse();
        assertThat(as(officer).get(REORGANIZATIONS + "/" + id).expect(200).json().path("dryRun")).isEqualTo(dry);

        long positionBefore = lastOutboxPosition();
        JsonNode applied = post(REORGANIZATIONS + "/" + id + "/apply", Map.of(), officer).expect(200).json();
        assertThat(applied.path("alreadyApplied").asBoolean()).isFalse();
        assertThat(applied.path("reorganization").path("status").asText()).isEqualTo("APPLIED");
        assertThat(applied.path("reorganization").path("outcome").path("appliedBy").asText()).isEqualTo(officer);
        assertThat(applied.path("reorganization").path("outcome").path("eventsPublished").asInt()).isEqualTo(10);

        for (String cadre : cadres) {
            assertThat(unitOf(cadre)).isEqualTo(merged);
        }
        JsonNode successor = api.get("/api/v1/units/" + merged).expect(200).json();
        assertThat(successor.path("officialCode").asText()).isEqualTo(newOfficial);
        assertThat(successor.path("kind").asText()).isEqualTo("COMMUNE");
        assertThat(successor.path("validFrom").asText()).isEqualTo("2025-07-01");
        assertThat(textsOf(successor.path("predecessorUnitIds"))).containsExactlyInAnyOrder(a, b);
        JsonNode closed = api.get("/api/v1/units/" + a).expect(200).json();
        assertThat(closed.path("validTo").asText()).isEqualTo("2025-06-30");
        assertThat(textsOf(closed.path("successorUnitIds"))).containsExactly(merged);
        assertThat(api.get("/api/v1/units/" + cell).expect(200).json().path("parentUnitId").asText()).isEqualTo(merged);
        JsonNode lineage = api.get("/api/v1/units/" + merged + "/lineage").expect(200).json();
        assertThat(lineage.path("predecessors").findValuesAsString("change")).containsOnly("MERGE");
        assertThat(lineage.path("predecessors").findValues("predecessor").stream().map(p -> p.path("unitId").asText()))
                .containsExactlyInAnyOrder(a, b);
        assertThat(api.get("/api/v1/units/" + a + "/lineage").expect(200).json().path("successors").get(0)
                .path("successor").path("unitId").asText()).isEqualTo(merged);

        // The outbox holds the events in the order agreed (reorg-events.md): created, merged, moved, transferred, closed.
        List<String> order = outboxSince(positionBefore);
        assertThat(order).containsExactly("UnitCreated:" + merged, "UnitsMerged:" + merged, "UnitMoved:" + cell,
                "CadreTransferred", "CadreTransferred", "CadreTransferred", "CadreTransferred", "CadreTransferred", "UnitClosed:" + a, "UnitClosed:" + b);
        List<KafkaProbe.Received> transfers = kafka.readUntil(Topics.CADRES.name(),
                all -> cadres.stream().allMatch(c -> ceTypesOf(all, c).contains("org.cadretraining.registry.CadreTransferred.v1")),
                Duration.ofSeconds(30));
        for (String cadre : cadres) {
            KafkaProbe.Received transfer = transfers.stream().filter(r -> cadre.equals(r.key())
                    && r.header("ce_type").contains("CadreTransferred")).findFirst().orElseThrow();
            assertThat(transfer.value()).contains("\"toUnitId\":\"" + merged + "\"", "\"effectiveDate\":\"2025-07-01\"",
                    "\"reason\":\"Sáp nhập theo Nghị quyết 1670\"", "\"reorganizationId\":\"" + id + "\"");
            assertThat(transfer.header("ce_actor")).isEqualTo(officer);
        }
        List<KafkaProbe.Received> unitEvents = kafka.readUntil(Topics.UNITS.name(), all -> ceTypesOf(all, b).size() >= 2,
                Duration.ofSeconds(30));
        assertThat(ceTypesOf(unitEvents, merged)).containsExactly("org.cadretraining.registry.UnitCreated.v1",
                "org.cadretraining.registry.UnitsMerged.v1");
        assertThat(ceTypesOf(unitEvents, b)).containsExactly("org.cadretraining.registry.UnitCreated.v1",
                "org.cadretraining.registry.UnitClosed.v1");
        String closedEvent = unitEvents.stream().filter(r -> b.equals(r.key()) && r.header("ce_type").contains("UnitClosed"))
                .findFirst().orElseThrow().value();
        assertThat(closedEvent).contains("\"validTo\":\"2025-06-30\"", "\"successorUnitIds\":[\"" + merged + "\"]");

        // Each cadre's history names the merger; the reorganization's own audit line names who applied it.
        JsonNode history = api.get("/api/v1/cadres/" + cadres.get(3) + "/history").expect(200).json();
        assertThat(history.toString()).contains("Sáp nhập theo Nghị quyết 1670");
        assertThat(jdbc.sql("SELECT action || ':' || acting_user FROM audit_entry WHERE subject_id = CAST(:id AS uuid) ORDER BY id")
                .param("id", id).query(String.class).list())
                .containsExactly("REORGANIZATION_UPLOADED:" + officer, "REORGANIZATION_APPLIED:" + officer);

        // Applying again changes nothing and says so; uploading the same file again finds the applied reorganization.
        long eventsAfter = events();
        JsonNode again = post(REORGANIZATIONS + "/" + id + "/apply", Map.of(), officer).expect(200).json();
        assertThat(again.path("alreadyApplied").asBoolean()).isTrue();
        assertThat(again.path("reorganization").path("outcome")).isEqualTo(applied.path("reorganization").path("outcome"));
        JsonNode reupload = upload(REORGANIZATIONS, "sap-nhap-lan-2.csv", mapping, officer).expect(200).json();
        assertThat(reupload.path("reorganizationId").asText()).isEqualTo(id);
        assertThat(reupload.path("status").asText()).isEqualTo("APPLIED");
        assertThat(events()).isEqualTo(eventsAfter);

        // The tree as it stood: before the merger the communes, after it the successor.
        assertThat(idsAsOf("2025-06-30")).contains(a, b).doesNotContain(merged);
        assertThat(idsAsOf("2025-07-01")).contains(merged).doesNotContain(a, b);
        assertThat(as(officer).get(REORGANIZATIONS).expect(200).json().findValuesAsString("reorganizationId")).contains(id);
    }

    // ---------------------------------------------------------------- a split

    @Test
    void aSplitAssignsEachCadreAndSubUnitFromTheTemplateTheOfficialFilledIn() {
        String district = unit("Huyện Tuần Giáo", "DISTRICT", province, null);
        String split = unit("Xã Quài Tở", "COMMUNE", district, code(5));
        String neighbour = unit("Xã Quài Cang", "COMMUNE", district, code(5));
        String cell = unit("Chi bộ bản Có", "COMMUNE", split, null);
        String first = cadre(split);
        String second = cadre(split);
        String third = cadre(split);
        String splitCode = codeOf(split);
        String newCode = "S" + suffix();

        byte[] template = download(REORGANIZATIONS + "/template?format=csv&splitUnit=" + splitCode, officer);
        List<SheetRow> rows = SheetReader.read(template, SheetFormat.CSV, MappingColumn.LAYOUT);
        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(r -> r.cell(MappingColumn.CADRE_ID.ordinal())).contains(first, second, third);
        assertThat(rows).extracting(r -> r.cell(MappingColumn.SUB_UNIT.ordinal())).contains(codeOf(cell));
        List<List<String>> filled = new ArrayList<>();
        filled.add(row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, splitCode,
                MappingColumn.NEW_UNIT, newCode, MappingColumn.NEW_NAME, "Xã Quài Tở 2", MappingColumn.NEW_OFFICIAL_CODE, code(5)));
        filled.add(row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, splitCode,
                MappingColumn.NEW_UNIT, codeOf(neighbour)));
        for (SheetRow r : rows) {
            List<String> cells = new ArrayList<>(r.cells());
            while (cells.size() < MappingColumn.values().length) {
                cells.add("");
            }
            cells.set(MappingColumn.EFFECTIVE_DATE.ordinal(), JULY_FIRST);
            boolean toNeighbour = second.equals(r.cell(MappingColumn.CADRE_ID.ordinal())) || !r.cell(MappingColumn.SUB_UNIT.ordinal()).isEmpty();
            cells.set(MappingColumn.NEW_UNIT.ordinal(), toNeighbour ? codeOf(neighbour) : newCode);
            filled.add(cells);
        }

        JsonNode draft = upload(REORGANIZATIONS, "chia-tach.csv", csv(filled.toArray(List[]::new)), officer).expect(201).json();
        assertThat(draft.path("dryRun").path("applicable").asBoolean()).as(draft.path("dryRun").path("problems").toString()).isTrue();
        String id = draft.path("reorganizationId").asText();
        String created = draft.path("dryRun").path("newUnits").get(0).path("unitId").asText();
        long positionBefore = lastOutboxPosition();
        post(REORGANIZATIONS + "/" + id + "/apply", Map.of(), officer).expect(200);

        assertThat(unitOf(first)).isEqualTo(created);
        assertThat(unitOf(second)).isEqualTo(neighbour);
        assertThat(unitOf(third)).isEqualTo(created);
        assertThat(api.get("/api/v1/units/" + cell).expect(200).json().path("parentUnitId").asText()).isEqualTo(neighbour);
        assertThat(api.get("/api/v1/units/" + created).expect(200).json().path("parentUnitId").asText()).isEqualTo(district);
        List<String> order = outboxSince(positionBefore);
        assertThat(order.subList(0, 3)).containsExactly("UnitCreated:" + created, "UnitSplit:" + split, "UnitMoved:" + cell);
        assertThat(order.subList(3, 6)).containsOnly("CadreTransferred");
        assertThat(order.subList(6, order.size())).containsExactly("UnitClosed:" + split);
        JsonNode splitEvent = ApiClient.json().readTree(jdbc.sql("""
                        SELECT payload FROM outbox_event WHERE position > :p AND event_type LIKE '%UnitSplit%'""")
                .param("p", positionBefore).query(String.class).single());
        assertThat(textsOf(splitEvent.path("successorUnitIds"))).containsExactly(created, neighbour);
        assertThat(textsOf(api.get("/api/v1/units/" + split).expect(200).json().path("successorUnitIds")))
                .containsExactlyInAnyOrder(created, neighbour);
    }

    // ---------------------------------------------------------------- a district abolished

    @Test
    void anAbolishedDistrictPassesItsCommunesToTheProvinceAndIsClosed() {
        String district = unit("Huyện Điện Biên Đông", "DISTRICT", province, code(3));
        String x1 = unit("Xã Keo Lôm", "COMMUNE", district, code(5));
        String x2 = unit("Xã Phình Giàng", "COMMUNE", district, code(5));
        String staff = cadre(district);
        String chair = cadre(district);
        String communeCadre = cadre(x1);
        byte[] mapping = csv(
                row(MappingColumn.CHANGE, "Kết thúc cấp huyện", MappingColumn.EFFECTIVE_DATE, JULY_FIRST,
                        MappingColumn.OLD_UNIT, officialCodeOf(district)),
                row(MappingColumn.CHANGE, "Kết thúc cấp huyện", MappingColumn.EFFECTIVE_DATE, JULY_FIRST,
                        MappingColumn.OLD_UNIT, codeOf(district), MappingColumn.NEW_UNIT, codeOf(x1), MappingColumn.CADRE_ID, chair));

        String id = upload(REORGANIZATIONS, "bo-cap-huyen.csv", mapping, officer).expect(201).json().path("reorganizationId").asText();
        long positionBefore = lastOutboxPosition();
        JsonNode applied = post(REORGANIZATIONS + "/" + id + "/apply", Map.of(), officer).expect(200).json();
        assertThat(applied.path("reorganization").path("outcome").path("totals").path("subUnitsMoved").asInt()).isEqualTo(2);

        assertThat(api.get("/api/v1/units/" + x1).expect(200).json().path("parentUnitId").asText()).isEqualTo(province);
        assertThat(api.get("/api/v1/units/" + x2).expect(200).json().path("parentUnitId").asText()).isEqualTo(province);
        JsonNode closed = api.get("/api/v1/units/" + district).expect(200).json();
        assertThat(closed.path("validTo").asText()).isEqualTo("2025-06-30");
        assertThat(closed.path("dissolvedAt").isNull()).isFalse();
        assertThat(unitOf(staff)).isEqualTo(province);
        assertThat(unitOf(chair)).isEqualTo(x1);
        assertThat(unitOf(communeCadre)).isEqualTo(x1);
        // The communes move first (in the order of their codes, which are random here), then the cadres, then the closure.
        List<String> events = outboxSince(positionBefore);
        assertThat(events.subList(0, 2)).containsExactlyInAnyOrder("UnitMoved:" + x1, "UnitMoved:" + x2);
        assertThat(events.subList(2, events.size())).containsExactly("CadreTransferred", "CadreTransferred", "UnitClosed:" + district);
        JsonNode moved = ApiClient.json().readTree(jdbc.sql("""
                        SELECT payload FROM outbox_event WHERE position > :p AND message_key = :k AND """ + " " + REQUEST_EVENTS)
                .param("p", positionBefore).param("k", x1).query(String.class).single());
        assertThat(moved.path("effectiveDate").asText()).isEqualTo("2025-07-01");
        assertThat(moved.path("reorganizationId").asText()).isEqualTo(id);
        JsonNode closing = ApiClient.json().readTree(jdbc.sql("""
                        SELECT payload FROM outbox_event WHERE position > :p AND message_key = :k AND """ + " " + REQUEST_EVENTS)
                .param("p", positionBefore).param("k", district).query(String.class).single());
        assertThat(textsOf(closing.path("successorUnitIds"))).containsExactlyInAnyOrder(x1, x2);

        // The tree as it stood: on 30 June the communes under the district, from 1 July under the province.
        Map<String, String> before = parentsAsOf("2025-06-30");
        assertThat(before).containsEntry(x1, district).containsEntry(x2, district).containsKey(district);
        Map<String, String> after = parentsAsOf("2025-07-01");
        assertThat(after).containsEntry(x1, province).containsEntry(x2, province).doesNotContainKey(district);
        // A closed district takes no one.
        assertThat(api.post("/api/v1/cadres", CadreFixtures.cadre(district, CadreFixtures.nationalId("011"))).expect(400)
                .json().path("detail").asText()).contains("dissolved");
    }

    // ---------------------------------------------------------------- the rows a dry run stops

    @Test
    void aDryRunListsEveryRowThatCannotBeAppliedAndApplyingItChangesNothing() {
        String district = unit("Huyện Nậm Pồ", "DISTRICT", province, null);
        String a = unit("Xã Nà Hỳ", "COMMUNE", district, code(5));
        String b = unit("Xã Nà Bủng", "COMMUNE", district, code(5));
        String other = unit("Xã Vàng Đán", "COMMUNE", district, null);
        String gone = unit("Xã Chà Cang", "COMMUNE", district, code(5));
        post("/api/v1/units/" + gone + "/dissolve", Map.of(), null).expect(200);
        cadre(a);
        String stranger = cadre(other);
        byte[] mapping = csv(
                row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, "KHONG-CO-" + suffix(),
                        MappingColumn.NEW_UNIT, codeOf(b)),
                row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, codeOf(other),
                        MappingColumn.NEW_UNIT, "N" + suffix(), MappingColumn.NEW_NAME, "Xã Mới", MappingColumn.NEW_OFFICIAL_CODE,
                        officialCodeOf(gone)),
                row(MappingColumn.CHANGE, "Chia tách", MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, codeOf(a),
                        MappingColumn.NEW_UNIT, codeOf(b), MappingColumn.CADRE_ID, stranger));
        long[] before = written();

        JsonNode draft = upload(REORGANIZATIONS, "loi.csv", mapping, officer).expect(201).json();
        JsonNode dry = draft.path("dryRun");
        assertThat(dry.path("applicable").asBoolean()).isFalse();
        List<String> problems = new ArrayList<>();
        dry.path("problems").forEach(p -> problems.add(p.path("line").asInt() + "|" + p.path("column").asText() + "|"
                + p.path("reason").asText()));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("2|Mã đơn vị cũ|no unit has the code or official code KHONG-CO-"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("3|Mã hành chính đơn vị mới|" + officialCodeOf(gone)
                + " is the official code of unit " + codeOf(gone) + ", closed; a code is never given to another unit"));
        assertThat(problems).contains("4|Mã cán bộ|the cadre does not serve in unit " + codeOf(a));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("4|Mã đơn vị mới|a split needs at least two successors"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("4|Mã cán bộ|cadre ").contains("has no successor"));

        JsonNode refused = post(REORGANIZATIONS + "/" + draft.path("reorganizationId").asText() + "/apply", Map.of(), officer)
                .expect(409).json();
        assertThat(refused.path("type").asText()).endsWith("/problems/reorganization-not-applicable");
        assertThat(refused.path("detail").asText()).contains("nothing was changed", "line 2");
        assertThat(written()).containsExactly(before);
        assertThat(api.get("/api/v1/units/" + a).expect(200).json().path("validTo").isNull()).isTrue();
    }

    @Test
    void twoApplicationsAtOnceApplyItOnceAndTheSecondSaysItWasApplied() throws Exception {
        String a = unit("Xã Mường Phăng", "COMMUNE", province, null);
        String b = unit("Xã Nà Nhạn", "COMMUNE", province, null);
        List<String> cadres = List.of(cadre(a), cadre(a), cadre(a));
        String id = upload(REORGANIZATIONS, "dong-thoi.csv", csv(row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE,
                JULY_FIRST, MappingColumn.OLD_UNIT, codeOf(a), MappingColumn.NEW_UNIT, codeOf(b))), officer)
                .expect(201).json().path("reorganizationId").asText();
        long positionBefore = lastOutboxPosition();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<JsonNode> apply = () -> post(REORGANIZATIONS + "/" + id + "/apply", Map.of(), officer).expect(200).json();
            Future<JsonNode> one = pool.submit(apply);
            Future<JsonNode> two = pool.submit(apply);
            List<Boolean> again = List.of(one.get().path("alreadyApplied").asBoolean(), two.get().path("alreadyApplied").asBoolean());
            assertThat(again).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        assertThat(outboxSince(positionBefore).stream().filter("CadreTransferred"::equals)).hasSize(cadres.size());
        cadres.forEach(c -> assertThat(unitOf(c)).isEqualTo(b));
    }

    @Test
    void aTransferIntoAMergedUnitThatIsBeingWrittenIsWaitedForAndMovedWithTheOthers() throws Exception {
        String a = unit("Xã Mường Lói", "COMMUNE", province, null);
        String b = unit("Xã Mường Nhà", "COMMUNE", province, null);
        String elsewhere = unit("Xã Na Ư", "COMMUNE", province, null);
        String staying = cadre(a);
        String arriving = cadre(elsewhere);
        String id = upload(REORGANIZATIONS, "cho.csv", csv(row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE,
                JULY_FIRST, MappingColumn.OLD_UNIT, codeOf(a), MappingColumn.NEW_UNIT, codeOf(b))), officer)
                .expect(201).json().path("reorganizationId").asText();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        // A transfer into the merged unit, in flight: it holds the unit as a transfer does, and moves a cadre there.
        try (java.sql.Connection transfer = dataSource.getConnection()) {
            transfer.setAutoCommit(false);
            try (var hold = transfer.prepareStatement("SELECT id FROM unit WHERE id = CAST(? AS uuid) FOR SHARE");
                 var move = transfer.prepareStatement("UPDATE cadre SET unit_id = CAST(? AS uuid) WHERE id = CAST(? AS uuid)")) {
                hold.setString(1, a);
                hold.executeQuery().close();
                move.setString(1, a);
                move.setString(2, arriving);
                move.executeUpdate();
            }
            Future<JsonNode> applying = pool.submit(() -> post(REORGANIZATIONS + "/" + id + "/apply", Map.of(), officer)
                    .expect(200).json());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                            SELECT count(*) FROM pg_stat_activity
                            WHERE wait_event_type = 'Lock' AND query LIKE '%FROM unit WHERE id = ANY%FOR UPDATE%'""")
                    .query(Long.class).single() > 0);
            assertThat(applying).isNotDone();
            transfer.commit();
            JsonNode applied = applying.get();
            assertThat(applied.path("reorganization").path("outcome").path("totals").path("cadresTransferred").asInt()).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
        assertThat(unitOf(staying)).isEqualTo(b);
        assertThat(unitOf(arriving)).isEqualTo(b);
    }

    // ---------------------------------------------------------------- who may

    @Test
    void onlyThePersonnelOfficerOfTheProvinceOrAnAdministratorMayReadOrApplyIt() {
        String a = unit("Xã Thanh Xương", "COMMUNE", province, null);
        String b = unit("Xã Thanh An", "COMMUNE", province, null);
        String cadre = cadre(a);
        byte[] mapping = csv(row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST,
                MappingColumn.OLD_UNIT, codeOf(a), MappingColumn.NEW_UNIT, codeOf(b)));
        String id = upload(REORGANIZATIONS, "quyen.csv", mapping, officer).expect(201).json().path("reorganizationId").asText();

        String otherProvince = unit("Tỉnh Lai Châu", "PROVINCE", null, null);
        String stranger = user("ban.to.chuc.lai.chau");
        grant(stranger, AccessRole.PERSONNEL_OFFICER, otherProvince);
        String unitOfficer = user("can.bo.xa");
        grant(unitOfficer, AccessRole.UNIT_OFFICER, province);
        String viewer = user("xem.bao.cao");
        grant(viewer, AccessRole.REPORT_VIEWER, province);

        assertThat(as(stranger).get(REORGANIZATIONS + "/" + id).status()).isEqualTo(403);
        assertThat(as(stranger).get(REORGANIZATIONS + "/" + id + "/cadres").status()).isEqualTo(403);
        assertThat(post(REORGANIZATIONS + "/" + id + "/apply", Map.of(), stranger).status()).isEqualTo(403);
        assertThat(as(stranger).get(REORGANIZATIONS).expect(200).json().findValuesAsString("reorganizationId")).doesNotContain(id);
        assertThat(post(REORGANIZATIONS + "/" + id + "/apply", Map.of(), unitOfficer).status()).isEqualTo(403);
        assertThat(upload(REORGANIZATIONS, "xa.csv", mapping, unitOfficer).status()).isEqualTo(403);
        assertThat(as(viewer).get(REORGANIZATIONS + "/" + id).status()).isEqualTo(403);
        assertThat(anonymous().get(REORGANIZATIONS + "/" + id).status()).isEqualTo(401);
        // The stranger's own upload of the same units is a draft whose every row is outside their grants.
        JsonNode theirs = upload(REORGANIZATIONS, "lai-chau.csv", csv(row(MappingColumn.CHANGE, "MERGE",
                MappingColumn.EFFECTIVE_DATE, JULY_FIRST, MappingColumn.OLD_UNIT, codeOf(a), MappingColumn.NEW_UNIT, codeOf(b),
                MappingColumn.CADRE_NAME, "x")), stranger).expect(201).json();
        assertThat(theirs.path("dryRun").path("problems").findValuesAsString("reason"))
                .contains("unit " + codeOf(a) + " is outside the units your grants let you change");
        assertThat(as(stranger).get(REORGANIZATIONS + "/template?splitUnit=" + codeOf(a)).status()).isEqualTo(403);
        assertThat(unitOf(cadre)).isEqualTo(a);

        // The administrator may; so may the province's officer, whose draft it is.
        assertThat(api.get(REORGANIZATIONS + "/" + id).status()).isEqualTo(200);
        post(REORGANIZATIONS + "/" + id + "/apply", Map.of(), officer).expect(200);
        assertThat(unitOf(cadre)).isEqualTo(b);
    }

    // ---------------------------------------------------------------- files that are no mapping

    @Test
    void filesThatCannotBeReadAreProblemsAndWriteNothing() throws Exception {
        String a = unit("Xã Na Son", "COMMUNE", province, null);
        List<String> good = row(MappingColumn.CHANGE, "Sáp nhập", MappingColumn.EFFECTIVE_DATE, JULY_FIRST,
                MappingColumn.OLD_UNIT, codeOf(a), MappingColumn.NEW_UNIT, "NEW");
        long[] before = written();
        long drafts = count("reorganization");

        assertProblem(upload(REORGANIZATIONS, "mapping.txt", csv(good), officer), 415, "unsupported-file-type");
        assertProblem(upload(REORGANIZATIONS, "fake.xlsx", csv(good), officer), 422, "unreadable-file");
        byte[] whole = xlsx(List.of(good));
        assertProblem(upload(REORGANIZATIONS, "cut.xlsx", Arrays.copyOf(whole, whole.length / 2), officer), 422, "unreadable-file");
        assertProblem(upload(REORGANIZATIONS, "formula.csv", csv(row(MappingColumn.CHANGE, "=HYPERLINK(\"http://x\")",
                MappingColumn.OLD_UNIT, codeOf(a))), officer), 422, "formula-cell");
        assertProblem(upload(REORGANIZATIONS, "formula.xlsx", xlsxWithFormula(), officer), 422, "formula-cell");
        assertProblem(upload(REORGANIZATIONS, "bomb.xlsx", HostileWorkbooks.zipBomb(), officer), 422, "unreadable-file");
        assertProblem(upload(REORGANIZATIONS, "far-row.xlsx", HostileWorkbooks.rowNumbered(2_147_483_647L), officer), 422,
                "unreadable-file");
        assertProblem(upload(REORGANIZATIONS, "strings.xlsx", HostileWorkbooks.hugeSharedStrings(), officer), 422, "unreadable-file");
        assertProblem(upload(REORGANIZATIONS, "cadres.csv", ("Số CCCD,Họ và tên\n001,Lò Văn A\n").getBytes(StandardCharsets.UTF_8),
                officer), 422, "wrong-columns");
        assertProblem(upload(REORGANIZATIONS, "empty.csv", new byte[0], officer), 422, "unreadable-file");
        assertProblem(upload(REORGANIZATIONS, "header-only.csv", csv(), officer), 422, "unreadable-file");
        assertProblem(upload(REORGANIZATIONS, "ansi.csv", new String(csv(good), StandardCharsets.UTF_8)
                .getBytes(java.nio.charset.Charset.forName("windows-1258")), officer), 422, "not-utf8");
        assertThat(upload(REORGANIZATIONS, "huge.csv", new byte[25 * 1024 * 1024], officer).status()).isEqualTo(413);
        assertThat(post(REORGANIZATIONS, Map.of("file", "x"), officer).status()).isIn(400, 415);
        assertThat(as(officer).get(REORGANIZATIONS + "/template?format=pdf").status()).isEqualTo(400);
        assertThat(as(officer).get(REORGANIZATIONS + "/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(as(officer).get(REORGANIZATIONS + "/not-an-id").status()).isEqualTo(400);

        assertThat(written()).containsExactly(before);
        assertThat(count("reorganization")).isEqualTo(drafts);
        // The template itself reads back as a mapping with no rows.
        byte[] template = download(REORGANIZATIONS + "/template", officer);
        assertThat(SheetReader.read(template, SheetFormat.XLSX, MappingColumn.LAYOUT)).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    private long[] written() {
        return new long[]{events(), count("unit_lineage"), count("audit_entry WHERE action <> 'REORGANIZATION_UPLOADED'")};
    }

    /** A unit valid from 2020 (history reaches back before the reorganization); returns its id. */
    private String unit(String name, String level, String parentId, String officialCode) {
        Map<String, Object> body = new HashMap<>(Map.of("code", "R" + suffix(), "name", name, "level", level, "validFrom", SINCE));
        if (parentId != null) {
            body.put("parentUnitId", parentId);
        }
        if (officialCode != null) {
            body.put("officialCode", officialCode);
        }
        return api.post("/api/v1/units", body).expect(201).json().path("unitId").asText();
    }

    /** An official code of {@code digits} digits that no unit holds or held. */
    private String code(int digits) {
        while (true) {
            String code = String.format("%0" + digits + "d", ThreadLocalRandom.current().nextInt((int) Math.pow(10, digits)));
            if (jdbc.sql("SELECT count(*) FROM unit WHERE official_code = :c").param("c", code).query(Long.class).single() == 0) {
                return code;
            }
        }
    }

    private String codeOf(String unitId) {
        return api.get("/api/v1/units/" + unitId).expect(200).json().path("code").asText();
    }

    private String officialCodeOf(String unitId) {
        return api.get("/api/v1/units/" + unitId).expect(200).json().path("officialCode").asText();
    }

    /** A cadre serving in the unit since 2023 (history loaded late); returns their id. */
    private String cadre(String unitId) {
        Map<String, Object> body = CadreFixtures.cadre(unitId, CadreFixtures.nationalId("011"));
        body.put("servingSince", "2023-03-01");
        return api.post("/api/v1/cadres", body).expect(201).json().path("cadreId").asText();
    }

    private String unitOf(String cadreId) {
        return api.get("/api/v1/cadres/" + cadreId).expect(200).json().path("unitId").asText();
    }

    private long lastOutboxPosition() {
        return jdbc.sql("SELECT coalesce(max(position), 0) FROM outbox_event").query(Long.class).single();
    }

    /** The events written after {@code position}, in order: "Type:key" for unit events, "CadreTransferred" for transfers. */
    private List<String> outboxSince(long position) {
        return jdbc.sql("SELECT event_type, message_key FROM outbox_event WHERE position > :p AND " + REQUEST_EVENTS
                        + " ORDER BY position")
                .param("p", position).query((rs, i) -> {
                    String type = rs.getString("event_type").replace("org.cadretraining.registry.", "").replace(".v1", "");
                    return type.equals("CadreTransferred") ? type : type + ":" + rs.getString("message_key");
                }).list();
    }

    private List<String> idsAsOf(String day) {
        return api.get("/api/v1/units?asOf=" + day).expect(200).json().findValuesAsString("unitId");
    }

    private Map<String, String> parentsAsOf(String day) {
        Map<String, String> parents = new HashMap<>();
        api.get("/api/v1/units?asOf=" + day).expect(200).json()
                .forEach(u -> parents.put(u.path("unitId").asText(), u.path("parentUnitId").asText()));
        return parents;
    }

    private static List<String> textsOf(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** A row's cells by column, the others empty. */
    private static List<String> row(Object... pairs) {
        String[] cells = new String[MappingColumn.values().length];
        Arrays.fill(cells, "");
        for (int i = 0; i < pairs.length; i += 2) {
            cells[((MappingColumn) pairs[i]).ordinal()] = String.valueOf(pairs[i + 1]);
        }
        return Arrays.asList(cells);
    }

    @SafeVarargs
    private static byte[] csv(List<String>... rows) {
        StringBuilder text = new StringBuilder();
        List<List<String>> all = new ArrayList<>();
        all.add(MappingColumn.headers());
        all.addAll(List.of(rows));
        for (List<String> row : all) {
            text.append(String.join(",", row.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(List<List<String>> rows) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Phương án");
        List<String> headers = MappingColumn.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    private static byte[] xlsxWithFormula() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Phương án");
        List<String> headers = MappingColumn.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.value(1, 0, "Sáp nhập");
        sheet.formula(1, 2, "HYPERLINK(\"http://example.invalid\",\"x\")");
        workbook.finish();
        return out.toByteArray();
    }

    private static JsonNode assertProblem(ApiClient.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonNode problem = response.json();
        if (type != null) {
            assertThat(problem.path("type").asText()).endsWith("/problems/" + type);
        }
        return problem;
    }
}
