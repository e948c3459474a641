package ai.kubiya.runner.model.internal;

import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.values.ValuesException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts between the plain values tree (maps, lists, scalars, as YAML gives them) and the typed
 * {@link RunnerValues}, with errors that name the value's path.
 */
public final class ValuesCodec {
  private static final Pattern MISSING =
      Pattern.compile("required attributes are not set \\[([^]]*)]");

  private static volatile RunnerValues defaults;

  private ValuesCodec() {}

  /** The chart's default values as a tree; a fresh copy each call ({@link ChartDefaults}). */
  public static Map<String, Object> defaultTree() {
    return ChartDefaults.tree();
  }

  /** The chart's defaults, typed. */
  public static RunnerValues defaults() {
    RunnerValues values = defaults;
    if (values == null) {
      values = bind(defaultTree());
      defaults = values;
    }
    return values;
  }

  /**
   * Binds a merged values tree to the typed model; a wrong type or a missing value fails with its
   * path.
   */
  public static RunnerValues bind(Map<String, Object> tree) {
    checkNoEmptyListElements(tree, new ArrayDeque<>());
    RunnerValues direct = DirectBinder.bind(tree, RunnerValues.class);
    if (direct != null) {
      return direct;
    }
    try {
      return Jackson.MAPPER.convertValue(tree, RunnerValues.class);
    } catch (IllegalArgumentException e) {
      throw translate(
          e.getCause() instanceof JsonMappingException ? (JsonMappingException) e.getCause() : null,
          e,
          tree);
    }
  }

  /**
   * Refuses a list with an empty (null) element, naming its path: {@code --set list[2]=x} on a
   * shorter list leaves the elements before index 2 empty, and the chart cannot render them. {@code
   * path} holds the keys and indexes down to {@code value}; the path text is built only for the
   * error, not for every value walked.
   */
  private static void checkNoEmptyListElements(Object value, Deque<Object> path) {
    if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        path.addLast(String.valueOf(e.getKey()));
        checkNoEmptyListElements(e.getValue(), path);
        path.removeLast();
      }
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        path.addLast(i);
        if (list.get(i) == null) {
          throw new ValuesException(
              pathText(path),
              "empty list element (an index past the end of a list leaves the "
                  + "elements before it empty)");
        }
        checkNoEmptyListElements(list.get(i), path);
        path.removeLast();
      }
    }
  }

  private static String pathText(Deque<Object> path) {
    String text = "";
    for (Object segment : path) {
      text =
          segment instanceof Integer
              ? ValuesPath.index(text, (Integer) segment)
              : ValuesPath.child(text, (String) segment);
    }
    return text;
  }

  /**
   * The typed values as a plain tree, read-only: the top-level values, then each section's own
   * (memoized) tree, then the extras, exactly as the values serialize.
   */
  public static Map<String, Object> toMap(RunnerValues values) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("organization", values.organization());
    tree.put("uuid", values.uuid());
    tree.put("runnerNameOverride", values.runnerNameOverride());
    tree.put("nameOverride", values.nameOverride());
    tree.put("fullnameOverride", values.fullnameOverride());
    List<Object> pullSecrets = DirectBinder.plainList(values.imagePullSecrets());
    tree.put(
        "imagePullSecrets",
        pullSecrets != null ? pullSecrets : Jackson.list(values.imagePullSecrets()));
    tree.put("nats", values.nats().toMap());
    tree.put("registryTls", values.registryTls().toMap());
    tree.put("kubiyaOperator", values.kubiyaOperator().toMap());
    tree.put("agentManager", values.agentManager().toMap());
    tree.put("toolManager", values.toolManager().toMap());
    tree.put("imageUpdater", values.imageUpdater().toMap());
    tree.put("dagger", values.dagger().toMap());
    tree.put("kubestatemetrics", values.kubestatemetrics().toMap());
    tree.put("alloy", values.alloy().toMap());
    for (Map.Entry<String, Object> e : values.extras().entrySet()) {
      tree.putIfAbsent(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(tree);
  }

  /** One section of the values as a plain tree, read-only. */
  public static Map<String, Object> sectionToMap(Object section) {
    Map<String, Object> direct = DirectBinder.toTree(section);
    return Collections.unmodifiableMap(direct != null ? direct : Jackson.tree(section));
  }

  /** The typed values as a plain tree, serialized in one go (what {@link #toMap} must equal). */
  static Map<String, Object> serialize(RunnerValues values) {
    return Jackson.tree(values);
  }

  /**
   * A copy of {@code tree} where every key of the chart's defaults that a map of {@code tree} lacks
   * is {@code null}, Helm's way of saying "removed" when the tree is merged over the defaults
   * again.
   */
  public static Map<String, Object> withRemovals(Map<String, Object> tree) {
    return withRemovals(tree, defaultTree());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withRemovals(
      Map<String, Object> tree, Map<String, Object> defaults) {
    Map<String, Object> out = new LinkedHashMap<>(tree);
    for (Map.Entry<String, Object> d : defaults.entrySet()) {
      Object mine = out.get(d.getKey());
      if (!out.containsKey(d.getKey())) {
        out.put(d.getKey(), null);
      } else if (mine instanceof Map && d.getValue() instanceof Map) {
        out.put(
            d.getKey(),
            withRemovals((Map<String, Object>) mine, (Map<String, Object>) d.getValue()));
      }
    }
    return out;
  }

  /** A values tree as a YAML document. */
  public static String toYaml(Map<String, Object> tree) {
    return YamlWriter.write(tree);
  }

  private static ValuesException translate(
      JsonMappingException e, RuntimeException fallback, Map<String, Object> tree) {
    if (e == null) {
      return new ValuesException(
          "values", "cannot be bound: " + fallback.getClass().getSimpleName());
    }
    String path = ValuesPath.of(e.getPath());
    if (e instanceof ValueInstantiationException) {
      Matcher m = MISSING.matcher(String.valueOf(e.getOriginalMessage()));
      if (m.find()) {
        String first = m.group(1).split(",")[0].trim();
        return new ValuesException(ValuesPath.child(path, first), "required value is missing");
      }
      Throwable cause = e.getCause();
      String why = cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")";
      return new ValuesException(path.isEmpty() ? "values" : path, "invalid value" + why);
    }
    if (e.getCause() instanceof InputCoercionException) {
      String expected = describe(((InputCoercionException) e.getCause()).getTargetType());
      return new ValuesException(
          path.isEmpty() ? "values" : path,
          "expected " + expected + ", got a number out of its range");
    }
    String expected =
        describe(
            e instanceof MismatchedInputException
                ? ((MismatchedInputException) e).getTargetType()
                : null);
    if (e instanceof InvalidFormatException) {
      // the value itself is never shown: a value in the wrong place may be a secret
      Object value = ((InvalidFormatException) e).getValue();
      return new ValuesException(path, "expected " + expected + ", got " + kindOf(value));
    }
    Object value = valueAt(tree, e.getPath());
    String got = value == MISSING_VALUE ? "" : ", got " + kindOf(value);
    return new ValuesException(path.isEmpty() ? "values" : path, "expected " + expected + got);
  }

  private static final Object MISSING_VALUE = new Object();

  /** The value a binding failure's reference chain points at in the tree. */
  private static Object valueAt(Object tree, List<JsonMappingException.Reference> chain) {
    Object at = tree;
    for (JsonMappingException.Reference ref : chain) {
      if (ref.getFieldName() != null && at instanceof Map) {
        Map<?, ?> map = (Map<?, ?>) at;
        if (!map.containsKey(ref.getFieldName())) {
          return MISSING_VALUE;
        }
        at = map.get(ref.getFieldName());
      } else if (ref.getIndex() >= 0
          && at instanceof List
          && ref.getIndex() < ((List<?>) at).size()) {
        at = ((List<?>) at).get(ref.getIndex());
      } else {
        return MISSING_VALUE;
      }
    }
    return at;
  }

  private static String kindOf(Object value) {
    if (value instanceof String) {
      return ((String) value).isEmpty() ? "an empty string" : "a string";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "true or false";
    }
    if (value instanceof Map) {
      return "a map";
    }
    if (value instanceof List) {
      return "a list";
    }
    return value == null ? "nothing" : "a " + value.getClass().getSimpleName();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    // Every section of the values tree is a model type (or its generated builder), read from a map.
    if (Map.class.isAssignableFrom(type)
        || type.getPackageName().equals(RunnerValues.class.getPackageName())) {
      return "a map";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a " + type.getSimpleName();
  }

  /** The YAML writer, made on first use: loading and rendering values never need it. */
  private static final class YamlWriter {
    static final YAMLMapper YAML =
        new YAMLMapper(
            YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .build());

    private YamlWriter() {}

    static String write(Map<String, Object> tree) {
      try {
        return YAML.writeValueAsString(tree);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The Jackson mapper for what {@link DirectBinder} leaves to it (coercions, nulls, errors), made
   * on first use: a render of well-typed values never starts Jackson's databind.
   */
  static final class Jackson {
    static final ObjectMapper MAPPER =
        new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // replicas: 2.5 is a wrong type, not 2 (Helm would render 2.5 and Kubernetes refuse it)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
            // An absent optional value is no key at all (as in the chart's values), not "key:
            // null".
            .setDefaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS));

    static {
      // A switch must be true or false: "false" or 0 would silently turn a subchart off (or on).
      MAPPER
          .coercionConfigFor(LogicalType.Boolean)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }

    /**
     * Kept here, not in the enclosing class: verifying a method that names them loads Jackson's
     * types, which a render of well-typed values never needs.
     */
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {};

    private static final TypeReference<List<Object>> LIST = new TypeReference<>() {};

    private Jackson() {}

    /** {@code value} serialized to a plain tree. */
    static Map<String, Object> tree(Object value) {
      return MAPPER.convertValue(value, TREE);
    }

    /** {@code value} serialized to a plain list. */
    static List<Object> list(Object value) {
      return MAPPER.convertValue(value, LIST);
    }
  }
}
