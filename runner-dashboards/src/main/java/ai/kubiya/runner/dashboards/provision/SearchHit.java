package ai.kubiya.runner.dashboards.provision;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One dashboard found by {@code GET /api/search}. */
@Value.Immutable
public abstract class SearchHit {
  /** The dashboard's uid. */
  public abstract String uid();

  /** The dashboard's title. */
  public abstract String title();

  /** The path of the dashboard in Grafana, for example {@code /d/uid/slug}. */
  public abstract Optional<String> url();

  /** The folder's uid; empty in the General folder. */
  public abstract Optional<String> folderUid();

  /** The folder's title; empty in the General folder. */
  public abstract Optional<String> folderTitle();

  /** The dashboard's tags. */
  public abstract List<String> tags();
}
