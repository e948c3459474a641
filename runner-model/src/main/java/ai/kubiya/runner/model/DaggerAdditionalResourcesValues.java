package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** Extra dagger objects. */
@Value.Immutable
@JsonSerialize(as = ImmutableDaggerAdditionalResourcesValues.class)
@JsonDeserialize(as = ImmutableDaggerAdditionalResourcesValues.class)
public abstract class DaggerAdditionalResourcesValues
    implements WithDaggerAdditionalResourcesValues {
  /** The optional dagger Role. */
  public abstract CreateFlagValues role();

  /** The optional dagger RoleBinding. */
  public abstract CreateFlagValues roleBinding();

  /** The headless Service tool-manager reaches the engine through. */
  public abstract DaggerServiceValues service();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code DaggerAdditionalResourcesValues}. */
  public static ImmutableDaggerAdditionalResourcesValues.Builder builder() {
    return ImmutableDaggerAdditionalResourcesValues.builder();
  }
}
