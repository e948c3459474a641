package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The tool-manager Service. */
@Value.Immutable
@JsonSerialize(as = ImmutableToolManagerServiceValues.class)
@JsonDeserialize(as = ImmutableToolManagerServiceValues.class)
public abstract class ToolManagerServiceValues implements WithToolManagerServiceValues {
  /** The service port. */
  public abstract int port();

  /** The container port the service targets. */
  public abstract int targetPort();

  /** The service type. */
  @Value.Default
  public String type() {
    return "ClusterIP";
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code ToolManagerServiceValues}. */
  public static ImmutableToolManagerServiceValues.Builder builder() {
    return ImmutableToolManagerServiceValues.builder();
  }
}
