package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The Alloy container. */
@Value.Immutable
@JsonSerialize(as = ImmutableAlloyContainerValues.class)
@JsonDeserialize(as = ImmutableAlloyContainerValues.class)
public abstract class AlloyContainerValues implements WithAlloyContainerValues {
  /** The container security context, as Kubernetes YAML. */
  public abstract Map<String, Object> securityContext();

  /** Where the configuration comes from. */
  public abstract AlloyConfigMapValues configMap();

  /** Extra environment variables (the remote-write endpoint and credentials). */
  public abstract List<EnvVarValues> extraEnv();

  /** Alloy's {@code --stability.level}. */
  public abstract Optional<String> stabilityLevel();

  /** Container resources (the subchart reads them here, not at {@code alloy.resources}). */
  public abstract Optional<ResourcesValues> resources();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code AlloyContainerValues}. */
  public static ImmutableAlloyContainerValues.Builder builder() {
    return ImmutableAlloyContainerValues.builder();
  }
}
