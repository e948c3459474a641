package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** How stat, gauge and bar gauge panels reduce series to values: by reducers, or all values. */
@Value.Immutable
@JsonSerialize(as = ImmutableReduceDataOptions.class)
@JsonDeserialize(as = ImmutableReduceDataOptions.class)
public abstract class ReduceDataOptions {
  /** A builder; every key is optional. */
  public static ImmutableReduceDataOptions.Builder builder() {
    return ImmutableReduceDataOptions.builder();
  }

  /** Reduce each series by these reducers: {@code calcs(Reducer.LAST_NOT_NULL)}. */
  public static ReduceDataOptions calcs(Reducer... reducers) {
    ImmutableReduceDataOptions.Builder b = builder().fields("").values(false);
    for (Reducer r : reducers) {
      b.addCalc(r.id());
    }
    return b.build();
  }

  /** Reducer ids (see {@link Reducer}). */
  public abstract List<String> calcs();

  /** Which fields: empty for numeric fields, or a field name or regex. */
  public abstract Optional<String> fields();

  /** Show every value rather than one per series. */
  public abstract Optional<Boolean> values();

  /** How many values at most when {@link #values()} is on. */
  public abstract Optional<Integer> limit();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
