package ai.kubiya.runner.telemetry.alloy.component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The blackbox exporter's module set, serialized to the {@code config} string the exporter reads.
 */
public final class BlackboxConfig {
  private final List<BlackboxModule> modules;
  private String configString; // computed on first use; racy but idempotent (String is immutable)

  private BlackboxConfig(List<BlackboxModule> modules) {
    Map<String, BlackboxModule> byName = new LinkedHashMap<>();
    for (BlackboxModule m : modules) {
      if (byName.put(m.name(), m) != null) {
        throw new IllegalArgumentException("blackbox module \"" + m.name() + "\" is defined twice");
      }
    }
    this.modules = List.copyOf(modules);
  }

  /** A configuration with these modules, in this order. */
  public static BlackboxConfig of(BlackboxModule... modules) {
    return new BlackboxConfig(Arrays.asList(modules));
  }

  /** A configuration with these modules, in this order. */
  public static BlackboxConfig of(List<BlackboxModule> modules) {
    return new BlackboxConfig(new ArrayList<>(modules));
  }

  /** The modules. */
  public List<BlackboxModule> modules() {
    return modules;
  }

  /** The module named {@code name}, if defined. */
  public Optional<BlackboxModule> module(String name) {
    return modules.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** One line of YAML flow style: {@code { modules: { http_2xx: { prober: http, ... } } }}. */
  public String toConfigString() {
    String s = configString;
    if (s == null) {
      Map<String, Object> byName = new LinkedHashMap<>();
      for (BlackboxModule m : modules) {
        byName.put(m.name(), m.toMap());
      }
      s = FlowYaml.write(Map.of("modules", byName));
      configString = s;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlackboxConfig c && c.modules.equals(modules);
  }

  @Override
  public int hashCode() {
    return modules.hashCode();
  }

  @Override
  public String toString() {
    return toConfigString();
  }
}
