package ai.kubiya.runner.dashboards.lint;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Values for Grafana's built-in variables when a query is checked or run outside Grafana: the query
 * interval ({@code $__interval}), the rate interval ({@code $__rate_interval}) and the dashboard's
 * time range ({@code $__range}).
 */
public final class GrafanaBuiltins {
  private final Duration interval;
  private final Duration rateInterval;
  private final Duration range;

  private GrafanaBuiltins(Duration interval, Duration rateInterval, Duration range) {
    this.interval = Objects.requireNonNull(interval, "interval");
    this.rateInterval = Objects.requireNonNull(rateInterval, "rateInterval");
    this.range = Objects.requireNonNull(range, "range");
  }

  /**
   * A 1m interval, a 4m rate interval (four 1m scrapes, as Grafana computes it for 60s scrapes), a
   * 1h range.
   */
  public static GrafanaBuiltins defaults() {
    return of(Duration.ofMinutes(1), Duration.ofMinutes(4), Duration.ofHours(1));
  }

  /** Values for {@code $__interval}, {@code $__rate_interval} and {@code $__range}. */
  public static GrafanaBuiltins of(Duration interval, Duration rateInterval, Duration range) {
    return new GrafanaBuiltins(interval, rateInterval, range);
  }

  /** The value of {@code $__interval} (and {@code $__interval_ms}). */
  public Duration interval() {
    return interval;
  }

  /** The value of {@code $__rate_interval}. */
  public Duration rateInterval() {
    return rateInterval;
  }

  /** The value of {@code $__range} (and {@code $__range_s}, {@code $__range_ms}). */
  public Duration range() {
    return range;
  }

  /** The built-in variables by name, as Grafana writes them into queries. */
  Map<String, String> values() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("__rate_interval", promDuration(rateInterval));
    m.put("__interval", promDuration(interval));
    m.put("__interval_ms", String.valueOf(interval.toMillis()));
    m.put("__range", promDuration(range));
    m.put("__range_s", String.valueOf(range.toSeconds()));
    m.put("__range_ms", String.valueOf(range.toMillis()));
    m.put("__auto", promDuration(interval));
    return m;
  }

  /** A duration in PromQL syntax: {@code 90s}, {@code 5m}, {@code 1h}. */
  static String promDuration(Duration d) {
    long s = d.toSeconds();
    if (s > 0 && s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s > 0 && s % 60 == 0) {
      return s / 60 + "m";
    }
    return s > 0 ? s + "s" : d.toMillis() + "ms";
  }
}
