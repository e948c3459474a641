package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** The HTTP GET action of a probe. */
@Value.Immutable
@JsonSerialize(as = ImmutableHttpGetValues.class)
@JsonDeserialize(as = ImmutableHttpGetValues.class)
public abstract class HttpGetValues implements WithHttpGetValues {
  /** The path probed. */
  @Value.Default
  public String path() {
    return "";
  }

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code HttpGetValues}. */
  public static ImmutableHttpGetValues.Builder builder() {
    return ImmutableHttpGetValues.builder();
  }
}
