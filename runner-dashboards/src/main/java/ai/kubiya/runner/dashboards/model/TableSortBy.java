package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Initial sort of a table column. */
@Value.Immutable
@JsonSerialize(as = ImmutableTableSortBy.class)
@JsonDeserialize(as = ImmutableTableSortBy.class)
public abstract class TableSortBy {
  /** A builder; {@code displayName} is required. */
  public static ImmutableTableSortBy.Builder builder() {
    return ImmutableTableSortBy.builder();
  }

  /** Sort by this column. */
  public static TableSortBy of(String displayName, boolean descending) {
    return builder().displayName(displayName).desc(descending).build();
  }

  /** The column's display name. */
  public abstract String displayName();

  /** Sort descending. */
  public abstract Optional<Boolean> desc();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
