package ai.kubiya.runner.deployer.images;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.util.List;
import org.immutables.value.Value;

/**
 * The image tags to change so a runner matches a stable-versions file, and the keys of the file
 * that name no known component (ignored).
 *
 * <pre>{@code
 * ImageUpdatePlan plan = ImageUpdateChecker.create().check(url, config);
 * if (!plan.isEmpty()) {
 *   deployer.upgrade(plan.applyTo(config));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class ImageUpdatePlan {
  /** The components whose tag changes. */
  public abstract List<ImageUpdate> updates();

  /** Keys of the stable-versions file that name no known component. */
  public abstract List<String> unknownComponents();

  /** True when no tag changes. */
  public boolean isEmpty() {
    return updates().isEmpty();
  }

  /**
   * The {@code --set} expressions that apply the plan, such as {@code
   * agentManager.image.tag=v0.1.5}.
   */
  public List<String> setArguments() {
    return updates().stream().map(ImageUpdate::setArgument).toList();
  }

  /**
   * The config with the new tags, everything else equal; loaded (and checked) like {@code --set}.
   */
  public RunnerConfig applyTo(RunnerConfig config) {
    return RunnerConfigLoader.create()
        .release(config.release())
        .namespace(config.namespace())
        .values(config.values().toMap())
        .sets(setArguments())
        .load();
  }

  /** A builder. */
  public static ImmutableImageUpdatePlan.Builder builder() {
    return ImmutableImageUpdatePlan.builder();
  }
}
