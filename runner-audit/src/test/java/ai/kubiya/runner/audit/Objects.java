package ai.kubiya.runner.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Kubernetes objects from YAML, for the tests. */
final class Objects {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Objects() {}

  static <T extends HasMetadata> T read(String yaml, Class<T> type) {
    try {
      return YAML.readValue(yaml, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A pod named p in namespace ns with this spec (YAML lines indented by two spaces). */
  static Pod pod(String spec) {
    return read(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: ns\nspec:\n" + spec,
        Pod.class);
  }
}
