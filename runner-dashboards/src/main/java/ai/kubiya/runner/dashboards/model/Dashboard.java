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

  public abstract String title();

  public abstract Optional<String> description();

  public abstract List<String> tags();

  /** {@code browser}, {@code utc}, or an IANA zone; empty text for the user's default. */
  public abstract Optional<String> timezone();

  public abstract Optional<Boolean> editable();

  public abstract Optional<VariableSettings.GraphTooltip> graphTooltip();

  public abstract Optional<TimeRange> time();

  public abstract Optional<TimePicker> timepicker();

  public abstract Optional<RefreshInterval> refresh();

  public abstract Optional<Integer> schemaVersion();

  /** Grafana's save counter; Grafana refuses a save whose version is behind (412). */
  public abstract Optional<Integer> version();

  public abstract List<DashboardLink> links();

  public abstract Optional<Annotations> annotations();

  public abstract Optional<Templating> templating();

  public abstract List<Panel> panels();

  public abstract Optional<Integer> fiscalYearStartMonth();

  public abstract Optional<String> weekStart();

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
  protected Dashboard check() {
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
