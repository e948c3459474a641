package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/** Maps exact values ({@code "0"}, {@code "100"}, {@code "ok"}) to results. */
@Value.Immutable
@JsonSerialize(as = ImmutableValueMap.class)
@JsonDeserialize(as = ImmutableValueMap.class)
public abstract class ValueMap extends ValueMapping {
  @Override
  @Value.Default
  public String type() {
    return "value";
  }

  /** Result per value, in order. */
  public abstract Map<String, MappingResult> options();

  @Override
  public ValueMap withIndexFrom(int index) {
    Map<String, MappingResult> numbered = new LinkedHashMap<>();
    int i = index;
    for (Map.Entry<String, MappingResult> e : options().entrySet()) {
      numbered.put(e.getKey(), ImmutableMappingResult.copyOf(e.getValue()).withIndex(i++));
    }
    return ImmutableValueMap.copyOf(this).withOptions(numbered);
  }

  @Override
  public int resultCount() {
    return options().size();
  }

  @Value.Check
  void check() {
    Kinds.require("value map", "value", type());
  }
}
