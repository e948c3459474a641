package ai.kubiya.runner.dashboards.model;

/**
 * Grafana's field reducers, by id: how a series becomes one value in stat, gauge and bar gauge
 * panels and in legends. Options store reducer ids as text (Grafana also accepts percentiles such
 * as {@code p95}); these constants name the common ones.
 */
public enum Reducer {
  /** {@code lastNotNull}: the last non-null value (Grafana's default). */
  LAST_NOT_NULL("lastNotNull"),
  /** {@code last}: the last value, null included. */
  LAST("last"),
  /** {@code firstNotNull}: the first non-null value. */
  FIRST_NOT_NULL("firstNotNull"),
  /** {@code first}: the first value. */
  FIRST("first"),
  /** {@code min}: the smallest value. */
  MIN("min"),
  /** {@code max}: the largest value. */
  MAX("max"),
  /** {@code mean}: the average. */
  MEAN("mean"),
  /** {@code median}: the median. */
  MEDIAN("median"),
  /** {@code sum}: the total. */
  SUM("sum"),
  /** {@code count}: the number of values. */
  COUNT("count"),
  /** {@code range}: max minus min. */
  RANGE("range"),
  /** {@code delta}: the sum of the increases (decreases are ignored, as for counters). */
  DELTA("delta"),
  /** {@code diff}: last minus first. */
  DIFF("diff"),
  /** {@code distinctCount}: the number of distinct values. */
  DISTINCT_COUNT("distinctCount"),
  /** {@code uniqueValues}: the distinct values. */
  UNIQUE_VALUES("uniqueValues"),
  /** {@code changeCount}: how often the value changed. */
  CHANGE_COUNT("changeCount"),
  /** {@code allValues}: every value. */
  ALL_VALUES("allValues");

  private final String id;

  Reducer(String id) {
    this.id = id;
  }

  /** The id Grafana stores. */
  public String id() {
    return id;
  }
}
