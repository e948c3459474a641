package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The dagger subchart (dagger-helm 0.3.0, alias {@code dagger}). */
@Value.Immutable
@JsonSerialize(as = ImmutableDaggerValues.class)
@JsonDeserialize(as = ImmutableDaggerValues.class)
public abstract class DaggerValues implements WithDaggerValues {
  /** Whether the dagger engine is rendered. */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** Postfix of the engine's volume mount paths; a template. */
  @Value.Default
  public String volumeMountsPostfix() {
    return "";
  }

  /** The engine. */
  public abstract DaggerEngineValues engine();

  /** Magicache switch. */
  public abstract EnabledFlagValues magicache();

  /** Extra objects. */
  public abstract DaggerAdditionalResourcesValues additionalResources();

  /**
   * This section as a plain map tree, as it appears in {@link RunnerValues#toMap()}; computed once
   * per instance, so configs that share a section (copies made with {@code with*}) share its tree.
   * Read-only.
   */
  @Value.Lazy
  @Value.Auxiliary
  public Map<String, Object> toMap() {
    return ai.kubiya.runner.model.internal.ValuesCodec.sectionToMap(this);
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code DaggerValues}. */
  public static ImmutableDaggerValues.Builder builder() {
    return ImmutableDaggerValues.builder();
  }
}
