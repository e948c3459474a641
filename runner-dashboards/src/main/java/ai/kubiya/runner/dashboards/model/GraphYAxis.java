package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One y axis of a legacy graph panel: unit, label, scale, bounds. */
@Value.Immutable
@JsonSerialize(as = ImmutableGraphYAxis.class)
@JsonDeserialize(as = ImmutableGraphYAxis.class)
public abstract class GraphYAxis {
  /** A builder; every key is optional. */
  public static ImmutableGraphYAxis.Builder builder() {
    return ImmutableGraphYAxis.builder();
  }

  /** An axis in this unit. */
  public static ImmutableGraphYAxis of(String format) {
    return builder().format(format).logBase(1).show(true).build();
  }

  /** A Grafana unit id. */
  public abstract Optional<String> format();

  /** A label next to the axis. */
  public abstract Optional<String> label();

  /** 1 for a linear scale, 2, 10 or 32... for a logarithmic one. */
  public abstract Optional<Integer> logBase();

  /** Show the axis. */
  public abstract Optional<Boolean> show();

  /** Decimals of the axis labels. */
  public abstract Optional<Integer> decimals();

  /** The axis' lower bound; absent to follow the data. */
  public abstract Optional<Double> min();

  /** The axis' upper bound; absent to follow the data. */
  public abstract Optional<Double> max();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
