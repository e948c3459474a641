package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The initial sort of a legacy table panel. */
@Value.Immutable
@JsonSerialize(as = ImmutableTableOldSort.class)
@JsonDeserialize(as = ImmutableTableOldSort.class)
public abstract class TableOldSort {
  /** A builder; every key is optional. */
  public static ImmutableTableOldSort.Builder builder() {
    return ImmutableTableOldSort.builder();
  }

  /** Column index. */
  public abstract Optional<Integer> col();

  /** Sort descending. */
  public abstract Optional<Boolean> desc();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
