package ai.kubiya.runner.deployer;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every release the SDK manages from its history records: one list request for the history
 * Secrets (in one namespace or all), then only the latest revision of each release is decoded.
 */
final class ReleaseLister {
  private final KubernetesClient client;
  private final Retrier retrier;

  ReleaseLister(KubernetesClient client, Retrier retrier) {
    this.client = client;
    this.retrier = retrier;
  }

  /**
   * The releases of one namespace ({@code namespace} non-null) or of all, by namespace then name.
   */
  List<ReleaseSummary> list(String namespace) {
    List<Secret> secrets =
        retrier.call(
            "list releases" + (namespace == null ? " in all namespaces" : " in " + namespace),
            () ->
                (namespace == null
                        ? client.secrets().inAnyNamespace()
                        : client.secrets().inNamespace(namespace))
                    .withLabel(HistoryStore.OWNER_LABEL, HistoryStore.OWNER)
                    .list()
                    .getItems());
    Map<ReleaseId, Secret> latest = new LinkedHashMap<>();
    for (Secret secret : secrets) {
      Map<String, String> labels = secret.getMetadata().getLabels();
      if (!HistoryStore.TYPE.equals(secret.getType())
          || labels == null
          || labels.get(HistoryStore.RELEASE_LABEL) == null
          || revision(secret) < 1) {
        continue;
      }
      ReleaseId release =
          ReleaseId.of(labels.get(HistoryStore.RELEASE_LABEL), secret.getMetadata().getNamespace());
      latest.merge(release, secret, (a, b) -> revision(b) > revision(a) ? b : a);
    }
    List<ReleaseSummary> out = new ArrayList<>();
    latest.forEach(
        (release, secret) ->
            out.add(summary(HistoryStore.decode(release, secret.getData().get("release")))));
    out.sort(
        Comparator.comparing((ReleaseSummary s) -> s.release().namespace())
            .thenComparing(s -> s.release().name()));
    return out;
  }

  private static int revision(Secret secret) {
    try {
      return Integer.parseInt(
          secret.getMetadata().getLabels().getOrDefault(HistoryStore.REVISION_LABEL, ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static ReleaseSummary summary(RevisionRecord record) {
    Map<String, String> images = new LinkedHashMap<>();
    if (!record.manifestYaml().isBlank()) {
      for (HasMetadata object : ManifestCodec.parse(record.manifestYaml())) {
        Workloads.template(object)
            .ifPresent(
                t -> {
                  for (Container container : t.getSpec().getContainers()) {
                    images.putIfAbsent(container.getName(), container.getImage());
                  }
                });
      }
    }
    return ReleaseSummary.builder()
        .release(record.release())
        .revision(record.revision())
        .status(record.status())
        .updated(record.time())
        .chartVersion(record.chartVersion())
        .description(record.description())
        .images(images)
        .build();
  }
}
