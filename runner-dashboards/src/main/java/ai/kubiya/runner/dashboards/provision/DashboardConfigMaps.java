package ai.kubiya.runner.dashboards.provision;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DashboardJson;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Dashboards as ConfigMaps for Grafana's dashboard sidecar (kiwigrid k8s-sidecar, as the Grafana
 * Helm chart runs it): one ConfigMap per dashboard, labelled {@code grafana_dashboard: "1"} so the
 * sidecar picks it up, with the folder in an annotation ({@code grafana_folder} by default; the
 * sidecar's {@code folderAnnotation} setting names it). The dashboard JSON is compact, under the
 * key {@code <uid>.json}. The ConfigMaps are fabric8 objects, ready to go with the runner's
 * manifests.
 *
 * <pre>{@code
 * List<ConfigMap> maps = DashboardConfigMaps.builder()
 *     .namespace("monitoring")
 *     .folder("Customer Runners")
 *     .build()
 *     .configMaps(RunnerDashboards.build("prometheus"));
 * }</pre>
 */
@Value.Immutable
public abstract class DashboardConfigMaps {
  /** Kubernetes' limit on a ConfigMap's data. */
  public static final int MAX_BYTES = 1024 * 1024;

  /** A builder; every setting is optional or has the sidecar's default. */
  public static ImmutableDashboardConfigMaps.Builder builder() {
    return ImmutableDashboardConfigMaps.builder();
  }

  /** The namespace of the ConfigMaps (where the sidecar looks); empty to leave it to the apply. */
  public abstract Optional<String> namespace();

  /** The Grafana folder the sidecar puts the dashboards in. */
  public abstract Optional<String> folder();

  /** The annotation that carries the folder. */
  @Value.Default
  public String folderAnnotation() {
    return "grafana_folder";
  }

  /** The label the sidecar selects ConfigMaps by. */
  @Value.Default
  public String label() {
    return "grafana_dashboard";
  }

  /** The value of that label. */
  @Value.Default
  public String labelValue() {
    return "1";
  }

  /** Prefix of the ConfigMap names; the dashboard uid, lower-cased, follows. */
  @Value.Default
  public String namePrefix() {
    return "grafana-dashboard-";
  }

  /** More labels for every ConfigMap, for example {@code app.kubernetes.io/part-of}. */
  public abstract Map<String, String> extraLabels();

  /** One ConfigMap per dashboard; two dashboards whose uids differ only in case fail. */
  public List<ConfigMap> configMaps(List<Dashboard> dashboards) {
    Map<String, String> names = new HashMap<>();
    List<ConfigMap> out = new ArrayList<>();
    for (Dashboard d : dashboards) {
      String name = name(d);
      String previous = names.putIfAbsent(name, d.uid());
      if (previous != null) {
        throw new IllegalArgumentException(
            "dashboards "
                + previous
                + " and "
                + d.uid()
                + " would share the ConfigMap name "
                + name);
      }
      out.add(configMap(d));
    }
    return out;
  }

  /** The ConfigMap of one dashboard. */
  public ConfigMap configMap(Dashboard dashboard) {
    String json = DashboardJson.writeCompact(dashboard);
    int bytes = json.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw new IllegalArgumentException(
          "dashboard "
              + dashboard.uid()
              + " is "
              + bytes
              + " bytes of JSON; a ConfigMap holds at most "
              + MAX_BYTES);
    }
    Map<String, String> labels = new LinkedHashMap<>(extraLabels());
    labels.put(label(), labelValue());
    ConfigMapBuilder b =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName(name(dashboard))
            .withNamespace(namespace().orElse(null))
            .withLabels(labels)
            .withAnnotations(folder().map(f -> Map.of(folderAnnotation(), f)).orElse(null))
            .endMetadata()
            .withData(Map.of(dashboard.uid() + ".json", json));
    return b.build();
  }

  /** The ConfigMap name of a dashboard: the prefix and the uid as a DNS-1123 name. */
  public String name(Dashboard dashboard) {
    String name = (namePrefix() + dashboard.uid()).toLowerCase(Locale.ROOT).replace('_', '-');
    name =
        name.replaceAll("[^a-z0-9.-]", "-")
            .replaceAll("^[^a-z0-9]+", "")
            .replaceAll("[^a-z0-9]+$", "");
    return name.length() > 253 ? name.substring(0, 253) : name;
  }

  @Value.Check
  void check() {
    if (!namePrefix().isEmpty() && !namePrefix().matches("[a-z0-9][a-z0-9.-]*")) {
      throw new IllegalStateException(
          "namePrefix \"" + namePrefix() + "\": lower-case letters, digits, '-' and '.'");
    }
    if (label().isBlank()) {
      throw new IllegalStateException("label is empty: the sidecar selects ConfigMaps by a label");
    }
  }
}
