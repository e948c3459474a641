package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Maps a special value (null, NaN, true, false, empty) to a result. */
@Value.Immutable
@JsonSerialize(as = ImmutableSpecialValueMap.class)
@JsonDeserialize(as = ImmutableSpecialValueMap.class)
public abstract class SpecialValueMap extends ValueMapping {
  /** The special values Grafana can match. */
  public enum Match {
    @JsonProperty("null")
    NULL,
    @JsonProperty("nan")
    NAN,
    @JsonProperty("null+nan")
    NULL_AND_NAN,
    @JsonProperty("true")
    TRUE,
    @JsonProperty("false")
    FALSE,
    @JsonProperty("empty")
    EMPTY
  }

  /** A special value and its result. */
  public static SpecialValueMap of(Match match, MappingResult result) {
    return ImmutableSpecialValueMap.builder()
        .options(ImmutableSpecialValueMapOptions.builder().match(match).result(result).build())
        .build();
  }

  @Override
  @Value.Default
  public String type() {
    return "special";
  }

  public abstract SpecialValueMapOptions options();

  @Override
  public SpecialValueMap withIndexFrom(int index) {
    SpecialValueMapOptions o = options();
    return ImmutableSpecialValueMap.copyOf(this)
        .withOptions(
            ImmutableSpecialValueMapOptions.copyOf(o)
                .withResult(ImmutableMappingResult.copyOf(o.result()).withIndex(index)));
  }

  @Override
  public int resultCount() {
    return 1;
  }

  @Value.Check
  protected void check() {
    Kinds.require("special value map", "special", type());
  }
}
