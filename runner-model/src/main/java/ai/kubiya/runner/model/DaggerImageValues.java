package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The dagger engine image reference. */
@Value.Immutable
@JsonSerialize(as = ImmutableDaggerImageValues.class)
@JsonDeserialize(as = ImmutableDaggerImageValues.class)
public abstract class DaggerImageValues implements WithDaggerImageValues {
  /** The full image reference. */
  public abstract String ref();

  /** The image pull policy. */
  @Value.Default
  public String pullPolicy() {
    return "IfNotPresent";
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code DaggerImageValues}. */
  public static ImmutableDaggerImageValues.Builder builder() {
    return ImmutableDaggerImageValues.builder();
  }
}
