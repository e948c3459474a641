package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The image-updater component. */
@Value.Immutable
@JsonSerialize(as = ImmutableImageUpdaterValues.class)
@JsonDeserialize(as = ImmutableImageUpdaterValues.class)
public abstract class ImageUpdaterValues implements WithImageUpdaterValues {
  /** The CronJob. */
  public abstract CronJobValues cronJob();

  /** The updater image. */
  public abstract ImageValues image();

  /** The updater service account. */
  public abstract ServiceAccountValues serviceAccount();

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

  /** A builder of {@code ImageUpdaterValues}. */
  public static ImmutableImageUpdaterValues.Builder builder() {
    return ImmutableImageUpdaterValues.builder();
  }
}
