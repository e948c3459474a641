package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Prometheus query of a panel: the PromQL {@code expr}, how its series are named ({@code
 * legendFormat}), its {@code refId}, instant or range evaluation, the result format and the minimum
 * step ({@code interval}).
 *
 * <pre>{@code
 * Target t = Target.of("sum by (handler) (rate(http_requests_total[$__rate_interval]))")
 *     .withLegendFormat("{{handler}}");
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public abstract class Target {
  /** How Grafana shapes a query's result. */
  public enum Format {
    /** {@code time_series}: a series per label set. */
    @JsonProperty("time_series")
    TIME_SERIES,
    /** {@code table}: rows with a column per label. */
    @JsonProperty("table")
    TABLE,
    /** {@code heatmap}: buckets of a histogram, sorted by {@code le}. */
    @JsonProperty("heatmap")
    HEATMAP
  }

  /** Which query editor wrote the query: Grafana reopens it in that editor. */
  public enum EditorMode {
    /** {@code code}: the PromQL text editor. */
    @JsonProperty("code")
    CODE,
    /** {@code builder}: the visual query builder. */
    @JsonProperty("builder")
    BUILDER
  }

  /** A range query of this PromQL expression; the refId is assigned when the dashboard is built. */
  public static ImmutableTarget of(String expr) {
    return ImmutableTarget.builder().expr(expr).build();
  }

  /** A builder; every key is optional (the refId is assigned when the dashboard is built). */
  public static ImmutableTarget.Builder builder() {
    return ImmutableTarget.builder();
  }

  /** The data source of this query; absent to use the panel's. */
  public abstract Optional<DatasourceRef> datasource();

  /** The query letter or name; panels refer to a query's series as {@code Value #refId}. */
  public abstract Optional<String> refId();

  /** The PromQL expression, with Grafana's template variables still in it. */
  public abstract Optional<String> expr();

  /** Series names: {@code {{label}}} placeholders, {@code __auto}, or a fixed text. */
  public abstract Optional<String> legendFormat();

  /** Evaluate at the end of the time range only. */
  public abstract Optional<Boolean> instant();

  /** Evaluate over the time range. */
  public abstract Optional<Boolean> range();

  /** How the result is shaped ({@code format}). */
  public abstract Optional<Format> format();

  /** The minimum step, for example {@code 5m} or {@code $interval}. */
  public abstract Optional<String> interval();

  /** Resolution divisor of the legacy editor (1/1, 1/2, ...). */
  public abstract Optional<Integer> intervalFactor();

  /** Query exemplars with the series. */
  public abstract Optional<Boolean> exemplar();

  /** Run the query but do not draw it (other queries or transformations use it). */
  public abstract Optional<Boolean> hide();

  /** The editor that wrote the query ({@code editorMode}). */
  public abstract Optional<EditorMode> editorMode();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** True when Grafana runs this query: it has an expression and is not hidden. */
  public boolean isRunnable() {
    return expr().filter(e -> !e.isBlank()).isPresent() && !hide().orElse(false);
  }
}
