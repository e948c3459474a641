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
    /** {@code null}: missing values. */
    @JsonProperty("null")
    NULL,
    /** {@code nan}: NaN. */
    @JsonProperty("nan")
    NAN,
    /** {@code null+nan}: missing values and NaN. */
    @JsonProperty("null+nan")
    NULL_AND_NAN,
    /** {@code true}: the boolean true. */
    @JsonProperty("true")
    TRUE,
    /** {@code false}: the boolean false. */
    @JsonProperty("false")
    FALSE,
    /** {@code empty}: the empty text. */
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

  /** The special value and what it becomes. */
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
  void check() {
    Kinds.require("special value map", "special", type());
  }
}
