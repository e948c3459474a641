package ai.kubiya.runner.manifests;

import ai.kubiya.runner.manifests.internal.YamlWriter;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders Kubernetes objects as YAML documents, the way {@code kubectl} users expect to read them.
 * Objects are walked by {@link ModelYamlWriter} (no Jackson bean serializers to build on a JVM's
 * first render) into a {@link YamlWriter}.
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
    // one writer for the stream: after each document it stands at the top level again
    YamlWriter writer = new YamlWriter(out);
    for (HasMetadata object : objects) {
      out.append("---\n");
      write(object, writer);
    }
    return out.toString();
  }

  private static void write(HasMetadata object, StringBuilder out) {
    write(object, new YamlWriter(out));
  }

  private static void write(HasMetadata object, YamlWriter writer) {
    try {
      ModelYamlWriter.write(object, writer);
    } catch (IOException e) {
      throw failure(object, e);
    }
  }

  /** One object as Jackson's serializers write it: what {@link #render(HasMetadata)} must equal. */
  static String renderWithJackson(HasMetadata object) {
    StringBuilder out = new StringBuilder(2048);
    try {
      JacksonFallback.write(object, new YamlWriter(out));
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
