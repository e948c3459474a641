package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Options of text panels: the content and how it renders. */
@Value.Immutable
@JsonSerialize(as = ImmutableTextOptions.class)
@JsonDeserialize(as = ImmutableTextOptions.class)
public abstract class TextOptions {
  /** How content renders. */
  public enum Mode {
    /** {@code markdown}: the content is markdown. */
    @JsonProperty("markdown")
    MARKDOWN,
    /** {@code html}: the content is HTML (sanitized unless Grafana allows otherwise). */
    @JsonProperty("html")
    HTML,
    /** {@code code}: the content is shown as code. */
    @JsonProperty("code")
    CODE
  }

  /** A builder; every option is optional. */
  public static ImmutableTextOptions.Builder builder() {
    return ImmutableTextOptions.builder();
  }

  /** Markdown text. */
  public static TextOptions markdown(String content) {
    return builder().mode(Mode.MARKDOWN).content(content).build();
  }

  /** How the content is rendered ({@code mode}). */
  public abstract Optional<Mode> mode();

  /** The text, with template variables substituted. */
  public abstract Optional<String> content();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
