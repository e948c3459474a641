package ai.kubiya.runner.deployer.drift;

import ai.kubiya.runner.deployer.ObjectRef;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** What a heal found, wrote and left. */
@Value.Immutable
public abstract class HealResult {
  /** The drift before healing. */
  public abstract DriftReport before();

  /** The drift after healing (read again from the cluster). */
  public abstract DriftReport after();

  /** The objects written (created, restored) or deleted (left behind), in order. */
  public abstract List<ObjectRef> healed();

  /**
   * The objects not healed, with the reason: ownership labels removed (the deployer never changes
   * an object without the release's labels), a kept left-behind object, or a failed write.
   */
  public abstract Map<ObjectRef, String> refused();

  /** Write requests sent (one per healed object in the normal case). */
  public abstract int writes();

  /** True when the release is back in line. */
  public boolean inLine() {
    return after().inLine();
  }

  /** A builder. */
  public static ImmutableHealResult.Builder builder() {
    return ImmutableHealResult.builder();
  }
}
