package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code target} of the blackbox exporter: what to probe, with which module, and extra labels.
 */
public final class BlackboxTarget {
  private final String name;
  private final String address;
  private final String module;
  private final Map<String, String> labels;

  private BlackboxTarget(String name, String address, String module, Map<String, String> labels) {
    this.name = Objects.requireNonNull(name, "name");
    this.address = Objects.requireNonNull(address, "address");
    this.module = Objects.requireNonNull(module, "module");
    this.labels = new LinkedHashMap<>(labels);
  }

  /** A target; {@code labels} keep their iteration order. */
  public static BlackboxTarget of(
      String name, String address, String module, Map<String, String> labels) {
    return new BlackboxTarget(name, address, module, labels);
  }

  /** The target's name. */
  public String name() {
    return name;
  }

  /** The address probed. */
  public String address() {
    return address;
  }

  /** The name of the module probing it. */
  public String module() {
    return module;
  }

  /** Extra labels of the target's metrics. */
  public Map<String, String> labels() {
    return Map.copyOf(labels);
  }

  /** This target probed with another module. */
  public BlackboxTarget withModule(String otherModule) {
    return new BlackboxTarget(name, address, otherModule, labels);
  }

  Block toBlock() {
    Block.Builder b =
        Block.builder("target")
            .attribute("name", Expr.string(name))
            .attribute("address", Expr.string(address))
            .attribute("module", Expr.string(module));
    if (!labels.isEmpty()) {
      Map<String, Expr> fields = new LinkedHashMap<>();
      for (Map.Entry<String, String> label : labels.entrySet()) {
        fields.put(label.getKey(), Expr.string(label.getValue()));
      }
      b.attribute("labels", Expr.object(fields));
    }
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlackboxTarget t
        && t.name.equals(name)
        && t.address.equals(address)
        && t.module.equals(module)
        && t.labels.equals(labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, address, module, labels);
  }

  @Override
  public String toString() {
    return name + " -> " + address + " (" + module + ")";
  }
}
