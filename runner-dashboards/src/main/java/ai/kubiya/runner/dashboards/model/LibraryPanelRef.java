package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A reference to a library panel, which Grafana loads by uid. */
@Value.Immutable
@JsonSerialize(as = ImmutableLibraryPanelRef.class)
@JsonDeserialize(as = ImmutableLibraryPanelRef.class)
public abstract class LibraryPanelRef {
  /** A builder; {@code uid} is required. */
  public static ImmutableLibraryPanelRef.Builder builder() {
    return ImmutableLibraryPanelRef.builder();
  }

  /** The library panel with this uid and name. */
  public static LibraryPanelRef of(String uid, String name) {
    return builder().uid(uid).name(name).build();
  }

  /** The library panel's uid. */
  public abstract String uid();

  /** The library panel's name, as Grafana saves it next to the uid. */
  public abstract Optional<String> name();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
