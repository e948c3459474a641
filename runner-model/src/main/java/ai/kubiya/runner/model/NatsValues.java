package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** NATS credentials (base64 of whole {@code .creds} files), destination subject and server URL. */
@Value.Immutable
@JsonSerialize(as = ImmutableNatsValues.class)
@JsonDeserialize(as = ImmutableNatsValues.class)
public abstract class NatsValues implements WithNatsValues {
  /** The runner's credentials (secret {@code kubiya-runner-nats-creds-runner}). */
  @Value.Redacted
  @Value.Default
  public String jwt() {
    return "";
  }

  /** The customer-side credentials (secret {@code kubiya-runner-nats-creds-customer}). */
  @Value.Redacted
  @Value.Default
  public String secondJwt() {
    return "";
  }

  /** The NATS subject the runner publishes to. */
  @Value.Default
  public String subject() {
    return "";
  }

  /** The NATS server URL. */
  @Value.Default
  public String serverUrl() {
    return "tls://connect.ngs.global";
  }

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

  /** A builder of {@code NatsValues}. */
  public static ImmutableNatsValues.Builder builder() {
    return ImmutableNatsValues.builder();
  }
}
