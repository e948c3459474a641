package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An environment variable of a container, as Kubernetes YAML ({@code name} and {@code value} or
 * {@code valueFrom}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEnvVarValues.class)
@JsonDeserialize(as = ImmutableEnvVarValues.class)
public abstract class EnvVarValues implements WithEnvVarValues {
  /** The variable's name. */
  public abstract String name();

  /** The literal value; secret-like names are redacted in {@code toString()}. */
  public abstract Optional<String> value();

  /** A value source (secret or field reference), as Kubernetes YAML. */
  public abstract Optional<Map<String, Object>> valueFrom();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** True when the name says the value is a secret (SECRET, TOKEN, PASSWORD or KEY in it). */
  @JsonIgnore
  public boolean isSecret() {
    return Secrets.isSecretName(name());
  }

  /** {@code name=value}, with the value of secret-like variables redacted. */
  @Override
  public String toString() {
    String shown = value().map(v -> isSecret() ? Secrets.MASK : v).orElse("<valueFrom>");
    return "EnvVarValues{" + name() + "=" + shown + "}";
  }

  /** A builder of {@code EnvVarValues}. */
  public static ImmutableEnvVarValues.Builder builder() {
    return ImmutableEnvVarValues.builder();
  }
}
