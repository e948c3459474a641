package ai.kubiya.runner.dashboards.provision;

import ai.kubiya.runner.dashboards.model.Dashboard;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dashboard as Grafana stores it ({@code GET /api/dashboards/uid/:uid}): the model and its meta.
 */
@Value.Immutable
public abstract class StoredDashboard {
  /** The dashboard model ({@code dashboard}). */
  public abstract Dashboard dashboard();

  /** The folder's uid; empty in the General folder. */
  public abstract Optional<String> folderUid();

  /** The folder's title; empty in the General folder. */
  public abstract Optional<String> folderTitle();

  /** The path of the dashboard in Grafana. */
  public abstract Optional<String> url();

  /** True when Grafana provisioned it from files (it then refuses API saves). */
  public abstract boolean provisioned();
}
