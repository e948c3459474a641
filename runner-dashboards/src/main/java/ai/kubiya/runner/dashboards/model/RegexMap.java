package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Maps text matching a regular expression to a result. */
@Value.Immutable
@JsonSerialize(as = ImmutableRegexMap.class)
@JsonDeserialize(as = ImmutableRegexMap.class)
public abstract class RegexMap extends ValueMapping {
  /** A pattern and its result. */
  public static RegexMap of(String pattern, MappingResult result) {
    return ImmutableRegexMap.builder()
        .options(ImmutableRegexMapOptions.builder().pattern(pattern).result(result).build())
        .build();
  }

  @Override
  @Value.Default
  public String type() {
    return "regex";
  }

  /** The pattern and what matching values become. */
  public abstract RegexMapOptions options();

  @Override
  public RegexMap withIndexFrom(int index) {
    RegexMapOptions o = options();
    return ImmutableRegexMap.copyOf(this)
        .withOptions(
            ImmutableRegexMapOptions.copyOf(o)
                .withResult(ImmutableMappingResult.copyOf(o.result()).withIndex(index)));
  }

  @Override
  public int resultCount() {
    return 1;
  }

  @Value.Check
  void check() {
    Kinds.require("regex map", "regex", type());
  }
}
