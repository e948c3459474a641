package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** Optional exporters of the pipeline. */
@Value.Immutable
@JsonSerialize(as = ImmutableAlloyExtraExportersValues.class)
@JsonDeserialize(as = ImmutableAlloyExtraExportersValues.class)
public abstract class AlloyExtraExportersValues implements WithAlloyExtraExportersValues {
  /** The cAdvisor exporter. */
  public abstract EnabledFlagValues cadvisor();

  /** Keys this SDK does not model, kept in order so nothing a user sets is lost. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** A builder of {@code AlloyExtraExportersValues}. */
  public static ImmutableAlloyExtraExportersValues.Builder builder() {
    return ImmutableAlloyExtraExportersValues.builder();
  }
}
