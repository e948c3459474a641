package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A switch that creates an optional object. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateFlagValues.class)
@JsonDeserialize(as = ImmutableCreateFlagValues.class)
public abstract class CreateFlagValues implements WithCreateFlagValues {
  /** Whether the object is created. */
  @Value.Default
  public boolean create() {
    return false;
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code CreateFlagValues}. */
  public static ImmutableCreateFlagValues.Builder builder() {
    return ImmutableCreateFlagValues.builder();
  }
}
