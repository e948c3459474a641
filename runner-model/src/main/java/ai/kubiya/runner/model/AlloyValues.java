package ai.kubiya.runner.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The Alloy subchart (0.10.1, alias {@code alloy}) and the runner's pipeline switches. */
@Value.Immutable
@JsonSerialize(as = ImmutableAlloyValues.class)
@JsonDeserialize(as = ImmutableAlloyValues.class)
public abstract class AlloyValues implements WithAlloyValues {
  /** Whether Alloy is rendered. */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** Pipeline live debugging in Alloy's UI. */
  public abstract EnabledFlagValues livedebugging();

  /** Optional exporters. */
  public abstract AlloyExtraExportersValues extraExporters();

  /** Scrape intervals. */
  public abstract ScrapeIntervalsValues scrapeIntervals();

  /** The Alloy container. */
  public abstract AlloyContainerValues alloy();

  /** The controller. */
  public abstract AlloyControllerValues controller();

  /**
   * Resources at {@code alloy.resources}: the chart sets them, but the subchart never reads them.
   */
  public abstract Optional<ResourcesValues> resources();

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

  /** A builder of {@code AlloyValues}. */
  public static ImmutableAlloyValues.Builder builder() {
    return ImmutableAlloyValues.builder();
  }
}
