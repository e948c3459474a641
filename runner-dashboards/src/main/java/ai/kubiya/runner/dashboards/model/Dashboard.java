package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Grafana dashboard (JSON model, schemaVersion 39): identity ({@code uid}, {@code title}, {@code
 * tags}), time range and refresh, header links, annotations, template variables and panels.
 *
 * <p>Building a dashboard numbers what is not numbered yet, deterministically: panels without an id
 * get the next free ids in document order (rows before their panels), and queries without a refId
 * get the first free letters of their panel ({@code A}, {@code B}, ...). Dashboards Grafana
 * exported are fully numbered already and read back unchanged.
 *
 * <pre>{@code
 * Dashboard d = Dashboard.builder()
 *     .uid("tool-manager")
 *     .title("Tool Manager")
 *     .time(TimeRange.last("1h"))
 *     .templating(Templating.of(runner))
 *     .panels(Grid.create().line(8, Grid.cell(24, requests)).panels())
 *     .build();
 * String json = DashboardJson.write(d);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDashboard.class)
@JsonDeserialize(as = ImmutableDashboard.class)
public abstract class Dashboard {
  /** The JSON model version this model follows. */
  public static final int SCHEMA_VERSION = 39;

  /** Grafana's limit on dashboard uids. */
  public static final int MAX_UID_LENGTH = 40;

  /** A builder preset with {@link #SCHEMA_VERSION} and Grafana's built-in annotations. */
  public static ImmutableDashboard.Builder builder() {
    return ImmutableDashboard.builder()
        .schemaVersion(SCHEMA_VERSION)
        .annotations(Annotations.of(Annotation.builtInAlerts()));
  }

  /** Grafana's database id; not portable between Grafana instances (the uid is). */
  public abstract Optional<Integer> id();

  /** The stable identity of the dashboard: at most 40 letters, digits, {@code -} and {@code _}. */
  public abstract String uid();

  /** The title shown in Grafana; must not be blank. */
  public abstract String title();

  /** Shown in the dashboard's settings and search. */
  public abstract Optional<String> description();

  /** Tags for search and for dashboard links of type {@code dashboards}. */
  public abstract List<String> tags();

  /** {@code browser}, {@code utc}, or an IANA zone; empty text for the user's default. */
  public abstract Optional<String> timezone();

  /** Whether users may edit the dashboard in Grafana (Grafana's default: true). */
  public abstract Optional<Boolean> editable();

  /** Shared crosshair or tooltip between panels ({@code graphTooltip}, 0 to 2). */
  public abstract Optional<VariableSettings.GraphTooltip> graphTooltip();

  /** The default time range ({@code time}). */
  public abstract Optional<TimeRange> time();

  /** The time picker's settings ({@code timepicker}). */
  public abstract Optional<TimePicker> timepicker();

  /** The default auto-refresh ({@code refresh}), for example {@code 1m}. */
  public abstract Optional<RefreshInterval> refresh();

  /** The JSON model version; {@link #builder()} sets {@value #SCHEMA_VERSION}. */
  public abstract Optional<Integer> schemaVersion();

  /** Grafana's save counter; Grafana refuses a save whose version is behind (412). */
  public abstract Optional<Integer> version();

  /** Links in the dashboard's header ({@code links}). */
  public abstract List<DashboardLink> links();

  /** The annotation queries ({@code annotations}). */
  public abstract Optional<Annotations> annotations();

  /** The template variables ({@code templating}). */
  public abstract Optional<Templating> templating();

  /** The top-level panels in document order; collapsed rows hold their own panels. */
  public abstract List<Panel> panels();

  /** First month of the fiscal year, 0 (January) to 11. */
  public abstract Optional<Integer> fiscalYearStartMonth();

  /**
   * First day of the week in the time picker, for example {@code monday}; empty for the browser's.
   */
  public abstract Optional<String> weekStart();

  /** Redraw panels continuously as time passes, not only on refresh. */
  public abstract Optional<Boolean> liveNow();

  /** The grafana.com id of the dashboard this one was imported from. */
  public abstract Optional<Integer> gnetId();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** The template variables, in order. */
  public List<Variable> variables() {
    return templating().map(Templating::list).orElse(List.of());
  }

  /** The variable with this name. */
  public Optional<Variable> variable(String name) {
    return variables().stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** Every panel in document order, the panels of collapsed rows right after their row. */
  public List<Panel> allPanels() {
    List<Panel> out = new ArrayList<>();
    for (Panel p : panels()) {
      out.add(p);
      if (p instanceof RowPanel) {
        out.addAll(((RowPanel) p).panels());
      }
    }
    return out;
  }

  @Value.Check
  Dashboard check() {
    if (uid().isEmpty() || uid().length() > MAX_UID_LENGTH || !uid().matches("[A-Za-z0-9_-]+")) {
      throw new IllegalStateException(
          "uid \""
              + uid()
              + "\": a dashboard uid is 1 to "
              + MAX_UID_LENGTH
              + " letters, digits, '-' or '_'");
    }
    if (title().isBlank()) {
      throw new IllegalStateException("dashboard " + uid() + ": the title is empty");
    }
    Numbering numbering = new Numbering(this);
    return numbering.isComplete()
        ? this
        : ImmutableDashboard.copyOf(this).withPanels(numbering.apply());
  }
}
