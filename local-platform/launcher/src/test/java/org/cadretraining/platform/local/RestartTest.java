package org.cadretraining.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.demo.DemoIdentities;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The local platform keeps its data: what was entered before a stop is there after the next start, in the register,
 * in enrollment (and its replica of the register) and in the reporting views, which resume rather than rebuild.
 */
class RestartTest {
    private static final Path DIRECTORY = Path.of("target/restart-platform");
    private LocalPlatform platform;

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    private LocalPlatform start(LocalPlatform.Settings settings) {
        platform = new LocalPlatform(settings);
        platform.start();
        return platform;
    }

    @Test
    void aRestartFindsTheSameData() throws Exception {
        LocalPlatform.prepareDirectory(DIRECTORY, true);
        LocalPlatform.Settings settings = new LocalPlatform.Settings(DIRECTORY, 0, 0, FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), 0);
        start(settings);
        String admin = platform.signIn(DemoIdentities.ADMINISTRATOR);
        ApiClient registry = new ApiClient(platform.registryUrl()).withToken(admin);
        ApiClient enrollment = new ApiClient(platform.enrollmentUrl()).withToken(admin);
        ApiClient reporting = new ApiClient(platform.reportingUrl()).withToken(admin);
        String province = registry.post("/api/v1/units", Map.of("code", "LC", "name", "Tỉnh Lai Châu", "level", "PROVINCE"))
                .expect(201).json().path("unitId").asText();
        String cadreId = registry.post("/api/v1/cadres", Map.of("nationalId", "012196000123", "fullName", "Giàng Thị Dua",
                "birthDate", "1996-03-08", "gender", "FEMALE", "ethnicity", "HMONG", "unitId", province,
                "position", "Chuyên viên", "rank", "SPECIALIST", "managementTier", "UNIT",
                "qualifications", List.of(Map.of("ladder", "PROFESSIONAL", "level", "UNIVERSITY"))))
                .expect(201).json().path("cadreId").asText();
        String programId = enrollment.post("/api/v1/programs", Map.of("code", "LLCT-TC", "name", "Trung cấp lý luận chính trị",
                "kind", "DEGREE", "category", "POLITICAL_THEORY", "confers", Map.of("ladder", "POLITICAL_THEORY", "level", "INTERMEDIATE")))
                .expect(201).json().path("programId").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> enrollment.get("/api/v1/cadres/" + cadreId).status() == 200);
        await().atMost(Duration.ofSeconds(60)).until(() -> reporting.get("/api/v1/units/" + province + "/progress").status() == 200
                && reporting.get("/api/v1/units/" + province + "/progress").json().path("headcount").asInt() == 1);
        long stopping = System.nanoTime();
        platform.close();
        platform = null;
        System.out.printf("The platform stopped in %d ms%n", Duration.ofNanos(System.nanoTime() - stopping).toMillis());

        start(settings);
        admin = platform.signIn(DemoIdentities.ADMINISTRATOR);
        ApiClient registryAgain = new ApiClient(platform.registryUrl()).withToken(admin);
        ApiClient enrollmentAgain = new ApiClient(platform.enrollmentUrl()).withToken(admin);
        ApiClient reportingAgain = new ApiClient(platform.reportingUrl()).withToken(admin);
        JsonNode cadre = registryAgain.get("/api/v1/cadres/" + cadreId).expect(200).json();
        assertThat(cadre.path("fullName").asText()).isEqualTo("Giàng Thị Dua");
        assertThat(registryAgain.get("/api/v1/units/" + province).expect(200).json().path("name").asText()).isEqualTo("Tỉnh Lai Châu");
        assertThat(enrollmentAgain.get("/api/v1/programs/" + programId).expect(200).json().path("code").asText()).isEqualTo("LLCT-TC");
        assertThat(enrollmentAgain.get("/api/v1/cadres/" + cadreId).status()).isEqualTo(200);
        // The views are there again (restored from the kept state and changelogs), counting the cadre once, not twice.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(reportingAgain.get("/api/v1/units/" + province + "/progress").expect(200).json().path("headcount").asInt())
                        .isEqualTo(1));
    }
}
