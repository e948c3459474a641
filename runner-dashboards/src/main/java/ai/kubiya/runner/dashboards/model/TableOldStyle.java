package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A column style of a legacy table panel: which columns ({@code pattern}), their type, unit and
 * coloring.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTableOldStyle.class)
@JsonDeserialize(as = ImmutableTableOldStyle.class)
public abstract class TableOldStyle {
  public static ImmutableTableOldStyle.Builder builder() {
    return ImmutableTableOldStyle.builder();
  }

  /** The columns styled: a name or a {@code /regex/}. */
  public abstract Optional<String> pattern();

  public abstract Optional<String> alias();

  /** {@code number}, {@code string}, {@code date} or {@code hidden}. */
  public abstract Optional<String> type();

  public abstract Optional<String> unit();

  public abstract Optional<Integer> decimals();

  /** {@code cell}, {@code value} or {@code row}. */
  public abstract Optional<String> colorMode();

  public abstract List<String> colors();

  /** Threshold values, as text. */
  public abstract List<String> thresholds();

  public abstract Optional<String> dateFormat();

  public abstract Optional<String> align();

  public abstract Optional<Boolean> link();

  public abstract Optional<Integer> mappingType();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
