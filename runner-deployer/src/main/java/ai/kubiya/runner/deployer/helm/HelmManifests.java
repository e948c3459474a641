package ai.kubiya.runner.deployer.helm;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;

/** The objects of a Helm revision: its manifest's documents, then its hooks. */
final class HelmManifests {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private HelmManifests() {}

  /** Every object Helm applied for the revision, hooks last. */
  static List<HasMetadata> objects(HelmRevision revision) {
    List<HasMetadata> objects =
        new ArrayList<>(parse(revision.recordRef() + ": manifest", revision.manifest()));
    for (HelmHook hook : revision.hooks()) {
      objects.addAll(parse(revision.recordRef() + ": hook " + hook.name(), hook.manifest()));
    }
    return objects;
  }

  /** The objects of a multi-document YAML stream; {@code where} names it in errors. */
  static List<HasMetadata> parse(String where, String yaml) {
    List<HasMetadata> objects = new ArrayList<>();
    StringBuilder document = new StringBuilder();
    int index = 0;
    for (String line : (yaml + "\n---").split("\n", -1)) {
      if (line.equals("---") || line.startsWith("--- ")) {
        if (hasContent(document)) {
          objects.add(unmarshal(where, index, document.toString()));
          index++;
        }
        document.setLength(0);
      } else {
        document.append(line).append('\n');
      }
    }
    return objects;
  }

  private static boolean hasContent(StringBuilder document) {
    for (String line : document.toString().split("\n")) {
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        return true;
      }
    }
    return false;
  }

  private static HasMetadata unmarshal(String where, int index, String document) {
    Object object;
    try {
      object = SERIALIZATION.unmarshal(document);
    } catch (RuntimeException e) {
      throw new HelmException(where + " document " + (index + 1) + " is not valid YAML");
    }
    if (!(object instanceof HasMetadata resource)
        || resource.getMetadata() == null
        || resource.getMetadata().getName() == null) {
      throw new HelmException(
          where + " document " + (index + 1) + " is not a Kubernetes object with a name");
    }
    return resource;
  }
}
