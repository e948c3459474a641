package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** Where Alloy reads its configuration. */
@Value.Immutable
@JsonSerialize(as = ImmutableAlloyConfigMapValues.class)
@JsonDeserialize(as = ImmutableAlloyConfigMapValues.class)
public abstract class AlloyConfigMapValues implements WithAlloyConfigMapValues {
  /** Whether the Alloy subchart creates its own ConfigMap (the runner ships its own). */
  @Value.Default
  public boolean create() {
    return false;
  }

  /** The key in the ConfigMap. */
  @Value.Default
  public String key() {
    return "config.alloy";
  }

  /** The ConfigMap name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code AlloyConfigMapValues}. */
  public static ImmutableAlloyConfigMapValues.Builder builder() {
    return ImmutableAlloyConfigMapValues.builder();
  }
}
