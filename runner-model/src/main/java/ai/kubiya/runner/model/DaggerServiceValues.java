package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The dagger engine's headless Service. */
@Value.Immutable
@JsonSerialize(as = ImmutableDaggerServiceValues.class)
@JsonDeserialize(as = ImmutableDaggerServiceValues.class)
public abstract class DaggerServiceValues implements WithDaggerServiceValues {
  /** Whether the Service is rendered. */
  @Value.Default
  public boolean create() {
    return true;
  }

  /** The Service name. */
  public abstract String name();

  /** The Service port. */
  public abstract int port();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code DaggerServiceValues}. */
  public static ImmutableDaggerServiceValues.Builder builder() {
    return ImmutableDaggerServiceValues.builder();
  }
}
