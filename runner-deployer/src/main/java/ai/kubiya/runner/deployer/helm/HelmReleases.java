package ai.kubiya.runner.deployer.helm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads Helm's release records in a namespace, from both of Helm's storage drivers: Secrets of type
 * {@value #SECRET_TYPE} and ConfigMaps, labelled {@code owner: helm}, {@code name}, {@code status}
 * and {@code version}, whose {@code data.release} is the release JSON gzip-compressed then
 * base64-encoded. One list request per driver.
 *
 * <pre>{@code
 * HelmReleases helm = HelmReleases.create(client);
 * for (HelmRelease release : helm.list("kubiya")) {
 *   System.out.println(release.name() + " " + release.latest().status());
 * }
 * HelmRevision deployed = helm.get("acme-prod", "kubiya").deployed().orElseThrow();
 * Map<String, Object> values = deployed.values();     // helm get values
 * String manifest = deployed.manifest();              // helm get manifest
 * }</pre>
 *
 * <p>A corrupt or foreign record (not base64, not gzip, not a release, another release's name, a
 * Secret of another type) is a {@link HelmException} naming the Secret or ConfigMap. Decompression
 * stops at {@link #maxRecordBytes()} (default 32 MiB).
 */
public final class HelmReleases {
  /** The type of Helm's release Secrets. */
  public static final String SECRET_TYPE = "helm.sh/release.v1";

  /** The default bound of a decompressed record. */
  public static final long DEFAULT_MAX_RECORD_BYTES = 32L << 20;

  private final KubernetesClient client;
  private final long maxRecordBytes;

  private HelmReleases(KubernetesClient client, long maxRecordBytes) {
    this.client = Objects.requireNonNull(client, "client");
    this.maxRecordBytes = maxRecordBytes;
  }

  /** A reader on this client (not closed by the reader). */
  public static HelmReleases create(KubernetesClient client) {
    return new HelmReleases(client, DEFAULT_MAX_RECORD_BYTES);
  }

  /** A reader that refuses records decompressing to more than {@code bytes}. */
  public HelmReleases withMaxRecordBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxRecordBytes must be positive");
    }
    return new HelmReleases(client, bytes);
  }

  /** The bound of a decompressed record, in bytes. */
  public long maxRecordBytes() {
    return maxRecordBytes;
  }

  /** Every Helm release of the namespace, by name. */
  public List<HelmRelease> list(String namespace) {
    return releases(namespace, null);
  }

  /** The release, if Helm has any record of it in the namespace. */
  public Optional<HelmRelease> find(String name, String namespace) {
    return releases(namespace, name).stream().findFirst();
  }

  /** The release; a {@link HelmException} when Helm has no record of it. */
  public HelmRelease get(String name, String namespace) {
    return find(name, namespace)
        .orElseThrow(
            () ->
                new HelmException(
                    "no Helm release "
                        + name
                        + " in namespace "
                        + namespace
                        + " (no Secret or ConfigMap labelled owner=helm,name="
                        + name
                        + ")"));
  }

  private List<HelmRelease> releases(String namespace, String name) {
    Map<String, List<HelmRevision>> byName = new LinkedHashMap<>();
    for (Secret secret : secrets(namespace, name)) {
      HelmRevision revision = decode(secret, HelmStorage.SECRETS);
      byName.computeIfAbsent(revision.name(), n -> new ArrayList<>()).add(revision);
    }
    for (ConfigMap configMap : configMaps(namespace, name)) {
      HelmRevision revision = decode(configMap, HelmStorage.CONFIG_MAPS);
      byName.computeIfAbsent(revision.name(), n -> new ArrayList<>()).add(revision);
    }
    List<HelmRelease> releases = new ArrayList<>();
    byName.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry -> {
              List<HelmRevision> revisions = new ArrayList<>(entry.getValue());
              revisions.sort(Comparator.comparingInt(HelmRevision::revision));
              releases.add(
                  HelmRelease.builder()
                      .name(entry.getKey())
                      .namespace(namespace)
                      .revisions(revisions)
                      .build());
            });
    return releases;
  }

  private List<Secret> secrets(String namespace, String name) {
    var secrets = client.secrets().inNamespace(namespace).withLabels(selector(name));
    return call("list Helm release Secrets in " + namespace, () -> secrets.list().getItems());
  }

  private List<ConfigMap> configMaps(String namespace, String name) {
    var configMaps = client.configMaps().inNamespace(namespace).withLabels(selector(name));
    return call("list Helm release ConfigMaps in " + namespace, () -> configMaps.list().getItems());
  }

  private static Map<String, String> selector(String name) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("owner", "helm");
    if (name != null) {
      labels.put("name", name);
    }
    return labels;
  }

  private HelmRevision decode(HasMetadata record, HelmStorage storage) {
    return HelmRecordCodec.revision(
        where(record), releaseJson(record), storage, record.getMetadata().getName());
  }

  /** The release JSON of a record object, checked to be Helm's and to match its labels. */
  ObjectNode releaseJson(HasMetadata record) {
    String where = where(record);
    byte[] helmBase64;
    if (record instanceof Secret secret) {
      if (!SECRET_TYPE.equals(secret.getType())) {
        throw new HelmException(
            where
                + ": labelled owner=helm but of type "
                + secret.getType()
                + ", not "
                + SECRET_TYPE);
      }
      String data = secret.getData() == null ? null : secret.getData().get("release");
      if (data == null) {
        throw new HelmException(where + ": has no data.release");
      }
      try {
        helmBase64 = Base64.getDecoder().decode(data);
      } catch (IllegalArgumentException e) {
        throw new HelmException(where + ": data.release is not base64");
      }
    } else {
      ConfigMap configMap = (ConfigMap) record;
      String data = configMap.getData() == null ? null : configMap.getData().get("release");
      if (data == null) {
        throw new HelmException(where + ": has no data.release");
      }
      helmBase64 = data.getBytes(StandardCharsets.US_ASCII);
    }
    ObjectNode json = HelmRecordCodec.decode(where, helmBase64, maxRecordBytes);
    Map<String, String> labels = record.getMetadata().getLabels();
    String labelled = labels == null ? null : labels.get("name");
    String named = json.path("name").asText("");
    if (labelled != null && !labelled.equals(named)) {
      throw new HelmException(
          where + ": labelled name=" + labelled + " but the record is of release '" + named + "'");
    }
    return json;
  }

  /** {@code Secret ns/name} or {@code ConfigMap ns/name}. */
  static String where(HasMetadata record) {
    return record.getKind()
        + " "
        + record.getMetadata().getNamespace()
        + "/"
        + record.getMetadata().getName();
  }

  static <T> T call(String what, java.util.function.Supplier<T> request) {
    try {
      return request.get();
    } catch (KubernetesClientException e) {
      throw new HelmException(
          what
              + ": "
              + (e.getStatus() != null && e.getStatus().getMessage() != null
                  ? e.getStatus().getMessage()
                  : "HTTP " + e.getCode()),
          e);
    } catch (HelmException e) {
      throw e;
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new HelmException(
          what
              + ": "
              + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : " " + cause.getMessage()),
          e);
    }
  }
}
