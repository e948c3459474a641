package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The dagger engine's service account switch. */
@Value.Immutable
@JsonSerialize(as = ImmutableNewServiceAccountValues.class)
@JsonDeserialize(as = ImmutableNewServiceAccountValues.class)
public abstract class NewServiceAccountValues implements WithNewServiceAccountValues {
  /** The account's name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** Whether the subchart creates the account. */
  @Value.Default
  public boolean create() {
    return true;
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code NewServiceAccountValues}. */
  public static ImmutableNewServiceAccountValues.Builder builder() {
    return ImmutableNewServiceAccountValues.builder();
  }
}
