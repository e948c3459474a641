package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The dagger engine DaemonSet. */
@Value.Immutable
@JsonSerialize(as = ImmutableDaggerEngineValues.class)
@JsonDeserialize(as = ImmutableDaggerEngineValues.class)
public abstract class DaggerEngineValues implements WithDaggerEngineValues {
  /** Extra labels on every dagger object. */
  public abstract Map<String, String> labels();

  /** The engine's service account switch. */
  public abstract NewServiceAccountValues newServiceAccount();

  /** The engine image. */
  public abstract DaggerImageValues image();

  /** Engine arguments. */
  public abstract List<String> args();

  /** The readiness probe, as Kubernetes YAML. */
  public abstract Map<String, Object> readinessProbe();

  /** The engine's {@code engine.toml}. */
  @Value.Default
  public String config() {
    return "";
  }

  /** Container resources. */
  public abstract Optional<ResourcesValues> resources();

  /** Grace period before the engine is killed. */
  @Value.Default
  public int terminationGracePeriodSeconds() {
    return 300;
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code DaggerEngineValues}. */
  public static ImmutableDaggerEngineValues.Builder builder() {
    return ImmutableDaggerEngineValues.builder();
  }
}
