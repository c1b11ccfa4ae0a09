package org.cadretraining.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import org.yaml.snakeyaml.Yaml;

/** The chart rendered by the Helm library itself ({@code helm template}), as the manifests it would apply. */
record RenderedChart(List<Map<String, Object>> manifests) {
    static final Path CHART = Path.of("helm/cadre-training");
    static final String RELEASE = "cadre";

    /** Renders with the chart's defaults, overridden by {@code values} (as {@code --set name=value}). */
    static RenderedChart render(Map<String, Object> values) {
        TemplateCommand template = new Helm(CHART).template().withName(RELEASE).withNamespace("cadre");
        values.forEach(template::set);
        String yaml = template.call();
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document != null) {
                manifests.add(Manifest.map(document));
            }
        }
        return new RenderedChart(manifests);
    }

    Stream<Map<String, Object>> ofKind(String kind) {
        return manifests.stream().filter(m -> kind.equals(m.get("kind")));
    }

    Map<String, Object> named(String kind, String name) {
        return ofKind(kind).filter(m -> name.equals(Manifest.at(m, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in " + names()));
    }

    /** A component's workload: the Deployment or StatefulSet whose pods carry its component label. */
    Map<String, Object> workload(String component) {
        return workloads().filter(w -> component.equals(podLabels(w).get("app.kubernetes.io/component")))
                .findFirst().orElseThrow(() -> new AssertionError("no workload for " + component + " in " + names()));
    }

    Stream<Map<String, Object>> workloads() {
        return manifests.stream().filter(m -> List.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob")
                .contains(m.get("kind")));
    }

    static Map<String, Object> podLabels(Map<String, Object> workload) {
        return Manifest.map(Manifest.at(workload, "spec", "template", "metadata", "labels"));
    }

    static List<Map<String, Object>> containers(Map<String, Object> workload) {
        return Manifest.list(Manifest.at(workload, "spec", "template", "spec", "containers"));
    }

    List<String> names() {
        return manifests.stream().map(m -> m.get("kind") + "/" + Manifest.at(m, "metadata", "name"))
                .filter(Objects::nonNull).toList();
    }
}
