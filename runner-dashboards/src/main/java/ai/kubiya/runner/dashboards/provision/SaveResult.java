package ai.kubiya.runner.dashboards.provision;

import org.immutables.value.Value;

/** What Grafana answered to a save: the dashboard's uid, URL path and new version. */
@Value.Immutable
public abstract class SaveResult {
  /** The uid of the saved dashboard. */
  public abstract String uid();

  /** The path of the dashboard in Grafana, for example {@code /d/tool-manager/tool-manager}. */
  public abstract String url();

  /** The dashboard's version after the save. */
  public abstract int version();

  /** Grafana's status word, {@code success}. */
  public abstract String status();
}
