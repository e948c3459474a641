package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A component's service account: whether the chart creates it, its name, token mounting. */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceAccountValues.class)
@JsonDeserialize(as = ImmutableServiceAccountValues.class)
public abstract class ServiceAccountValues implements WithServiceAccountValues {
  /** Whether the chart creates the service account. */
  @Value.Default
  public boolean create() {
    return true;
  }

  /** The account's name; empty means the generated default. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Whether pods mount the account's token. */
  @Value.Default
  public boolean automountServiceAccountToken() {
    return true;
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code ServiceAccountValues}. */
  public static ImmutableServiceAccountValues.Builder builder() {
    return ImmutableServiceAccountValues.builder();
  }
}
