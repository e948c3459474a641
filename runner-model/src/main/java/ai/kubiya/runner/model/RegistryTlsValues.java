package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The TLS certificate and key (base64 PEM) of the private registry tool-manager trusts. */
@Value.Immutable
@JsonSerialize(as = ImmutableRegistryTlsValues.class)
@JsonDeserialize(as = ImmutableRegistryTlsValues.class)
public abstract class RegistryTlsValues implements WithRegistryTlsValues {
  /** The certificate, base64 of PEM. */
  @Value.Default
  public String crt() {
    return "";
  }

  /** The private key, base64 of PEM. */
  @Value.Redacted
  @Value.Default
  public String key() {
    return "";
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

  /** A builder of {@code RegistryTlsValues}. */
  public static ImmutableRegistryTlsValues.Builder builder() {
    return ImmutableRegistryTlsValues.builder();
  }
}
