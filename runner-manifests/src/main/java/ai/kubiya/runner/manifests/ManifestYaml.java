package ai.kubiya.runner.manifests;

import ai.kubiya.runner.manifests.internal.YamlGenerator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Renders Kubernetes objects as YAML documents, the way {@code kubectl} users expect to read them. */
public final class ManifestYaml {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private ManifestYaml() {}

  /** One object as a YAML document, without a leading {@code ---}. */
  public static String render(HasMetadata object) {
    StringBuilder out = new StringBuilder(2048);
    write(object, out);
    return out.toString();
  }

  /** Several objects as one stream, each document opened by {@code ---}. */
  public static String render(List<? extends HasMetadata> objects) {
    StringBuilder out = new StringBuilder(objects.size() * 1536);
    for (HasMetadata object : objects) {
      out.append("---\n");
      write(object, out);
    }
    return out.toString();
  }

  private static void write(HasMetadata object, StringBuilder out) {
    try (YamlGenerator generator = new YamlGenerator(out)) {
      MAPPER.writeValue(generator, object);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot render " + object.getKind() + "/" + object.getMetadata().getName() + ": " + e.getMessage(), e);
    }
  }
}
