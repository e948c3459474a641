package ai.kubiya.runner.deployer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
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

  /** The release's revisions, oldest first. */
  List<RevisionRecord> list(ReleaseId release) {
    List<Secret> secrets = retrier.call("list history of " + release,
        () -> client.secrets().inNamespace(release.namespace())
            .withLabel(RELEASE_LABEL, release.name()).withLabel(OWNER_LABEL, OWNER).list().getItems());
    List<RevisionRecord> records = new ArrayList<>();
    for (Secret secret : secrets) {
      if (TYPE.equals(secret.getType()) && secret.getData() != null && secret.getData().containsKey(KEY)) {
        records.add(decode(release, secret.getData().get(KEY)));
      }
    }
    records.sort(Comparator.comparingInt(RevisionRecord::revision));
    return records;
  }

  /** Stores a new revision. */
  void create(RevisionRecord record) {
    Secret secret = secret(record);
    retrier.call("record revision " + record.revision(), () -> client.secrets().resource(secret).create());
  }

  private static Secret secret(RevisionRecord record) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(secretName(record.release(), record.revision()))
        .withNamespace(record.release().namespace())
        .withLabels(labels(record))
        .endMetadata()
        .withType(TYPE)
        .withData(Map.of(KEY, encode(record)))
        .build();
  }

  /** Rewrites an existing revision (its status and description change), in one merge patch. */
  void update(RevisionRecord record) {
    Secret secret = secret(record);
    retrier.call("update revision " + record.revision(),
        () -> client.secrets().resource(secret).patch(PatchContext.of(PatchType.JSON_MERGE)));
  }

  /** Deletes a revision. */
  void delete(ReleaseId release, int revision) {
    retrier.call("delete revision " + revision,
        () -> client.secrets().inNamespace(release.namespace()).withName(secretName(release, revision)).delete());
  }

  private static Map<String, String> labels(RevisionRecord record) {
    return Map.of(
        OWNER_LABEL, OWNER,
        RELEASE_LABEL, record.release().name(),
        REVISION_LABEL, Integer.toString(record.revision()),
        STATUS_LABEL, record.status().label());
  }

  static String encode(RevisionRecord record) {
    ObjectNode json = JSON.createObjectNode()
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
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(data)))) {
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
      throw new DeployException("the history of release " + release + " holds an unreadable revision record", e);
    }
  }
}
