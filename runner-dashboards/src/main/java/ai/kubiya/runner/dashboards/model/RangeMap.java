package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Maps values from {@code from} to {@code to} (both inclusive) to a result. */
@Value.Immutable
@JsonSerialize(as = ImmutableRangeMap.class)
@JsonDeserialize(as = ImmutableRangeMap.class)
public abstract class RangeMap extends ValueMapping {
  /** A range and its result. */
  public static RangeMap of(double from, double to, MappingResult result) {
    return ImmutableRangeMap.builder()
        .options(ImmutableRangeMapOptions.builder().from(from).to(to).result(result).build())
        .build();
  }

  @Override
  @Value.Default
  public String type() {
    return "range";
  }

  /** The range and what values in it become. */
  public abstract RangeMapOptions options();

  @Override
  public RangeMap withIndexFrom(int index) {
    RangeMapOptions o = options();
    return ImmutableRangeMap.copyOf(this)
        .withOptions(
            ImmutableRangeMapOptions.copyOf(o)
                .withResult(ImmutableMappingResult.copyOf(o.result()).withIndex(index)));
  }

  @Override
  public int resultCount() {
    return 1;
  }

  @Value.Check
  void check() {
    Kinds.require("range map", "range", type());
  }
}
