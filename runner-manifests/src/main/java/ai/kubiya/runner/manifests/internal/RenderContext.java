package ai.kubiya.runner.manifests.internal;

import ai.kubiya.runner.manifests.InvalidConfigException;
import ai.kubiya.runner.model.ResourcesValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.template.TemplateException;
import ai.kubiya.runner.model.template.ValueTemplate;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.ValidationReport;
import ai.kubiya.runner.naming.ClusterScopedNames;
import ai.kubiya.runner.naming.RunnerNames;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What every component builder needs for one render: the config, its names, its templates, and
 * conversions from values (plain YAML trees) to fabric8 model objects.
 */
public final class RenderContext {

  /** The computed value templates read the runner name from. */
  public static final String RUNNER_NAME_VALUE = "runner_name";

  private final RunnerConfig config;
  private final RunnerNames names;
  private final ClusterScopedNames clusterScopedNames;
  private ValueTemplate template;

  private RenderContext(RunnerConfig config, ClusterScopedNames clusterScopedNames) {
    this.config = config;
    this.names = RunnerNames.of(config);
    this.clusterScopedNames = clusterScopedNames;
  }

  /** The context of rendering this config with chart 0.6.2's cluster-scoped names. */
  public static RenderContext of(RunnerConfig config) {
    return of(config, ClusterScopedNames.CHART);
  }

  /** The context of rendering this config, naming cluster-scoped objects as {@code mode} says. */
  public static RenderContext of(RunnerConfig config, ClusterScopedNames mode) {
    return new RenderContext(config, java.util.Objects.requireNonNull(mode, "mode"));
  }

  /** How cluster-scoped objects are named in this render. */
  public ClusterScopedNames clusterScopedNames() {
    return clusterScopedNames;
  }

  /**
   * The name of a cluster-scoped object the chart names {@code chartName}: the same with {@link
   * ClusterScopedNames#CHART}, unique per release and namespace with {@link
   * ClusterScopedNames#RELEASE}. Use it for the object and for every reference to it.
   */
  public String clusterName(String chartName) {
    return clusterScopedNames.name(chartName, names, namespace());
  }

  public RunnerConfig config() {
    return config;
  }

  public RunnerValues values() {
    return config.values();
  }

  public RunnerNames names() {
    return names;
  }

  public String namespace() {
    return config.namespace();
  }

  public String release() {
    return config.release();
  }

  /**
   * Renders a templated value (the chart's {@code tpl}); an unsupported action fails with the
   * value's path.
   */
  public String tpl(String path, String text) {
    if (!ValueTemplate.isTemplated(text)) {
      return text;
    }
    if (template == null) {
      template = ValueTemplate.of(config.release(), config.namespace(), templateValues());
    }
    try {
      return template.render(path, text);
    } catch (TemplateException e) {
      throw new InvalidConfigException(
          ValidationReport.of(List.of(Finding.error(e.path(), e.detail()))));
    }
  }

  /**
   * What templates see as {@code .Values}: the values, plus {@code runner_name} (the resolved
   * runner name) unless the values set it. Chart 0.6.2's tool-manager env reads {@code
   * .Values.runner_name}, which its values never define, so {@code KUBIYA_RUNNER_NAME} rendered
   * empty; see docs/divergences.md.
   */
  private Map<String, Object> templateValues() {
    Map<String, Object> values = config.values().toMap();
    if (values.containsKey(RUNNER_NAME_VALUE)) {
      return values;
    }
    Map<String, Object> withRunnerName = new LinkedHashMap<>(values);
    withRunnerName.put(RUNNER_NAME_VALUE, names.runnerName());
    return withRunnerName;
  }

  /** Metadata with a name, this namespace and labels. */
  public ObjectMeta meta(String name, Map<String, String> labels) {
    ObjectMeta meta = new ObjectMeta();
    meta.setName(name);
    meta.setNamespace(namespace());
    meta.setLabels(labels);
    return meta;
  }

  /**
   * Metadata of a cluster-scoped object: no namespace, and the name {@link #clusterName(String)}
   * gives {@code chartName}.
   */
  public ObjectMeta clusterMeta(String chartName, Map<String, String> labels) {
    ObjectMeta meta = new ObjectMeta();
    meta.setName(clusterName(chartName));
    meta.setLabels(labels);
    return meta;
  }

  /** Environment variables from a templated map, sorted by name as Helm's {@code range} does. */
  public List<EnvVar> env(String path, Map<String, String> env) {
    List<EnvVar> out = new ArrayList<>(env.size());
    for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
      String value = e.getValue();
      if (ValueTemplate.isTemplated(value)) { // the path only for a value a template renders
        value = tpl(path + "." + e.getKey(), value);
      }
      out.add(new EnvVar(e.getKey(), value, null));
    }
    return out;
  }

  /** Resource requirements, or {@code null} when none are set. */
  public static ResourceRequirements resources(Optional<ResourcesValues> resources) {
    if (resources.isEmpty()
        || (resources.get().limits().isEmpty() && resources.get().requests().isEmpty())) {
      return null;
    }
    ResourceRequirements requirements = new ResourceRequirements();
    if (!resources.get().limits().isEmpty()) {
      requirements.setLimits(quantities(resources.get().limits()));
    }
    if (!resources.get().requests().isEmpty()) {
      requirements.setRequests(quantities(resources.get().requests()));
    }
    return requirements;
  }

  private static Map<String, Quantity> quantities(Map<String, String> values) {
    Map<String, Quantity> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      out.put(e.getKey(), new Quantity(e.getValue()));
    }
    return out;
  }

  /** A values tree (Kubernetes YAML in values) as a fabric8 model object. */
  public static <T> T convert(Object tree, Class<T> type) {
    T direct = DirectConverter.convert(tree, type);
    return direct != null ? direct : Jackson.MAPPER.convertValue(tree, type);
  }

  /** A list of values trees as fabric8 model objects. */
  public static <T> List<T> convertList(List<?> trees, Class<T> type) {
    List<T> direct = DirectConverter.convertList(trees, type);
    if (direct != null) {
      return direct;
    }
    return Jackson.convertList(trees, type);
  }

  /** The Jackson mapper for what {@link DirectConverter} leaves to it, made on first use. */
  static final class Jackson {
    static final ObjectMapper MAPPER =
        new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Jackson() {}

    /**
     * {@code trees} as a list of {@code type}; here, not in the enclosing class, because verifying
     * a method that names Jackson's types loads them, and a render rarely needs them.
     */
    static <T> List<T> convertList(List<?> trees, Class<T> type) {
      JavaType listType = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
      return MAPPER.convertValue(trees, listType);
    }
  }
}
