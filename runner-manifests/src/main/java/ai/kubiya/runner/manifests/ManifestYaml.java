package ai.kubiya.runner.manifests;

import ai.kubiya.runner.manifests.internal.YamlGenerator;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders Kubernetes objects as YAML documents, the way {@code kubectl} users expect to read them.
 * Objects are walked by {@link ModelYamlWriter} (no Jackson bean serializers to build on a JVM's
 * first render) into {@link YamlGenerator}.
 */
public final class ManifestYaml {
  private ManifestYaml() {}

  /** One object as a YAML document, without a leading {@code ---}. */
  public static String render(HasMetadata object) {
    StringBuilder out = new StringBuilder(2048);
    write(object, out);
    return out.toString();
  }

  /** Several objects as one stream, each document opened by {@code ---}. */
  public static String render(List<? extends HasMetadata> objects) {
    StringBuilder out = new StringBuilder(objects.size() * 2048);
    // one generator for the stream: after each document it stands at the top level again
    try (YamlGenerator generator = new YamlGenerator(out)) {
      for (HasMetadata object : objects) {
        out.append("---\n");
        write(object, generator);
      }
    }
    return out.toString();
  }

  private static void write(HasMetadata object, StringBuilder out) {
    try (YamlGenerator generator = new YamlGenerator(out)) {
      write(object, generator);
    }
  }

  private static void write(HasMetadata object, YamlGenerator generator) {
    try {
      ModelYamlWriter.write(object, generator);
    } catch (IOException e) {
      throw failure(object, e);
    }
  }

  /** One object as Jackson's serializers write it: what {@link #render(HasMetadata)} must equal. */
  static String renderWithJackson(HasMetadata object) {
    StringBuilder out = new StringBuilder(2048);
    try (YamlGenerator generator = new YamlGenerator(out)) {
      JacksonFallback.write(object, generator);
    } catch (IOException e) {
      throw failure(object, e);
    }
    return out.toString();
  }

  private static UncheckedIOException failure(HasMetadata object, IOException e) {
    return new UncheckedIOException(
        "cannot render "
            + object.getKind()
            + "/"
            + object.getMetadata().getName()
            + ": "
            + e.getMessage(),
        e);
  }
}
