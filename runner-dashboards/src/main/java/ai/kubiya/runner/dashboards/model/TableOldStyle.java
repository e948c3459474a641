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
  /** A builder; every key is optional. */
  public static ImmutableTableOldStyle.Builder builder() {
    return ImmutableTableOldStyle.builder();
  }

  /** The columns styled: a name or a {@code /regex/}. */
  public abstract Optional<String> pattern();

  /** The column header shown instead of the column's name. */
  public abstract Optional<String> alias();

  /** {@code number}, {@code string}, {@code date} or {@code hidden}. */
  public abstract Optional<String> type();

  /** A Grafana unit id, for {@code number} columns. */
  public abstract Optional<String> unit();

  /** Decimals of {@code number} columns. */
  public abstract Optional<Integer> decimals();

  /** {@code cell}, {@code value} or {@code row}. */
  public abstract Optional<String> colorMode();

  /** The colors of the threshold ranges, one more than {@link #thresholds()}. */
  public abstract List<String> colors();

  /** Threshold values, as text. */
  public abstract List<String> thresholds();

  /** A date format such as {@code YYYY-MM-DD HH:mm:ss}, for {@code date} columns. */
  public abstract Optional<String> dateFormat();

  /** {@code auto}, {@code left}, {@code center} or {@code right}. */
  public abstract Optional<String> align();

  /** Render the cell as a link. */
  public abstract Optional<Boolean> link();

  /** Value mapping kind: 1 maps values, 2 maps ranges. */
  public abstract Optional<Integer> mappingType();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
