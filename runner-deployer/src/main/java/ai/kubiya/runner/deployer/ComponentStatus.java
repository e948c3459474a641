package ai.kubiya.runner.deployer;

import java.util.List;
import org.immutables.value.Value;

/**
 * The live state of one runner component (a Deployment, DaemonSet, StatefulSet or CronJob of the
 * release): desired and ready replicas, restarts in the status window, images and a health grade.
 */
@Value.Immutable
public abstract class ComponentStatus {
  /** The component: its {@code app.kubernetes.io/kubiya-runner-component} label, else its name. */
  public abstract String component();

  /** The workload. */
  public abstract ObjectRef workload();

  /** Replicas wanted (scheduled pods for a DaemonSet; 0 for a CronJob). */
  public abstract int desired();

  /** Replicas ready. */
  public abstract int ready();

  /**
   * Container restarts in the window, summed over the component's pods. Kubernetes keeps only
   * cumulative counts, so this counts every restart of a pod started within the window and one for
   * an older pod whose last termination falls in it: a lower bound.
   */
  public abstract int restartsInWindow();

  /** Pods counted. */
  public abstract int pods();

  /** The container images of the workload's pod template, in order. */
  public abstract List<String> images();

  /** The grade: the worse of the ready grade and the restart grade; Down when missing. */
  public abstract HealthGrade grade();

  /** A short explanation of the grade, such as {@code 1/2 ready}. */
  public abstract String detail();

  /** A builder. */
  public static ImmutableComponentStatus.Builder builder() {
    return ImmutableComponentStatus.builder();
  }
}
