package ai.kubiya.runner.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The chart's default values tree, loaded once: from the build's {@link TreeSnapshot} of {@code
 * chart-values.yaml} when it matches the YAML, else from the YAML. Apart from {@link ValuesCodec}
 * so that reading the defaults does not start Jackson.
 */
public final class ChartDefaults {
  private static final String YAML = "/ai/kubiya/runner/model/chart-values.yaml";
  private static final String SNAPSHOT = "/ai/kubiya/runner/model/chart-values.bin";
  private static volatile Map<String, Object> cached;

  private ChartDefaults() {}

  /** The chart's default values as a tree; a fresh copy each call. */
  public static Map<String, Object> tree() {
    Map<String, Object> tree = cached;
    if (tree == null) {
      byte[] yaml = resource(YAML);
      if (yaml == null) {
        throw new IllegalStateException("missing resource " + YAML);
      }
      // the build's snapshot of the YAML when it matches it (TreeSnapshot); else the YAML itself
      byte[] snapshot = resource(SNAPSHOT);
      tree = snapshot == null ? null : TreeSnapshot.decode(snapshot, yaml);
      if (tree == null) {
        tree =
            ValuesDocuments.parse(
                new String(yaml, java.nio.charset.StandardCharsets.UTF_8), "chart-values.yaml");
      }
      cached = tree;
    }
    return HelmMerge.deepCopy(tree);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ChartDefaults.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
