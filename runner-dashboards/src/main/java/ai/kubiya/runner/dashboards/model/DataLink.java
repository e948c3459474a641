package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A link on a panel or on a field's values (it may use {@code ${__value.raw}} and variables). */
@Value.Immutable
@JsonSerialize(as = ImmutableDataLink.class)
@JsonDeserialize(as = ImmutableDataLink.class)
public abstract class DataLink {
  /** A link with this title to this URL. */
  public static DataLink of(String title, String url) {
    return ImmutableDataLink.builder().title(title).url(url).build();
  }

  /** The link text. */
  public abstract Optional<String> title();

  /** The target URL; may use Grafana's data link variables, such as {@code ${__value.raw}}. */
  public abstract Optional<String> url();

  /** Open in a new tab. */
  public abstract Optional<Boolean> targetBlank();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
