package ai.kubiya.runner.deployer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The release history, like Helm's storage driver: one Secret per revision in the release's
 * namespace, named {@code kubiya-runner.v1.<release>.v<revision>}, of type {@value #TYPE}, its
 * record gzipped JSON under the key {@code release}. Labels carry release, revision and status so
 * one list request reads a release's whole history.
 */
final class HistoryStore {
  static final String TYPE = "kubiya.ai/runner-release.v1";
  static final String RELEASE_LABEL = "runner.kubiya.ai/history-release";
  static final String REVISION_LABEL = "runner.kubiya.ai/history-revision";
  static final String STATUS_LABEL = "runner.kubiya.ai/history-status";
  static final String OWNER_LABEL = "owner";
  static final String OWNER = "kubiya-runner-sdk";
  private static final String KEY = "release";

  /** The largest gzipped record stored: 1 MiB less 8 KiB for the Secret's metadata and labels. */
  static final int MAX_RECORD_BYTES = 1024 * 1024 - 8 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;
  private final Retrier retrier;

  HistoryStore(KubernetesClient client, Retrier retrier) {
    this.client = client;
    this.retrier = retrier;
  }

  /** The name of a revision's Secret. */
  static String secretName(ReleaseId release, int revision) {
    return "kubiya-runner.v1." + release.name() + ".v" + revision;
  }

  /** A revision record as stored, with the resourceVersion of its Secret. */
  record Stored(RevisionRecord record, String resourceVersion) {
    int revision() {
      return record.revision();
    }

    RevisionStatus status() {
      return record.status();
    }
  }

  /** The release's revisions, oldest first. */
  List<RevisionRecord> list(ReleaseId release) {
    return read(release).stream().map(Stored::record).toList();
  }

  /** The release's revisions as stored, oldest first. */
  List<Stored> read(ReleaseId release) {
    List<Secret> secrets =
        retrier.call(
            "list history of " + release,
            () ->
                client
                    .secrets()
                    .inNamespace(release.namespace())
                    .withLabel(RELEASE_LABEL, release.name())
                    .withLabel(OWNER_LABEL, OWNER)
                    .list()
                    .getItems());
    List<Stored> records = new ArrayList<>();
    for (Secret secret : secrets) {
      if (TYPE.equals(secret.getType())
          && secret.getData() != null
          && secret.getData().containsKey(KEY)) {
        records.add(
            new Stored(
                decode(release, secret.getData().get(KEY)),
                secret.getMetadata().getResourceVersion()));
      }
    }
    records.sort(Comparator.comparingInt(Stored::revision));
    return records;
  }

  /**
   * Refuses a record whose Secret would pass Kubernetes' 1 MiB limit, before anything is written.
   *
   * @throws DeployException naming the revision, its size and the limit
   */
  static void checkSize(RevisionRecord record) {
    int bytes = Base64.getDecoder().decode(encode(record)).length;
    if (bytes > MAX_RECORD_BYTES) {
      throw new DeployException(
          "revision "
              + record.revision()
              + " of release "
              + record.release().name()
              + " is too large to record: "
              + bytes
              + " bytes gzipped, over the "
              + MAX_RECORD_BYTES
              + " bytes a Secret may hold (Kubernetes' 1 MiB limit less room "
              + "for metadata); nothing was"
              + " written; make the values or manifests smaller (for example "
              + "fewer or shorter env values)");
    }
  }

  /**
   * Stores a new revision. A create that finds the Secret is not retried: when the stored record is
   * this one (an earlier try whose answer was lost) it counts as stored, otherwise another
   * operation recorded that revision and this one stops.
   */
  Stored create(RevisionRecord record) {
    checkSize(record);
    Secret secret = secret(record, null);
    try {
      Secret created =
          retrier.callFailingOnConflict(
              "record revision " + record.revision(),
              () -> client.secrets().resource(secret).create());
      return new Stored(record, created.getMetadata().getResourceVersion());
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
      return sameOrConflict(record, "already exists: another operation recorded it", e);
    }
  }

  /**
   * Rewrites a stored revision with a resourceVersion precondition, so a record changed by someone
   * else since it was read is never overwritten. Not retried on 409, except that a record found
   * already equal to {@code next} (an earlier try whose answer was lost) counts as written.
   */
  Stored update(Stored current, RevisionRecord next) {
    checkSize(next);
    Secret secret = secret(next, current.resourceVersion());
    try {
      Secret updated =
          retrier.callFailingOnConflict(
              "mark revision " + next.revision() + " " + next.status().label(),
              () -> client.secrets().resource(secret).update());
      return new Stored(next, updated.getMetadata().getResourceVersion());
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409 && e.getCode() != 404) {
        throw e;
      }
      return sameOrConflict(next, "changed while this operation ran; not overwritten", e);
    }
  }

  private Stored sameOrConflict(
      RevisionRecord wanted, String problem, KubernetesClientException cause) {
    ReleaseId release = wanted.release();
    Secret stored =
        retrier.call(
            "read revision " + wanted.revision(),
            () ->
                client
                    .secrets()
                    .inNamespace(release.namespace())
                    .withName(secretName(release, wanted.revision()))
                    .get());
    if (stored != null
        && stored.getData() != null
        && stored.getData().containsKey(KEY)
        && decode(release, stored.getData().get(KEY)).equals(wanted)) {
      return new Stored(wanted, stored.getMetadata().getResourceVersion());
    }
    String now =
        stored == null
            ? "not found when read back"
            : "now " + stored.getMetadata().getLabels().get(STATUS_LABEL);
    throw new DeployException(
        "revision "
            + wanted.revision()
            + " of release "
            + release.name()
            + " "
            + problem
            + " ("
            + now
            + ")",
        cause);
  }

  private static Secret secret(RevisionRecord record, String resourceVersion) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(secretName(record.release(), record.revision()))
        .withNamespace(record.release().namespace())
        .withResourceVersion(resourceVersion)
        .withLabels(labels(record))
        .endMetadata()
        .withType(TYPE)
        .withData(Map.of(KEY, encode(record)))
        .build();
  }

  /** Deletes a revision. */
  void delete(ReleaseId release, int revision) {
    retrier.call(
        "delete revision " + revision,
        () ->
            client
                .secrets()
                .inNamespace(release.namespace())
                .withName(secretName(release, revision))
                .delete());
  }

  private static Map<String, String> labels(RevisionRecord record) {
    return Map.of(
        OWNER_LABEL, OWNER,
        RELEASE_LABEL, record.release().name(),
        REVISION_LABEL, Integer.toString(record.revision()),
        STATUS_LABEL, record.status().label());
  }

  static String encode(RevisionRecord record) {
    ObjectNode json =
        JSON.createObjectNode()
            .put("revision", record.revision())
            .put("time", record.time().toString())
            .put("chartVersion", record.chartVersion())
            .put("status", record.status().label())
            .put("description", record.description())
            .put("values", record.valuesYaml())
            .put("manifest", record.manifestYaml());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      JSON.writeValue(gzip, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode revision " + record.revision(), e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  static RevisionRecord decode(ReleaseId release, String data) {
    try (GZIPInputStream gzip =
        new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(data)))) {
      JsonNode json = JSON.readTree(gzip);
      return RevisionRecord.builder()
          .release(release)
          .revision(json.path("revision").asInt())
          .time(Instant.parse(json.path("time").asText()))
          .chartVersion(json.path("chartVersion").asText())
          .status(RevisionStatus.ofLabel(json.path("status").asText()))
          .description(json.path("description").asText())
          .valuesYaml(json.path("values").asText())
          .manifestYaml(json.path("manifest").asText())
          .build();
    } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
      throw new DeployException(
          "the history of release " + release + " holds an unreadable revision record", e);
    }
  }
}
