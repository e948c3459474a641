package ai.kubiya.runner.dashboards.model;

/**
 * Grafana's field reducers, by id: how a series becomes one value in stat, gauge and bar gauge
 * panels and in legends. Options store reducer ids as text (Grafana also accepts percentiles such
 * as {@code p95}); these constants name the common ones.
 */
public enum Reducer {
  LAST_NOT_NULL("lastNotNull"),
  LAST("last"),
  FIRST_NOT_NULL("firstNotNull"),
  FIRST("first"),
  MIN("min"),
  MAX("max"),
  MEAN("mean"),
  MEDIAN("median"),
  SUM("sum"),
  COUNT("count"),
  RANGE("range"),
  DELTA("delta"),
  DIFF("diff"),
  DISTINCT_COUNT("distinctCount"),
  UNIQUE_VALUES("uniqueValues"),
  CHANGE_COUNT("changeCount"),
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
