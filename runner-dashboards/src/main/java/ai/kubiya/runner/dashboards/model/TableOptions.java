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
    @JsonProperty("sm")
    SMALL,
    @JsonProperty("md")
    MEDIUM,
    @JsonProperty("lg")
    LARGE
  }

  public static ImmutableTableOptions.Builder builder() {
    return ImmutableTableOptions.builder();
  }

  public abstract Optional<Boolean> showHeader();

  public abstract Optional<CellHeight> cellHeight();

  public abstract Optional<TableFooterOptions> footer();

  public abstract List<TableSortBy> sortBy();

  /** Which data frame to show when queries return several. */
  public abstract Optional<Integer> frameIndex();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
