package ai.kubiya.runner.dashboards.runner;

import ai.kubiya.runner.dashboards.model.FieldMatcher;
import ai.kubiya.runner.dashboards.model.FieldOverride;
import ai.kubiya.runner.dashboards.model.ImmutableTableFooterOptions;
import ai.kubiya.runner.dashboards.model.OverrideProperty;
import ai.kubiya.runner.dashboards.model.TableFooterOptions;
import ai.kubiya.runner.dashboards.model.Transformation;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pieces of the chart's table panels: footers, column overrides, group-by aggregations. */
final class Tables {
  private Tables() {}

  /** The footer Grafana's table editor saves: hidden, summing. */
  static ImmutableTableFooterOptions.Builder footer() {
    return TableFooterOptions.builder()
        .show(false)
        .addReducer("sum")
        .fields(TextNode.valueOf(""))
        .countRows(false);
  }

  /**
   * Overrides of column widths and display names: (column, width, display name or null) triples.
   */
  static FieldOverride[] columns(Object... triples) {
    FieldOverride[] out = new FieldOverride[triples.length / 3];
    for (int i = 0; i < out.length; i++) {
      String column = (String) triples[3 * i];
      OverrideProperty width = OverrideProperty.custom("width", triples[3 * i + 1]);
      String name = (String) triples[3 * i + 2];
      out[i] =
          name == null
              ? FieldOverride.of(FieldMatcher.byName(column), width)
              : FieldOverride.of(
                  FieldMatcher.byName(column), width, OverrideProperty.displayName(name));
    }
    return out;
  }

  static Map<String, Object> aggregate(String... aggregations) {
    return Map.of("aggregations", List.of(aggregations), "operation", "aggregate");
  }

  /**
   * Grafana's {@code organize} transformation: hide these fields, order and rename others.
   *
   * @param hidden the fields to hide
   * @param order field positions by name
   * @param renames new names by field name
   */
  static Transformation organize(
      List<String> hidden, Map<String, Integer> order, Map<String, String> renames) {
    Map<String, Object> exclude = new TreeMap<>();
    hidden.forEach(f -> exclude.put(f, true));
    return Transformation.of(
        "organize",
        Map.of("excludeByName", exclude, "indexByName", order, "renameByName", renames));
  }

  /** A group-by field that is grouped on. */
  static Map<String, Object> groupedBy() {
    return Map.of("aggregations", List.of(), "operation", "groupby");
  }
}
