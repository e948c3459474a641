package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.DeployOptions;
import java.util.List;
import org.immutables.value.Value;

/** How drift is detected and healed. */
@Value.Immutable
public abstract class DriftOptions {
  /**
   * The deployer options heals write with (field manager, apply mode, retry policy, progress
   * listener). Default {@link DeployOptions#defaults()}.
   */
  @Value.Default
  public DeployOptions deployOptions() {
    return DeployOptions.defaults();
  }

  /** Fields the SDK sets but leaves to others (such as HPA-managed replicas). Default none. */
  public abstract List<IgnoreRule> ignore();

  /** The defaults. */
  public static DriftOptions defaults() {
    return builder().build();
  }

  /** A builder. */
  public static ImmutableDriftOptions.Builder builder() {
    return ImmutableDriftOptions.builder();
  }
}
