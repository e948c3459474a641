package ai.kubiya.runner.deployer.helm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes Helm's release records: marks one superseded, or deletes it. */
final class HelmRecords {
  private final KubernetesClient client;
  private final HelmReleases reader;

  HelmRecords(KubernetesClient client, HelmReleases reader) {
    this.client = client;
    this.reader = reader;
  }

  /**
   * Marks the record superseded, in its {@code status} label and in the release JSON it holds (so
   * {@code helm list} and {@code helm history} agree), keeping everything else. One GET and one PUT
   * with the record's resourceVersion; nothing when the record is gone or already superseded.
   */
  void markSuperseded(HelmRevision revision) {
    HasMetadata record = read(revision);
    if (record == null) {
      return;
    }
    ObjectNode json = reader.releaseJson(record);
    Map<String, String> labels = record.getMetadata().getLabels();
    if ("superseded".equals(json.path("info").path("status").asText())
        && labels != null
        && "superseded".equals(labels.get("status"))) {
      return;
    }
    json.withObjectProperty("info").put("status", HelmStatus.SUPERSEDED.label());
    String encoded = HelmRecordCodec.encode(json);
    Map<String, String> newLabels = new LinkedHashMap<>(labels == null ? Map.of() : labels);
    newLabels.put("status", HelmStatus.SUPERSEDED.label());
    record.getMetadata().setLabels(newLabels);
    record.getMetadata().setManagedFields(null);
    if (record instanceof Secret secret) {
      Map<String, String> data = new LinkedHashMap<>(secret.getData());
      data.put(
          "release",
          Base64.getEncoder().encodeToString(encoded.getBytes(StandardCharsets.US_ASCII)));
      secret.setData(data);
    } else {
      ConfigMap configMap = (ConfigMap) record;
      Map<String, String> data = new LinkedHashMap<>(configMap.getData());
      data.put("release", encoded);
      configMap.setData(data);
    }
    HelmReleases.call(
        "mark " + revision.recordRef() + " superseded", () -> client.resource(record).update());
  }

  /** Deletes the record; nothing when it is gone. */
  void delete(HelmRevision revision) {
    HelmReleases.call(
        "delete " + revision.recordRef(),
        () ->
            revision.storage() == HelmStorage.SECRETS
                ? client
                    .secrets()
                    .inNamespace(revision.namespace())
                    .withName(revision.recordName())
                    .delete()
                : client
                    .configMaps()
                    .inNamespace(revision.namespace())
                    .withName(revision.recordName())
                    .delete());
  }

  private HasMetadata read(HelmRevision revision) {
    return HelmReleases.call(
        "read " + revision.recordRef(),
        () ->
            revision.storage() == HelmStorage.SECRETS
                ? client
                    .secrets()
                    .inNamespace(revision.namespace())
                    .withName(revision.recordName())
                    .get()
                : client
                    .configMaps()
                    .inNamespace(revision.namespace())
                    .withName(revision.recordName())
                    .get());
  }
}
