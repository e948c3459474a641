package ai.kubiya.runner.deployer.helm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One revision of a Helm release, decoded from Helm's record: number, status, chart, the
 * user-supplied values ({@code helm get values}), the rendered manifest without hooks ({@code helm
 * get manifest}) and the hooks. Values, manifest and hooks may hold secrets and never appear in
 * {@code toString()}.
 */
@Value.Immutable
public abstract class HelmRevision {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The release name. */
  public abstract String name();

  /** The release namespace. */
  public abstract String namespace();

  /** The revision number, from 1. */
  public abstract int revision();

  /** The revision's status. */
  public abstract HelmStatus status();

  /** Helm's description, such as {@code Upgrade complete}. */
  public abstract String description();

  /** The chart's name, such as {@code kubiya-runner}. */
  public abstract String chartName();

  /** The chart's version, such as {@code 0.6.2}. */
  public abstract String chartVersion();

  /** The chart's appVersion, if set. */
  public abstract Optional<String> appVersion();

  /** When the revision was deployed, as Helm wrote it (RFC 3339), if set. */
  public abstract Optional<String> lastDeployed();

  /** The storage driver that holds the record. */
  public abstract HelmStorage storage();

  /** The name of the Secret or ConfigMap holding the record. */
  public abstract String recordName();

  /** The user-supplied values as JSON (Helm's {@code config}); may hold secrets. */
  @Value.Redacted
  public abstract String valuesJson();

  /** The manifest Helm applied, without hooks, as a multi-document YAML stream. */
  @Value.Redacted
  public abstract String manifest();

  /** The hooks. */
  @Value.Redacted
  public abstract List<HelmHook> hooks();

  /**
   * The user-supplied values, as {@code helm get values} shows them (not merged with the chart's
   * defaults), an unmodifiable map in Helm's order; may hold secrets and {@code null}s.
   */
  @Value.Lazy
  public Map<String, Object> values() {
    try {
      Map<String, Object> values =
          JSON.readValue(valuesJson(), new TypeReference<Map<String, Object>>() {});
      return Collections.unmodifiableMap(values == null ? Map.of() : values);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new HelmException(
          storage().kind()
              + " "
              + namespace()
              + "/"
              + recordName()
              + ": config is not a JSON object",
          e);
    }
  }

  /** {@code Kind namespace/name}, naming the record in messages. */
  public String recordRef() {
    return storage().kind() + " " + namespace() + "/" + recordName();
  }

  /** A builder. */
  public static ImmutableHelmRevision.Builder builder() {
    return ImmutableHelmRevision.builder();
  }
}
