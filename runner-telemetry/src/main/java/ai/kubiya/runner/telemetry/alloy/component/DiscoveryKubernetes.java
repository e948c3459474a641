package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.List;

/** {@code discovery.kubernetes}: finds Kubernetes objects of one role; exports {@code targets}. */
public final class DiscoveryKubernetes extends BuiltComponent {
  /** The component kind. */
  public static final String KIND = "discovery.kubernetes";

  private DiscoveryKubernetes(String label, Block block) {
    super(KIND, label, block);
  }

  /** A builder of the component labeled {@code label}. */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  /** The discovered targets. */
  public Expr targets() {
    return export("targets");
  }

  /** Roles Kubernetes discovery supports. */
  public enum Role {
    /** {@code node}: one target per node. */
    NODE,
    /** {@code pod}: one target per declared container port of each pod. */
    POD,
    /** {@code service}: one target per service port. */
    SERVICE,
    /** {@code endpoints}: one target per Endpoints address and port. */
    ENDPOINTS,
    /** {@code endpointslice}: one target per EndpointSlice endpoint and port. */
    ENDPOINTSLICE,
    /** {@code ingress}: one target per ingress path. */
    INGRESS;

    String value() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Builds {@link DiscoveryKubernetes}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private final String label;

    private Builder(String label) {
      super(KIND, label);
      this.label = label;
    }

    /** {@code role}. */
    public Builder role(Role role) {
      return string("role", role.value());
    }

    /** A {@code namespaces { names = [...] }} block. */
    public Builder namespaces(List<String> names) {
      return statement(Block.builder("namespaces").attribute("names", Expr.strings(names)).build());
    }

    /** The component. */
    public DiscoveryKubernetes build() {
      return new DiscoveryKubernetes(label, buildBlock());
    }
  }
}
