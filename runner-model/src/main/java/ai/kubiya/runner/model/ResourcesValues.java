package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Container resource limits and requests, as Kubernetes quantities ({@code cpu}, {@code memory}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResourcesValues.class)
@JsonDeserialize(as = ImmutableResourcesValues.class)
public abstract class ResourcesValues implements WithResourcesValues {
  /** Resource limits by resource name. */
  public abstract Map<String, String> limits();

  /** Resource requests by resource name. */
  public abstract Map<String, String> requests();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code ResourcesValues}. */
  public static ImmutableResourcesValues.Builder builder() {
    return ImmutableResourcesValues.builder();
  }
}
