package ai.kubiya.runner.dashboards.provision;

import ai.kubiya.runner.dashboards.model.Dashboard;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A create-or-update of a dashboard by uid ({@code POST /api/dashboards/db}): into which folder,
 * whether to overwrite a newer version, and the version-history message.
 *
 * <pre>{@code
 * SaveRequest.of(dashboard)
 *     .withFolderUid("runners")
 *     .withOverwrite(true)
 *     .withMessage("from kubiya-runner")
 * }</pre>
 */
@Value.Immutable
public abstract class SaveRequest {
  /** A save of this dashboard into the General folder, not overwriting newer versions. */
  public static ImmutableSaveRequest of(Dashboard dashboard) {
    return ImmutableSaveRequest.builder().dashboard(dashboard).build();
  }

  /** The dashboard to save, with its uid. */
  public abstract Dashboard dashboard();

  /** The folder's uid; empty for the General folder. */
  public abstract Optional<String> folderUid();

  /**
   * Replace the dashboard even when Grafana's copy is newer than this one's {@code version} (or has
   * the same title in the folder). Without it Grafana answers 412.
   */
  @Value.Default
  public boolean overwrite() {
    return false;
  }

  /** The message of this version in Grafana's version history. */
  public abstract Optional<String> message();
}
