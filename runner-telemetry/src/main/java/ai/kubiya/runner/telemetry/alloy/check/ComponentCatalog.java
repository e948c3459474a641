package ai.kubiya.runner.telemetry.alloy.check;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Alloy components the checks know, with the fields each exports, and the names that are not
 * component references (standard library namespaces and functions).
 */
final class ComponentCatalog {
  private static final Map<String, Set<String>> EXPORTS =
      Map.ofEntries(
          Map.entry("discovery.kubernetes", Set.of("targets")),
          Map.entry("discovery.relabel", Set.of("output", "rules")),
          Map.entry("discovery.http", Set.of("targets")),
          Map.entry("discovery.file", Set.of("targets")),
          Map.entry("discovery.dns", Set.of("targets")),
          Map.entry("prometheus.scrape", Set.of()),
          Map.entry("prometheus.relabel", Set.of("receiver", "rules")),
          Map.entry("prometheus.remote_write", Set.of("receiver")),
          Map.entry("prometheus.exporter.self", Set.of("targets")),
          Map.entry("prometheus.exporter.cadvisor", Set.of("targets")),
          Map.entry("prometheus.exporter.blackbox", Set.of("targets")),
          Map.entry("prometheus.exporter.unix", Set.of("targets")),
          Map.entry("prometheus.operator.podmonitors", Set.of()),
          Map.entry("prometheus.operator.servicemonitors", Set.of()),
          Map.entry("local.file", Set.of("content")),
          Map.entry("remote.kubernetes.secret", Set.of("data")),
          Map.entry("remote.kubernetes.configmap", Set.of("data")),
          Map.entry("loki.write", Set.of("receiver")),
          Map.entry("loki.relabel", Set.of("receiver", "rules")),
          Map.entry("loki.source.kubernetes", Set.of()),
          Map.entry("otelcol.exporter.prometheus", Set.of("input")),
          Map.entry("otelcol.receiver.prometheus", Set.of("receiver")));

  /** Top-level names that never start a component reference. */
  private static final Set<String> NON_COMPONENT_ROOTS =
      Set.of(
          "sys",
          "encoding",
          "string",
          "array",
          "convert",
          "json_path",
          "coalesce",
          "constants",
          "env",
          "nonsensitive",
          "concat",
          "format",
          "join",
          "replace",
          "split",
          "to_lower",
          "to_upper",
          "trim",
          "trim_prefix",
          "trim_suffix",
          "trim_space",
          "json_decode",
          "yaml_decode",
          "base64_decode",
          "argument",
          "file",
          "import",
          "map",
          "targets",
          "true",
          "false",
          "null");

  /** Namespaces whose names start component kinds. */
  private static final Set<String> COMPONENT_ROOTS =
      Set.of(
          "discovery",
          "prometheus",
          "loki",
          "otelcol",
          "local",
          "remote",
          "mimir",
          "pyroscope",
          "faro",
          "beyla",
          "database_observability");

  private ComponentCatalog() {}

  /** The exports of {@code kind}, if the catalog knows the kind. */
  static Optional<Set<String>> exports(String kind) {
    return Optional.ofNullable(EXPORTS.get(kind));
  }

  static boolean isNonComponentRoot(String name) {
    return NON_COMPONENT_ROOTS.contains(name);
  }

  static boolean isComponentRoot(String name) {
    return COMPONENT_ROOTS.contains(name);
  }
}
