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

/** Options of table panels: header, cell height, footer, initial sort, and which frame to show. */
@Value.Immutable
@JsonSerialize(as = ImmutableTableOptions.class)
@JsonDeserialize(as = ImmutableTableOptions.class)
public abstract class TableOptions {
  /** Row heights. */
  public enum CellHeight {
    /** {@code sm}: small rows. */
    @JsonProperty("sm")
    SMALL,
    /** {@code md}: medium rows. */
    @JsonProperty("md")
    MEDIUM,
    /** {@code lg}: large rows. */
    @JsonProperty("lg")
    LARGE
  }

  /** A builder; every option is optional. */
  public static ImmutableTableOptions.Builder builder() {
    return ImmutableTableOptions.builder();
  }

  /** Show the header row. */
  public abstract Optional<Boolean> showHeader();

  /** Row height ({@code cellHeight}). */
  public abstract Optional<CellHeight> cellHeight();

  /** The footer. */
  public abstract Optional<TableFooterOptions> footer();

  /** The initial sort. */
  public abstract List<TableSortBy> sortBy();

  /** Which data frame to show when queries return several. */
  public abstract Optional<Integer> frameIndex();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
