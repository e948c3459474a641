package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The x axis of a legacy graph panel: time, series or histogram. */
@Value.Immutable
@JsonSerialize(as = ImmutableGraphXAxis.class)
@JsonDeserialize(as = ImmutableGraphXAxis.class)
public abstract class GraphXAxis {
  /** A builder; every key is optional. */
  public static ImmutableGraphXAxis.Builder builder() {
    return ImmutableGraphXAxis.builder();
  }

  /** {@code time}, {@code series} or {@code histogram}. */
  public abstract Optional<String> mode();

  /** Show the axis. */
  public abstract Optional<Boolean> show();

  /**
   * For {@code series} and {@code histogram} modes: the reducers per series, such as {@code
   * current}.
   */
  public abstract List<String> values();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
