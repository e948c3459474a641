package ai.kubiya.runner.dashboards.health;

import static ai.kubiya.runner.dashboards.health.HealthBand.above;
import static ai.kubiya.runner.dashboards.health.HealthBand.between;
import static ai.kubiya.runner.dashboards.health.HealthBand.exactly;
import static ai.kubiya.runner.dashboards.health.HealthState.DEGRADED;
import static ai.kubiya.runner.dashboards.health.HealthState.DOWN;
import static ai.kubiya.runner.dashboards.health.HealthState.HEALTHY;
import static ai.kubiya.runner.dashboards.health.HealthState.WARNING;

import ai.kubiya.runner.dashboards.model.ValueMapping;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The health thresholds table of the chart's README, per metric and 5-minute span:
 *
 * <pre>
 * | Metric            | Healthy      | Warning        | Degraded       | Down          |
 * | Service Status    | 100%         | 95-100%        | 80-95%         | 0-80%         |
 * | Pod Restarts      | 0-1 restarts | 1.1-2 restarts | 2.1-4 restarts | &gt;4.1 restarts |
 * | HTTP Success Rate | 100%         | 95-99%         | 80-94%         | 0-79%         |
 * | Pod Status Ready  | 100%         | 90-99%         | 70-89%         | 0-69%         |
 * </pre>
 *
 * <p>The health panels take their value mappings from here ({@link #mappings(HealthMetric)}), so
 * the table and the dashboards cannot drift apart.
 */
public final class HealthTable {
  private static final HealthTable README = new HealthTable(readmeBands());

  private final Map<HealthMetric, List<HealthBand>> bands;

  private HealthTable(Map<HealthMetric, List<HealthBand>> bands) {
    this.bands = Collections.unmodifiableMap(bands);
  }

  /** The table of the chart's README. */
  public static HealthTable readme() {
    return README;
  }

  private static Map<HealthMetric, List<HealthBand>> readmeBands() {
    Map<HealthMetric, List<HealthBand>> m = new EnumMap<>(HealthMetric.class);
    m.put(
        HealthMetric.SERVICE_STATUS,
        List.of(
            exactly(HEALTHY, 100),
            between(WARNING, 95, 100),
            between(DEGRADED, 80, 95),
            between(DOWN, 0, 80)));
    m.put(
        HealthMetric.POD_RESTARTS,
        List.of(
            between(HEALTHY, 0, 1),
            between(WARNING, 1.1, 2),
            between(DEGRADED, 2.1, 4),
            above(DOWN, 4.1)));
    m.put(
        HealthMetric.HTTP_SUCCESS_RATE,
        List.of(
            exactly(HEALTHY, 100),
            between(WARNING, 95, 99),
            between(DEGRADED, 80, 94),
            between(DOWN, 0, 79)));
    m.put(
        HealthMetric.POD_STATUS_READY,
        List.of(
            exactly(HEALTHY, 100),
            between(WARNING, 90, 99),
            between(DEGRADED, 70, 89),
            between(DOWN, 0, 69)));
    return m;
  }

  /** The bands of a metric, Healthy first, Down last. */
  public List<HealthBand> bands(HealthMetric metric) {
    return bands.get(metric);
  }

  /** The band of one state of a metric. */
  public HealthBand band(HealthMetric metric, HealthState state) {
    return bands(metric).stream().filter(b -> b.state() == state).findFirst().orElseThrow();
  }

  /**
   * The state of a measured value: the first band, Healthy to Down, that holds it. Where the
   * README's bands share a bound (95% is both Warning and Degraded), the healthier state wins.
   */
  public Optional<HealthState> classify(HealthMetric metric, double value) {
    return bands(metric).stream().filter(b -> b.contains(value)).map(HealthBand::state).findFirst();
  }

  /** Grafana value mappings of a metric, numbered as Grafana's editor saves them. */
  public List<ValueMapping> mappings(HealthMetric metric) {
    return ValueMapping.indexed(
        bands(metric).stream()
            .map(b -> b.toMapping(metric.ceiling()))
            .collect(Collectors.toList()));
  }
}
