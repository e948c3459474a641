package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The table footer: a reducer row, or a row count, and pagination. */
@Value.Immutable
@JsonSerialize(as = ImmutableTableFooterOptions.class)
@JsonDeserialize(as = ImmutableTableFooterOptions.class)
public abstract class TableFooterOptions {
  /** A builder; every key is optional. */
  public static ImmutableTableFooterOptions.Builder builder() {
    return ImmutableTableFooterOptions.builder();
  }

  /** Show the footer. */
  public abstract Optional<Boolean> show();

  /** Reducer ids of the footer row. */
  public abstract List<String> reducer();

  /** The fields to reduce: empty text for all numeric fields, or a list of names. */
  public abstract Optional<JsonNode> fields();

  /** Show the number of rows instead of reducers. */
  public abstract Optional<Boolean> countRows();

  /** Page the rows instead of scrolling. */
  public abstract Optional<Boolean> enablePagination();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
