package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A switch that enables an optional feature. */
@Value.Immutable
@JsonSerialize(as = ImmutableEnabledFlagValues.class)
@JsonDeserialize(as = ImmutableEnabledFlagValues.class)
public abstract class EnabledFlagValues implements WithEnabledFlagValues {
  /** Whether the feature is enabled. */
  @Value.Default
  public boolean enabled() {
    return false;
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code EnabledFlagValues}. */
  public static ImmutableEnabledFlagValues.Builder builder() {
    return ImmutableEnabledFlagValues.builder();
  }
}
