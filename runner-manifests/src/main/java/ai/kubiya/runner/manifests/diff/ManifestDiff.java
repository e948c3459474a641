package ai.kubiya.runner.manifests.diff;

import ai.kubiya.runner.manifests.diff.internal.ManifestReader;
import ai.kubiya.runner.manifests.diff.internal.ManifestReader.Manifest;
import ai.kubiya.runner.manifests.diff.internal.TreeComparer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Semantic comparison of two Kubernetes manifest sets (multi-document YAML), e.g. the chart's
 * {@code helm template} output and the SDK's render.
 *
 * <ul>
 *   <li>Objects are matched by kind, namespace and name; a namespaced object without a namespace is
 *       in {@link #namespace(String)}.
 *   <li>Fields are compared by path; empty values ({@code null}, {@code ""}, {@code {}}, {@code
 *       []}) count as absent; scalars compare by text.
 *   <li>Lists whose elements all carry distinct names (containers, initContainers, env, ports,
 *       volumes, volumeMounts...) are matched by name, regardless of order.
 *   <li>Resource quantities compare by amount ({@code 1000m} = {@code 1}, {@code 1Gi} = {@code
 *       1024Mi}).
 *   <li>Multi-line ConfigMap data (the Alloy config) compares line by line, ignoring blank lines,
 *       comments and indentation.
 *   <li>The value of the {@code app.kubernetes.io/managed-by} label and Helm's own annotations
 *       ({@code helm.sh/*}, {@code meta.helm.sh/*}) are ignored; {@code checksum/*} annotations
 *       must be SHA-256 hex digests.
 *   <li>Secret {@code data}/{@code stringData} values, and env values whose names look secret, are
 *       shown as {@code <redacted>}.
 *   <li>Differences an {@link AllowList} entry matches are marked allowed.
 * </ul>
 *
 * <pre>{@code
 * DiffResult result = ManifestDiff.create()
 *     .namespace("kubiya")
 *     .allow(AllowList.read(Path.of("docs/divergences.allow")))
 *     .compare(Path.of("expected.yaml"), Path.of("actual.yaml"));
 * if (!result.isEqual()) {
 *   System.out.print(DiffFormatter.format(result));
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ManifestDiff {
  private final String namespace;
  private final AllowList allow;

  private ManifestDiff(String namespace, AllowList allow) {
    this.namespace = namespace;
    this.allow = allow;
  }

  /** A comparison with no default namespace and nothing allowed. */
  public static ManifestDiff create() {
    return new ManifestDiff("", AllowList.none());
  }

  /** A copy that places namespaced objects without a namespace in {@code namespace}. */
  public ManifestDiff namespace(String namespace) {
    return new ManifestDiff(namespace == null ? "" : namespace, allow);
  }

  /** A copy that marks the differences {@code allow} matches as allowed. */
  public ManifestDiff allow(AllowList allow) {
    return new ManifestDiff(namespace, allow);
  }

  /**
   * Compares two files.
   *
   * @throws ManifestDiffException naming the file (and line) that is missing or malformed
   */
  public DiffResult compare(Path expected, Path actual) {
    return compare(read(expected), expected.toString(), read(actual), actual.toString());
  }

  /** Compares two YAML streams, named {@code expected} and {@code actual} in error messages. */
  public DiffResult compare(String expectedYaml, String actualYaml) {
    return compare(expectedYaml, "expected", actualYaml, "actual");
  }

  /**
   * Compares two YAML streams, naming them {@code expectedSource} and {@code actualSource} in error
   * messages.
   *
   * @throws ManifestDiffException {@code source:line: reason} for malformed input
   */
  public DiffResult compare(
      String expectedYaml, String expectedSource, String actualYaml, String actualSource) {
    List<Difference> differences = new ArrayList<>();
    Map<ObjectRef, Manifest> expected =
        index(ManifestReader.read(expectedYaml, expectedSource, namespace), differences);
    Map<ObjectRef, Manifest> actual =
        index(ManifestReader.read(actualYaml, actualSource, namespace), differences);
    for (Map.Entry<ObjectRef, Manifest> e : expected.entrySet()) {
      Manifest other = actual.get(e.getKey());
      if (other == null) {
        differences.add(
            whole(
                e.getKey(),
                Difference.Kind.MISSING_OBJECT,
                TreeComparer.describe(e.getKey()),
                Difference.NONE));
      } else {
        TreeComparer.compare(e.getKey(), e.getValue().object(), other.object(), differences);
      }
    }
    for (ObjectRef ref : actual.keySet()) {
      if (!expected.containsKey(ref)) {
        differences.add(
            whole(
                ref,
                Difference.Kind.UNEXPECTED_OBJECT,
                Difference.NONE,
                TreeComparer.describe(ref)));
      }
    }
    List<Difference> marked = new ArrayList<>(differences.size());
    for (Difference d : differences) {
      marked.add(allow.allows(d.line()) ? Difference.builder().from(d).allowed(true).build() : d);
    }
    return DiffResult.builder()
        .differences(marked)
        .expectedObjects(expected.size())
        .actualObjects(actual.size())
        .build();
  }

  private static Map<ObjectRef, Manifest> index(
      List<Manifest> manifests, List<Difference> differences) {
    Map<ObjectRef, Manifest> out = new LinkedHashMap<>();
    for (Manifest m : manifests) {
      if (out.putIfAbsent(m.ref(), m) != null) {
        differences.add(
            whole(
                m.ref(),
                Difference.Kind.DUPLICATE_OBJECT,
                "one " + m.ref().kind(),
                "another at line " + m.line()));
      }
    }
    return out;
  }

  private static Difference whole(
      ObjectRef ref, Difference.Kind kind, String expected, String actual) {
    return Difference.builder()
        .object(ref)
        .path("")
        .kind(kind)
        .expected(expected)
        .actual(actual)
        .build();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ManifestDiffException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new ManifestDiffException(
          file.toString(), "cannot read: " + e.getClass().getSimpleName());
    }
  }
}
