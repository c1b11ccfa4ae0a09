package org.cadretraining.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

/**
 * The chart as Helm itself lints and renders it ({@code helm lint --strict}, {@code helm template}), and what the
 * rendered manifests promise: reporting's StatefulSet with a state volume per instance and standby replicas, the
 * hardened containers, the budgets, the network policies that deny by default, and secrets only by reference.
 */
class HelmChartTest {
    private static final List<String> SERVICES = List.of("registry", "enrollment", "reporting");
    private static final List<String> COMPONENTS = List.of("registry", "enrollment", "reporting", "web");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN)$");
    /** Made up for the render, so that each can be looked for in every other manifest. */
    private static final Map<String, Object> SECRET_VALUES = Map.of(
            "secrets.create", true,
            "secrets.values.registryDbPassword", "Rg-7f3a9c1e-db",
            "secrets.values.enrollmentDbPassword", "En-41d0b7aa-db",
            "secrets.values.reportingDbPassword", "Rp-90c2e5f1-db",
            "secrets.values.enrollmentClientSecret", "En-c5a8e2d4-client",
            "secrets.values.reportingClientSecret", "Rp-6b1f0c93-client",
            "secrets.values.webClientSecret", "Wb-2e9d7a60-client");

    @Test
    void lintsWithoutErrorsOrWarnings() {
        LintResult lint = new Helm(RenderedChart.CHART).lint().strict().call();
        assertThat(lint.getMessages()).noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    /** The lint above would see a broken chart: a template that does not parse fails it. */
    @Test
    void aBrokenChartFailsTheLint() throws IOException {
        Path copy = Path.of("target/broken-chart/cadre-training");
        copyTree(RenderedChart.CHART, copy);
        Path pdb = copy.resolve("templates/pdb.yaml");
        Files.writeString(pdb, Files.readString(pdb).replace("{{- end }}", ""));
        LintResult lint = new Helm(copy).lint().strict().call();
        assertThat(lint.isFailed()).isTrue();
        assertThat(lint.getMessages()).anyMatch(m -> m.contains("[ERROR]") && m.contains("pdb.yaml"));
    }

    @Test
    void reportingIsAStatefulSetOfNInstancesWithAStateVolumeEachAndStandbyReplicas() {
        RenderedChart chart = RenderedChart.render(Map.of("reporting.replicas", 3, "reporting.standbyReplicas", 2));
        Map<String, Object> reporting = chart.workload("reporting");
        assertThat(reporting.get("kind")).isEqualTo("StatefulSet");
        assertThat(Manifest.at(reporting, "spec", "replicas")).isEqualTo(3);

        List<Map<String, Object>> claims = Manifest.list(Manifest.at(reporting, "spec", "volumeClaimTemplates"));
        assertThat(claims).hasSize(1);
        String claim = (String) Manifest.at(claims.get(0), "metadata", "name");
        assertThat(Manifest.at(claims.get(0), "spec", "resources", "requests", "storage")).isNotNull();

        Map<String, String> settings = environment(chart, reporting);
        String stateDir = settings.get("REPORTING_STATE_DIR");
        assertThat(stateDir).isNotBlank();
        assertThat(Manifest.list(RenderedChart.containers(reporting).get(0).get("volumeMounts")))
                .anySatisfy(mount -> {
                    assertThat(mount.get("name")).isEqualTo(claim);
                    assertThat(mount.get("mountPath")).isEqualTo(stateDir);
                });
        assertThat(settings).containsEntry("REPORTING_STANDBY_REPLICAS", "2");

        // Peers find each other under the headless service the StatefulSet names.
        String serviceName = (String) Manifest.at(reporting, "spec", "serviceName");
        Map<String, Object> headless = chart.named("Service", serviceName);
        assertThat(Manifest.at(headless, "spec", "clusterIP")).isEqualTo("None");
        assertThat(settings.get("REPORTING_ADVERTISED_HOST")).startsWith("$(POD_NAME)." + serviceName + ".");

        assertThat(Manifest.at(RenderedChart.render(Map.of()).workload("reporting"), "spec", "replicas")).isEqualTo(2);
    }

    @Test
    void theRegistryEnrollmentAndTheWebEntryAreDeployments() {
        RenderedChart chart = RenderedChart.render(Map.of());
        for (String component : List.of("registry", "enrollment", "web")) {
            Map<String, Object> workload = chart.workload(component);
            assertThat(workload.get("kind")).as(component).isEqualTo("Deployment");
            assertThat((Integer) Manifest.at(workload, "spec", "replicas")).as(component).isPositive();
            // Its Service, by the workload's name, sends to its pods.
            String service = (String) Manifest.at(workload, "metadata", "name");
            Map<String, Object> selector = Manifest.map(Manifest.at(chart.named("Service", service), "spec", "selector"));
            assertThat(selector).as(service).isNotEmpty();
            assertThat(RenderedChart.podLabels(workload)).as(service).containsAllEntriesOf(selector);
        }
        Map<String, String> web = environment(chart, chart.workload("web"));
        for (String service : SERVICES) {
            String name = (String) Manifest.at(chart.workload(service), "metadata", "name");
            assertThat(web.get(service.toUpperCase() + "_URL")).startsWith("http://" + name + ":");
        }
    }

    @Test
    void everyContainerHasProbesResourcesAndRunsAsANonRootUserOnAReadOnlyRoot() {
        RenderedChart chart = RenderedChart.render(Map.of());
        assertThat(chart.workloads()).hasSize(4);
        chart.workloads().forEach(workload -> {
            Map<String, Object> pod = Manifest.map(Manifest.at(workload, "spec", "template", "spec"));
            assertThat(Manifest.at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
            assertThat(Manifest.at(pod, "automountServiceAccountToken")).isEqualTo(false);
            for (Map<String, Object> container : RenderedChart.containers(workload)) {
                String name = workload.get("kind") + "/" + container.get("name");
                assertThat(Manifest.at(container, "livenessProbe", "httpGet", "path")).as(name)
                        .isEqualTo("/actuator/health/liveness");
                assertThat(Manifest.at(container, "readinessProbe", "httpGet", "path")).as(name)
                        .isEqualTo("/actuator/health/readiness");
                assertThat(Manifest.at(container, "startupProbe", "httpGet")).as(name).isNotNull();
                assertThat(Manifest.at(container, "resources", "requests", "cpu")).as(name).isNotNull();
                assertThat(Manifest.at(container, "resources", "requests", "memory")).as(name).isNotNull();
                assertThat(Manifest.at(container, "resources", "limits", "memory")).as(name).isNotNull();

                Map<String, Object> security = Manifest.map(container.get("securityContext"));
                assertThat(security).as(name).containsEntry("runAsNonRoot", true)
                        .containsEntry("allowPrivilegeEscalation", false)
                        .containsEntry("readOnlyRootFilesystem", true);
                // The Dockerfiles' USER 10001:10001.
                assertThat(security.get("runAsUser")).as(name).isEqualTo(10001);
                assertThat(Manifest.at(security, "capabilities", "drop")).as(name).isEqualTo(List.of("ALL"));
                // A read-only root needs a writable /tmp (Tomcat's work directory, RocksDB's native library).
                assertThat(Manifest.list(container.get("volumeMounts"))).as(name)
                        .anyMatch(mount -> "/tmp".equals(mount.get("mountPath")));
            }
        });
    }

    @Test
    void everyComponentHasADisruptionBudgetSelectingItsPods() {
        RenderedChart chart = RenderedChart.render(Map.of());
        for (String component : COMPONENTS) {
            Map<String, Object> pods = RenderedChart.podLabels(chart.workload(component));
            assertThat(chart.ofKind("PodDisruptionBudget")
                    .filter(pdb -> Manifest.selects(Manifest.at(pdb, "spec", "selector"), pods)))
                    .as(component).singleElement()
                    .satisfies(pdb -> assertThat(Manifest.at(pdb, "spec", "maxUnavailable")).isEqualTo(1));
        }
    }

    @Test
    void networkPoliciesDenyByDefaultAndAllowOnlyThePlatformsFlows() {
        RenderedChart chart = RenderedChart.render(Map.of());
        NetworkPolicies policies = new NetworkPolicies(chart.ofKind("NetworkPolicy").toList());
        Map<String, Map<String, Object>> pods = new HashMap<>();
        COMPONENTS.forEach(c -> pods.put(c, RenderedChart.podLabels(chart.workload(c))));

        // A policy with no rule selects every pod of the release, both ways.
        assertThat(chart.ofKind("NetworkPolicy").filter(p -> Manifest.at(p, "spec", "ingress") == null
                && Manifest.at(p, "spec", "egress") == null
                && Manifest.list(Manifest.at(p, "spec", "policyTypes")).containsAll(List.of("Ingress", "Egress"))
                && pods.values().stream().allMatch(pod -> Manifest.selects(Manifest.at(p, "spec", "podSelector"), pod))))
                .as("a default-deny policy").hasSize(1);

        Map<String, Integer> ports = Map.of("registry", 8081, "enrollment", 8082, "reporting", 8083, "web", 8080);
        List<String> allowed = List.of("web>registry", "web>enrollment", "web>reporting", "enrollment>registry",
                "reporting>reporting");
        for (String from : COMPONENTS) {
            for (String to : COMPONENTS) {
                boolean expected = allowed.contains(from + ">" + to);
                assertThat(policies.allows(pods.get(from), pods.get(to), ports.get(to)))
                        .as(from + " -> " + to + ":" + ports.get(to)).isEqualTo(expected);
            }
        }
        assertThat(policies.allows(pods.get("web"), pods.get("registry"), 5432)).as("web -> registry:5432").isFalse();

        Map<String, Object> stranger = Map.of("app", "somebody-else");
        for (String service : SERVICES) {
            Map<String, Object> pod = pods.get(service);
            assertThat(policies.allowsOut(pod, 9092, "TCP")).as(service + " -> kafka").isTrue();
            assertThat(policies.allowsOut(pod, 5432, "TCP")).as(service + " -> postgres").isTrue();
            assertThat(policies.allowsOut(pod, 443, "TCP")).as(service + " -> identity provider").isTrue();
            assertThat(policies.allowsOut(pod, 25, "TCP")).as(service + " -> anything else").isFalse();
            assertThat(policies.allowsIn(pod, ports.get(service))).as("outside -> " + service).isFalse();
            assertThat(policies.allows(stranger, pod, ports.get(service))).as("another pod -> " + service).isFalse();
        }
        for (String component : COMPONENTS) {
            assertThat(policies.allowsOut(pods.get(component), 53, "UDP")).as(component + " -> DNS").isTrue();
        }
        assertThat(policies.allowsIn(pods.get("web"), 8080)).as("browsers -> web").isTrue();
        assertThat(policies.allowsOut(pods.get("web"), 443, "TCP")).as("web -> identity provider").isTrue();
        assertThat(policies.allowsOut(pods.get("web"), 5432, "TCP")).as("web -> postgres").isFalse();
        assertThat(policies.allowsOut(pods.get("web"), 9092, "TCP")).as("web -> kafka").isFalse();
    }

    @Test
    void passwordsAndSecretsReachTheContainersOnlyThroughSecretKeyRefs() {
        RenderedChart chart = RenderedChart.render(SECRET_VALUES);
        Map<String, Object> secret = chart.ofKind("Secret").findFirst().orElseThrow();
        Map<String, Object> data = Manifest.map(secret.get("data"));
        List<String> values = SECRET_VALUES.values().stream().filter(String.class::isInstance).map(String.class::cast).toList();
        assertThat(data.values()).map(v -> new String(Base64.getDecoder().decode((String) v), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrderElementsOf(values);

        // No manifest but the Secret holds a value, in any form.
        chart.manifests().stream().filter(m -> m != secret).forEach(m -> {
            String text = m.toString();
            values.forEach(v -> assertThat(text).as(m.get("kind") + " holds a secret").doesNotContain(v));
        });
        chart.ofKind("ConfigMap").forEach(configMap -> assertThat(Manifest.map(configMap.get("data")).keySet())
                .as("ConfigMap keys").noneMatch(key -> SECRET_NAME.matcher(key).matches()));

        List<String> referenced = new ArrayList<>();
        chart.workloads().flatMap(w -> RenderedChart.containers(w).stream()).forEach(container -> {
            for (Map<String, Object> variable : Manifest.list(container.get("env"))) {
                if (SECRET_NAME.matcher((String) variable.get("name")).matches()) {
                    assertThat(variable).as(variable.get("name") + " is no plain value").doesNotContainKey("value");
                    assertThat(Manifest.at(variable, "valueFrom", "secretKeyRef", "name"))
                            .isEqualTo(Manifest.at(secret, "metadata", "name"));
                    referenced.add((String) Manifest.at(variable, "valueFrom", "secretKeyRef", "key"));
                }
            }
        });
        // One database password per service, and each client's own secret, each used where it belongs.
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(data.keySet());
        assertThat(secretKeys(chart.workload("registry"))).containsExactly("registry-db-password");
        assertThat(secretKeys(chart.workload("enrollment")))
                .containsExactlyInAnyOrder("enrollment-db-password", "enrollment-client-secret");
        assertThat(secretKeys(chart.workload("reporting")))
                .containsExactlyInAnyOrder("reporting-db-password", "reporting-client-secret");
        assertThat(secretKeys(chart.workload("web"))).containsExactly("web-client-secret");
        // Each service logs in to PostgreSQL as its own role.
        assertThat(SERVICES.stream().map(s -> environment(chart, chart.workload(s)).get(s.toUpperCase() + "_DB_USER")))
                .containsExactly("registry", "enrollment", "reporting");
    }

    @Test
    void byDefaultTheChartOnlyRefersToASecretTheOperatorMakes() {
        RenderedChart chart = RenderedChart.render(Map.of());
        assertThat(chart.ofKind("Secret")).isEmpty();
        assertThat(secretKeys(chart.workload("registry"))).containsExactly("registry-db-password");
    }

    @Test
    void refusesToMakeASecretWithAShippedDefaultOrWithoutAValue() {
        Map<String, Object> withDefault = new HashMap<>(SECRET_VALUES);
        withDefault.put("secrets.values.reportingDbPassword", "postgres");
        assertThatThrownBy(() -> RenderedChart.render(withDefault))
                .hasMessageContaining("secrets.values.reportingDbPassword is a default");
        Map<String, Object> changeMe = new HashMap<>(SECRET_VALUES);
        changeMe.put("secrets.values.webClientSecret", "change-me-web");
        assertThatThrownBy(() -> RenderedChart.render(changeMe))
                .hasMessageContaining("secrets.values.webClientSecret is a default")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("change-me-web"));
        Map<String, Object> missing = new HashMap<>(SECRET_VALUES);
        missing.remove("secrets.values.enrollmentClientSecret");
        assertThatThrownBy(() -> RenderedChart.render(missing))
                .hasMessageContaining("secrets.values.enrollmentClientSecret is required");
    }

    /** values.schema.json: a mistyped count or a relative state directory is refused at render, not at run time. */
    @Test
    void valuesOfTheWrongShapeAreRefused() {
        assertThatThrownBy(() -> RenderedChart.render(Map.of("reporting.replicas", 0)))
                .hasMessageContaining("replicas");
        assertThatThrownBy(() -> RenderedChart.render(Map.of("reporting.standbyReplicas", "one")))
                .hasMessageContaining("standbyReplicas");
        assertThatThrownBy(() -> RenderedChart.render(Map.of("reporting.stateDir", "state")))
                .hasMessageContaining("stateDir");
    }

    /** Like DockerComposeFileTest for the compose file: every variable the chart sets is one the component reads. */
    @Test
    void givesEachComponentOnlyVariablesItsConfigurationReads() throws IOException {
        Map<String, Path> configurations = Map.of(
                "registry", Path.of("../cadre-registry-service/src/main/resources/cadre-registry.yml"),
                "enrollment", Path.of("../enrollment-service/src/main/resources/enrollment.yml"),
                "reporting", Path.of("../reporting-service/src/main/resources/reporting.yml"),
                "web", Path.of("../web-console/src/main/resources/web-console.yml"));
        RenderedChart chart = RenderedChart.render(SECRET_VALUES);
        for (String component : COMPONENTS) {
            String configuration = Files.readString(configurations.get(component));
            Map<String, String> environment = environment(chart, chart.workload(component));
            // POD_NAME and POD_NAMESPACE only build REPORTING_ADVERTISED_HOST.
            environment.keySet().removeAll(List.of("POD_NAME", "POD_NAMESPACE"));
            assertThat(environment).as(component).isNotEmpty();
            environment.keySet().forEach(variable ->
                    assertThat(configuration).as(component + " reads " + variable).contains("${" + variable));
        }
    }

    /** The container's environment: its ConfigMap's entries, then its own env (a secret's value shows as "secret"). */
    private static Map<String, String> environment(RenderedChart chart, Map<String, Object> workload) {
        Map<String, Object> container = RenderedChart.containers(workload).get(0);
        Map<String, String> environment = new LinkedHashMap<>();
        for (Map<String, Object> source : Manifest.list(container.get("envFrom"))) {
            String name = (String) Manifest.at(source, "configMapRef", "name");
            Manifest.map(Manifest.at(chart.named("ConfigMap", name), "data"))
                    .forEach((key, value) -> environment.put(key, String.valueOf(value)));
        }
        for (Map<String, Object> variable : Manifest.list(container.get("env"))) {
            environment.put((String) variable.get("name"),
                    variable.containsKey("value") ? String.valueOf(variable.get("value")) : "secret");
        }
        return environment;
    }

    private static List<String> secretKeys(Map<String, Object> workload) {
        return RenderedChart.containers(workload).stream()
                .flatMap(c -> Manifest.list(c.get("env")).stream())
                .map(v -> (String) Manifest.at(v, "valueFrom", "secretKeyRef", "key"))
                .filter(java.util.Objects::nonNull).toList();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
