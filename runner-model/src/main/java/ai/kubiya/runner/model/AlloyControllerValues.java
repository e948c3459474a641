package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The Alloy controller. */
@Value.Immutable
@JsonSerialize(as = ImmutableAlloyControllerValues.class)
@JsonDeserialize(as = ImmutableAlloyControllerValues.class)
public abstract class AlloyControllerValues implements WithAlloyControllerValues {
  /** Extra pod labels. */
  public abstract Map<String, String> podLabels();

  /** The controller kind; the runner uses {@code deployment}. */
  @Value.Default
  public String type() {
    return "daemonset";
  }

  /** Number of Alloy pods. */
  @Value.Default
  public int replicas() {
    return 1;
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code AlloyControllerValues}. */
  public static ImmutableAlloyControllerValues.Builder builder() {
    return ImmutableAlloyControllerValues.builder();
  }
}
