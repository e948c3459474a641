package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A panel's field config: the defaults for every field, and overrides for matching fields. */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldConfig.class)
@JsonDeserialize(as = ImmutableFieldConfig.class)
public abstract class FieldConfig {
  /** These defaults and overrides. */
  public static FieldConfig of(FieldDefaults defaults, FieldOverride... overrides) {
    return ImmutableFieldConfig.builder()
        .defaults(defaults)
        .overrides(Arrays.asList(overrides))
        .build();
  }

  /** Settings for every field ({@code fieldConfig.defaults}); empty by default. */
  @Value.Default
  public FieldDefaults defaults() {
    return FieldDefaults.builder().build();
  }

  /**
   * Settings for the fields a matcher selects ({@code fieldConfig.overrides}), later ones winning.
   */
  public abstract List<FieldOverride> overrides();

  /** Keys this model does not type, kept as read so that a round trip loses nothing. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();
}
