package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The image-updater CronJob's schedule and history. */
@Value.Immutable
@JsonSerialize(as = ImmutableCronJobValues.class)
@JsonDeserialize(as = ImmutableCronJobValues.class)
public abstract class CronJobValues implements WithCronJobValues {
  /** Whether the CronJob and its RBAC are rendered. */
  @Value.Default
  public boolean create() {
    return true;
  }

  /** The cron schedule. */
  public abstract String schedule();

  /** Whether the CronJob is suspended. */
  @Value.Default
  public boolean suspend() {
    return false;
  }

  /** Successful jobs kept. */
  public abstract int successfulJobsHistoryLimit();

  /** Failed jobs kept. */
  public abstract int failedJobsHistoryLimit();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code CronJobValues}. */
  public static ImmutableCronJobValues.Builder builder() {
    return ImmutableCronJobValues.builder();
  }
}
