package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A container image: repository, tag and pull policy. */
@Value.Immutable
@JsonSerialize(as = ImmutableImageValues.class)
@JsonDeserialize(as = ImmutableImageValues.class)
public abstract class ImageValues implements WithImageValues {
  /** The image repository, e.g. {@code ghcr.io/kubiyabot/agent-manager}. */
  public abstract String repository();

  /** The image pull policy. */
  @Value.Default
  public String pullPolicy() {
    return "IfNotPresent";
  }

  /** The image tag. */
  public abstract String tag();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code ImageValues}. */
  public static ImmutableImageValues.Builder builder() {
    return ImmutableImageValues.builder();
  }
}
