package ai.kubiya.runner.model.values;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.internal.ChartDefaults;
import ai.kubiya.runner.model.internal.HelmMerge;
import ai.kubiya.runner.model.internal.SetExpressions;
import ai.kubiya.runner.model.internal.ValuesCodec;
import ai.kubiya.runner.model.internal.ValuesDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a {@link RunnerConfig} the way {@code helm template -f a.yaml -f b.yaml --set k=v} would:
 * the values documents in order (maps merge deeply, lists and scalars replace), then every {@code
 * --set} expression, all over the chart's defaults ({@code null} removes a key).
 *
 * <pre>{@code
 * RunnerConfig config = RunnerConfigLoader.create()
 *     .release("demo")
 *     .namespace("kubiya")
 *     .valuesFile(Path.of("overrides.yaml"))
 *     .set("agentManager.replicas=3,organization=acme")
 *     .load();
 * }</pre>
 *
 * <p>Not thread-safe; a loader is cheap, make one per load.
 */
public final class RunnerConfigLoader {
  private final List<Document> documents = new ArrayList<>();
  private final SetExpressions sets = new SetExpressions();
  private String release = "";
  private String namespace = "default";

  private RunnerConfigLoader() {}

  /** A loader starting from the chart's defaults. */
  public static RunnerConfigLoader create() {
    return new RunnerConfigLoader();
  }

  /** The Helm release name. */
  public RunnerConfigLoader release(String release) {
    this.release = release;
    return this;
  }

  /** The namespace (Helm's {@code --namespace}); {@code default} unless set. */
  public RunnerConfigLoader namespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  /** A values file, applied after the ones added before it. */
  public RunnerConfigLoader valuesFile(Path file) {
    documents.add(new Document(file, null, null, null));
    return this;
  }

  /** Several values files, in order. */
  public RunnerConfigLoader valuesFiles(List<Path> files) {
    for (Path file : files) {
      valuesFile(file);
    }
    return this;
  }

  /** A values document given as text; {@code source} names it in errors. */
  public RunnerConfigLoader valuesYaml(String source, String yaml) {
    documents.add(new Document(null, source, yaml, null));
    return this;
  }

  /** A values tree given as maps. */
  public RunnerConfigLoader values(Map<String, Object> tree) {
    documents.add(new Document(null, null, null, tree));
    return this;
  }

  /** A Helm {@code --set} expression; applied after every values document. */
  public RunnerConfigLoader set(String expression) {
    sets.add(expression);
    return this;
  }

  /** Several {@code --set} expressions, in order. */
  public RunnerConfigLoader sets(List<String> expressions) {
    for (String expression : expressions) {
      set(expression);
    }
    return this;
  }

  /** A Helm {@code --set-string} expression: values stay strings. */
  public RunnerConfigLoader setString(String expression) {
    sets.addString(expression);
    return this;
  }

  /**
   * The merged values tree, as Helm computes it: the documents layered in order, every {@code
   * --set} applied to that (so {@code list[1].value=x} changes an element of a list a file
   * defines), and the result merged over the chart's defaults.
   */
  public Map<String, Object> mergedTree() {
    return HelmMerge.merge(ChartDefaults.tree(), suppliedTree());
  }

  /**
   * The values the documents and {@code --set} expressions supply, layered as {@link #mergedTree()}
   * layers them, without the chart's defaults: whatever is secret in a config comes from here (the
   * defaults are the chart's, and public).
   */
  public Map<String, Object> suppliedTree() {
    Map<String, Object> user = new LinkedHashMap<>();
    for (Document document : documents) {
      user = HelmMerge.layer(user, document.read());
    }
    return sets.applyTo(user);
  }

  /**
   * The loaded config.
   *
   * @throws ValuesException when a file is missing or malformed, or a value has the wrong type
   */
  public RunnerConfig load() {
    return RunnerConfig.of(release, namespace, ValuesCodec.bind(mergedTree()));
  }

  /**
   * One values document, read when the tree is made: a file, a text, or a tree. A class, not a
   * lambda per kind: a fresh JVM spins a class for each lambda.
   */
  private static final class Document {
    private final Path file;
    private final String source;
    private final String yaml;
    private final Map<String, Object> tree;

    Document(Path file, String source, String yaml, Map<String, Object> tree) {
      this.file = file;
      this.source = source;
      this.yaml = yaml;
      this.tree = tree;
    }

    Map<String, Object> read() {
      if (file != null) {
        return ValuesDocuments.read(file);
      }
      return yaml != null ? ValuesDocuments.parse(yaml, source) : tree;
    }
  }
}
