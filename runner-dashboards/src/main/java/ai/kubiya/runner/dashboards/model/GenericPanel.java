package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A panel this model does not type: a reference to a library panel (which has no type of its own),
 * or a visualization plugin other than the typed ones. Its options stay in {@link #extra()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGenericPanel.class)
@JsonDeserialize(as = ImmutableGenericPanel.class)
public abstract class GenericPanel extends Panel {
  /** A builder; {@code type} is empty unless set (as for library panel references). */
  public static ImmutableGenericPanel.Builder builder() {
    return ImmutableGenericPanel.builder();
  }

  /** A reference to the library panel with this uid and name, titled like it. */
  public static GenericPanel library(String uid, String name) {
    return builder().title(name).libraryPanel(LibraryPanelRef.of(uid, name)).build();
  }

  /** The plugin id; empty for library panel references. */
  @Override
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public String type() {
    return "";
  }
}
