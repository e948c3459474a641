package ai.kubiya.runner.telemetry.alloy;

import ai.kubiya.runner.telemetry.alloy.component.BlackboxTarget;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One blackbox probe of a runner service: {@code http://<service>.<namespace>.svc.cluster.local:
 * <port><path>}, probed with {@link #module()} and labeled {@code app=<name>}.
 */
@Value.Immutable
public abstract class BlackboxProbe {
  /**
   * The chart's module for the dagger-engine and kubiya-operator probes, which its config never
   * defines.
   */
  public static final String CHART_UNDEFINED_MODULE = "http";

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BlackboxProbe}; {@code from(..)} copies an instance. */
  public static class Builder extends ImmutableBlackboxProbe.Builder {}

  /** The chart's four probes: tool-manager, agent-manager, dagger-engine and kubiya-operator. */
  public static List<BlackboxProbe> chartDefaults() {
    return List.of(
        of("tool-manager", "tool-manager", 80, "/health", "http_2xx"),
        of("agent-manager", "agent-manager", 80, "/healthz", "http_2xx"),
        of("dagger-engine", "dagger-engine-service", 8080, "", CHART_UNDEFINED_MODULE),
        of("kubiya-operator", "kubiya-operator", 80, "", CHART_UNDEFINED_MODULE));
  }

  /** A probe. */
  public static BlackboxProbe of(
      String name, String service, int port, String path, String module) {
    return builder().name(name).service(service).port(port).path(path).module(module).build();
  }

  /** The target's name, also its {@code app} label. */
  public abstract String name();

  /** The Kubernetes Service probed. */
  public abstract String service();

  /** The Service's port. */
  public abstract int port();

  /** The HTTP path, empty or starting with {@code /}. */
  @Value.Default
  public String path() {
    return "";
  }

  /** The blackbox module probing it. */
  public abstract String module();

  /** The probed address for a runner in {@code namespace}. */
  public String address(String namespace) {
    return "http://" + service() + "." + namespace + ".svc.cluster.local:" + port() + path();
  }

  /** The exporter target for a runner in {@code namespace}. */
  public BlackboxTarget toTarget(String namespace) {
    return BlackboxTarget.of(name(), address(namespace), module(), Map.of("app", name()));
  }

  @Value.Check
  void check() {
    if (port() < 1 || port() > 65535) {
      throw new IllegalArgumentException(
          "blackbox probe " + name() + ": port " + port() + " is not in 1..65535");
    }
    if (!path().isEmpty() && !path().startsWith("/")) {
      throw new IllegalArgumentException("blackbox probe " + name() + ": path must start with /");
    }
  }
}
