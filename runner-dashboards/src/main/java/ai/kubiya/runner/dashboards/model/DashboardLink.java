package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A link in a dashboard's header: to a URL, or to the dashboards with given tags. */
@Value.Immutable
@JsonSerialize(as = ImmutableDashboardLink.class)
@JsonDeserialize(as = ImmutableDashboardLink.class)
public abstract class DashboardLink {
  /** A URL, or a list of dashboards by tag. */
  public enum Type {
    /** {@code link}: a link to {@link #url()}. */
    @JsonProperty("link")
    LINK,
    /** {@code dashboards}: links to the dashboards with {@link #tags()}. */
    @JsonProperty("dashboards")
    DASHBOARDS
  }

  /** A builder; {@code type} is required. */
  public static ImmutableDashboardLink.Builder builder() {
    return ImmutableDashboardLink.builder();
  }

  /** The link text. */
  public abstract Optional<String> title();

  /** A URL, or dashboards by tag ({@code type}). */
  public abstract Type type();

  /** For {@link Type#LINK}: the target URL. */
  public abstract Optional<String> url();

  /** Text shown on hover. */
  public abstract Optional<String> tooltip();

  /** {@code external link}, {@code dashboard}, {@code doc}, {@code info}... */
  public abstract Optional<String> icon();

  /** For {@link Type#DASHBOARDS}: the dashboards with these tags. */
  public abstract List<String> tags();

  /** For {@link Type#DASHBOARDS}: one dropdown instead of a link per dashboard. */
  public abstract Optional<Boolean> asDropdown();

  /** Carry the current variable values along. */
  public abstract Optional<Boolean> includeVars();

  /** Carry the current time range along. */
  public abstract Optional<Boolean> keepTime();

  /** Open in a new browser tab. */
  public abstract Optional<Boolean> targetBlank();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
