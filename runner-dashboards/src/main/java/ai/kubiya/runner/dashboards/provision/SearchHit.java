package ai.kubiya.runner.dashboards.provision;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One dashboard found by {@code GET /api/search}. */
@Value.Immutable
public abstract class SearchHit {
  public abstract String uid();

  public abstract String title();

  public abstract Optional<String> url();

  public abstract Optional<String> folderUid();

  public abstract Optional<String> folderTitle();

  public abstract List<String> tags();
}
