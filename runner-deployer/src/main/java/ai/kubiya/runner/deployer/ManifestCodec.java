package ai.kubiya.runner.deployer;

import ai.kubiya.runner.manifests.ManifestSet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;

/** Reads back the manifest YAML stored in a revision record. */
final class ManifestCodec {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private ManifestCodec() {}

  /** The objects of a multi-document YAML stream written by {@link ManifestSet#toYaml()}. */
  static ManifestSet parse(String yaml) {
    List<HasMetadata> objects = new ArrayList<>();
    StringBuilder document = new StringBuilder();
    for (String line : yaml.split("\n", -1)) {
      if (line.equals("---")) {
        add(document, objects);
        document.setLength(0);
      } else {
        document.append(line).append('\n');
      }
    }
    add(document, objects);
    return ManifestSet.of(objects);
  }

  private static void add(StringBuilder document, List<HasMetadata> objects) {
    if (!document.toString().isBlank()) {
      objects.add(SERIALIZATION.unmarshal(document.toString(), HasMetadata.class));
    }
  }
}
