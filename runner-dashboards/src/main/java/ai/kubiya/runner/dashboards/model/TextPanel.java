package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Markdown, HTML or code text. */
@Value.Immutable
@JsonSerialize(as = ImmutableTextPanel.class)
@JsonDeserialize(as = ImmutableTextPanel.class)
public abstract class TextPanel extends Panel {
  /** The plugin id. */
  public static final String TYPE = "text";

  /** A builder; {@code type} defaults to {@value #TYPE}. */
  public static ImmutableTextPanel.Builder builder() {
    return ImmutableTextPanel.builder();
  }

  @Override
  @Value.Default
  public String type() {
    return TYPE;
  }

  /** The text options ({@code options}). */
  public abstract Optional<TextOptions> options();

  @Value.Check
  void checkType() {
    Kinds.require("text panel", TYPE, type());
  }
}
