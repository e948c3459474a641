package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The port a container listens on. */
@Value.Immutable
@JsonSerialize(as = ImmutableContainerPortValues.class)
@JsonDeserialize(as = ImmutableContainerPortValues.class)
public abstract class ContainerPortValues implements WithContainerPortValues {
  /** The container port. */
  public abstract int containerPort();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code ContainerPortValues}. */
  public static ImmutableContainerPortValues.Builder builder() {
    return ImmutableContainerPortValues.builder();
  }
}
