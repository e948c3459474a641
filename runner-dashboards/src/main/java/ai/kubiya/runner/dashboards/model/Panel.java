package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A panel of a dashboard. Each visualization Grafana's runner dashboards use is its own type with
 * its own typed options: {@link TimeseriesPanel}, {@link StatPanel}, {@link TablePanel}, {@link
 * GaugePanel}, {@link BarGaugePanel}, {@link HeatmapPanel}, {@link StateTimelinePanel}, {@link
 * TextPanel}, the legacy {@link GraphPanel} and {@link TableOldPanel}, and {@link RowPanel}.
 * Anything else (a library panel reference, another plugin) reads as a {@link GenericPanel}.
 *
 * <p>What every panel has is here: title, position, data source, queries, field config,
 * transformations, links, repetition.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = GenericPanel.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = TimeseriesPanel.class, name = TimeseriesPanel.TYPE),
  @JsonSubTypes.Type(value = StatPanel.class, name = StatPanel.TYPE),
  @JsonSubTypes.Type(value = TablePanel.class, name = TablePanel.TYPE),
  @JsonSubTypes.Type(value = GaugePanel.class, name = GaugePanel.TYPE),
  @JsonSubTypes.Type(value = BarGaugePanel.class, name = BarGaugePanel.TYPE),
  @JsonSubTypes.Type(value = HeatmapPanel.class, name = HeatmapPanel.TYPE),
  @JsonSubTypes.Type(value = StateTimelinePanel.class, name = StateTimelinePanel.TYPE),
  @JsonSubTypes.Type(value = TextPanel.class, name = TextPanel.TYPE),
  @JsonSubTypes.Type(value = GraphPanel.class, name = GraphPanel.TYPE),
  @JsonSubTypes.Type(value = TableOldPanel.class, name = TableOldPanel.TYPE),
  @JsonSubTypes.Type(value = RowPanel.class, name = RowPanel.TYPE)
})
public abstract class Panel {
  /** The visualization plugin id, such as {@code timeseries} or {@code row}. */
  public abstract String type();

  /** Unique within the dashboard; assigned when the dashboard is built if not given. */
  public abstract Optional<Integer> id();

  /** The title shown on the panel; may hold template variables. */
  public abstract Optional<String> title();

  /** Shown in the panel's info tooltip (markdown). */
  public abstract Optional<String> description();

  /** Where the panel sits on the 24-column grid. */
  public abstract Optional<GridPos> gridPos();

  /** The data source of the panel's queries. */
  public abstract Optional<DatasourceRef> datasource();

  /** The panel's queries. */
  public abstract List<Target> targets();

  /** Field options: units, thresholds, mappings, colors, overrides. */
  public abstract Optional<FieldConfig> fieldConfig();

  /** Transformations applied to the query results, in order. */
  public abstract List<Transformation> transformations();

  /** Links in the panel's header. */
  public abstract List<DataLink> links();

  /** Repeat this panel for each value of this variable. */
  public abstract Optional<String> repeat();

  /** The direction repeated panels go ({@code h} or {@code v}). */
  public abstract Optional<Viz.RepeatDirection> repeatDirection();

  /** Repeated panels per row, for horizontal repeats. */
  public abstract Optional<Integer> maxPerRow();

  /** Draw the panel without a background. */
  public abstract Optional<Boolean> transparent();

  /** The Grafana version that last saved this panel. */
  public abstract Optional<String> pluginVersion();

  /** Minimum query step of the panel's queries, for example {@code 1m}. */
  public abstract Optional<String> interval();

  /** The most data points a query asks for; by default the panel's width in pixels. */
  public abstract Optional<Integer> maxDataPoints();

  /** A relative time range of this panel's own, for example {@code 24h}. */
  public abstract Optional<String> timeFrom();

  /** Shift the panel's time range back, for example {@code 1h}. */
  public abstract Optional<String> timeShift();

  /** Hide the time override note in the panel's header. */
  public abstract Optional<Boolean> hideTimeOverride();

  /** Set on references to library panels, which Grafana loads by uid. */
  public abstract Optional<LibraryPanelRef> libraryPanel();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** This panel at another position. */
  public abstract Panel withGridPos(GridPos gridPos);

  /** This panel with another id. */
  public abstract Panel withId(Integer id);

  /** This panel with other queries. */
  public abstract Panel withTargets(Iterable<? extends Target> targets);

  /** The panel's title, or an empty text. */
  public String titleText() {
    return title().orElse("");
  }
}
