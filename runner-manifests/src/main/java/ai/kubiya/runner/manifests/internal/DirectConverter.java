package ai.kubiya.runner.manifests.internal;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts values trees (Kubernetes YAML inside the values: volumes, mounts, probes, security
 * contexts) to fabric8 model objects through their setters, without Jackson's introspection, which
 * costs most of a first render in a fresh JVM. It converts only what it can convert exactly as
 * {@link RenderContext}'s Jackson mapper would: plain beans of fabric8's model whose properties are
 * strings, integers, booleans, lists, string-keyed maps and such beans, every value already of its
 * property's type; unknown keys go to the bean's additional properties, as Jackson puts them.
 * Anything else (a quantity, an int-or-string, a coercion, a null) makes it give up, and the caller
 * converts with Jackson. {@code DirectConverterTest} checks it against Jackson.
 *
 * <p>The beans {@link BeanIndex} holds are made and filled by code generated at build time ({@link
 * BeanSetters}): direct constructor and setter calls, so a conversion creates no {@code Method}
 * (which would load every class named by any of the bean's methods: a {@code Volume}'s thirty
 * sources, its builder and fluent) and invokes nothing reflectively. Without that code (an IDE
 * build) the methods are looked up by the index's names, and without an index entry by reflection.
 */
final class DirectConverter {
  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";
  private static final Map<Class<?>, Bean> BEANS = new ConcurrentHashMap<>();

  private DirectConverter() {}

  /** {@code tree} as {@code type}, or null when Jackson must convert it. */
  static <T> T convert(Object tree, Class<T> type) {
    try {
      return type.cast(value(tree, type));
    } catch (GiveUp e) {
      return null;
    }
  }

  /** Each tree as {@code type}, or null when Jackson must convert them. */
  static <T> List<T> convertList(List<?> trees, Class<T> type) {
    try {
      List<T> out = new ArrayList<>(trees.size());
      for (Object tree : trees) {
        out.add(type.cast(value(tree, type)));
      }
      return out;
    } catch (GiveUp e) {
      return null;
    }
  }

  private static Object value(Object value, Type type) {
    if (value == null) {
      throw GiveUp.INSTANCE;
    }
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return exactly(value, String.class);
    }
    if (raw == Integer.class || raw == int.class) {
      return exactly(value, Integer.class);
    }
    if (raw == Long.class || raw == long.class) {
      return value instanceof Integer ? Long.valueOf((Integer) value) : exactly(value, Long.class);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return exactly(value, Boolean.class);
    }
    if (raw == Object.class) {
      return plain(value);
    }
    if (raw == List.class) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) exactly(value, List.class)) {
        out.add(value(item, argument(type, 0)));
      }
      return out;
    }
    if (raw == Map.class) {
      if (argument(type, 0) != String.class) {
        throw GiveUp.INSTANCE;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) exactly(value, Map.class)).entrySet()) {
        out.put(key(e.getKey()), value(e.getValue(), argument(type, 1)));
      }
      return out;
    }
    Bean bean = BEANS.get(raw);
    if (bean == null) { // no method reference: each spins a class in a fresh JVM
      bean = Bean.of(raw);
      BEANS.putIfAbsent(raw, bean);
    }
    return bean.convert(exactly(value, Map.class));
  }

  /**
   * A fabric8 model bean: how to make one, its setters by JSON name, and whether it takes
   * additional properties; by the generated code ({@link BeanSetters}) or by reflected methods.
   */
  private static final class Bean {
    private final Constructor<?> constructor; // null: the generated code makes the bean
    private final BeanSetters generated; // null: reflection
    private final int number; // the bean's number in the generated code
    private final Map<String, Setter> setters; // a null setter: Jackson must set the property
    private final Method anySetter; // the reflective path's
    private final boolean takesAny;

    private Bean(
        Constructor<?> constructor,
        BeanSetters generated,
        int number,
        Map<String, Setter> setters,
        Method anySetter,
        boolean takesAny) {
      this.constructor = constructor;
      this.generated = generated;
      this.number = number;
      this.setters = setters;
      this.anySetter = anySetter;
      this.takesAny = takesAny;
    }

    private static Bean reflective(
        Constructor<?> constructor, Map<String, Method> methods, Method anySetter) {
      Map<String, Setter> setters = new HashMap<>();
      for (Map.Entry<String, Method> e : methods.entrySet()) {
        setters.put(e.getKey(), e.getValue() == null ? null : new Setter(e.getValue()));
      }
      return new Bean(constructor, null, -1, setters, anySetter, anySetter != null);
    }

    /**
     * The bean from the build's index when it holds the type: by the generated setters, else by
     * methods looked up by name; else by reflection over the annotations.
     */
    static Bean of(Class<?> type) {
      BeanIndex.Entry entry = BeanIndex.entry(type);
      if (entry == BeanIndex.Entry.JACKSON) {
        throw GiveUp.INSTANCE;
      }
      if (entry != null) {
        Bean bean = generated(type, entry);
        if (bean != null) {
          return bean;
        }
        try {
          return indexed(type, entry);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // an index from other classes than these: reflection decides
        }
      }
      return reflected(type);
    }

    /**
     * The bean by the generated code, when it was generated from this very index entry; null
     * otherwise. No method is looked up: a conversion loads only the classes it sets.
     */
    static Bean generated(Class<?> type, BeanIndex.Entry entry) {
      BeanSetters code = BeanSetters.generated();
      int number = code == null ? -1 : code.number(type.getName());
      if (number < 0 || !entry.toString().equals(code.layout(number))) {
        return null;
      }
      Map<String, Setter> setters = new HashMap<>();
      int property = 0; // numbered in JSON-name order, as generated
      for (Map.Entry<String, String[]> e : new TreeMap<>(entry.setters).entrySet()) {
        setters.put(
            e.getKey(), e.getValue()[2].isEmpty() ? new Setter(code, number, property) : null);
        property++;
      }
      return new Bean(null, code, number, setters, null, entry.anySetter != null);
    }

    /** The bean the index describes: methods looked up by name, no annotation read. */
    static Bean indexed(Class<?> type, BeanIndex.Entry entry) throws ReflectiveOperationException {
      ClassLoader loader = type.getClassLoader();
      Map<String, Method> setters = new HashMap<>();
      for (Map.Entry<String, String[]> e : entry.setters.entrySet()) {
        String[] s = e.getValue(); // a setter Jackson must call ("!") is only marked
        setters.put(
            e.getKey(),
            s[2].isEmpty() ? type.getMethod(s[0], Class.forName(s[1], false, loader)) : null);
      }
      Method anySetter =
          entry.anySetter == null
              ? null
              : type.getMethod(entry.anySetter, String.class, Object.class);
      return reflective(type.getConstructor(), setters, anySetter);
    }

    /** This bean by name, as the index holds it; a reflected bean only. */
    BeanIndex.Entry describe() {
      Map<String, String[]> described = new HashMap<>();
      for (Map.Entry<String, Setter> e : setters.entrySet()) {
        Method m = e.getValue() == null ? null : e.getValue().method;
        described.put(
            e.getKey(),
            m == null
                ? new String[] {"-", "-", "!"}
                : new String[] {m.getName(), m.getParameterTypes()[0].getName(), ""});
      }
      return new BeanIndex.Entry(anySetter == null ? null : anySetter.getName(), described);
    }

    /** The bean by reflection over its methods and their Jackson annotations. */
    static Bean reflected(Class<?> type) {
      if (!type.getPackageName().startsWith(MODEL_PACKAGE)
          || type.isInterface()
          || type.isEnum()
          || Modifier.isAbstract(type.getModifiers())
          || customDeserializer(type.getAnnotation(JsonDeserialize.class))) {
        throw GiveUp.INSTANCE; // a quantity, an int-or-string, a polymorphic type...
      }
      try {
        Map<String, Method> setters = new HashMap<>();
        Method anySetter = null;
        for (Method method : type.getMethods()) {
          if (method.isAnnotationPresent(JsonAnySetter.class) && method.getParameterCount() == 2) {
            anySetter = method;
          } else if (method.getParameterCount() == 1 && method.getName().startsWith("set")) {
            JsonProperty property = method.getAnnotation(JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
              // a custom deserializer on a property: Jackson's rules; null marks "give up"
              setters.put(
                  property.value(),
                  customDeserializer(method.getAnnotation(JsonDeserialize.class)) ? null : method);
            }
          }
        }
        return reflective(type.getConstructor(), setters, anySetter);
      } catch (NoSuchMethodException | SecurityException e) {
        throw GiveUp.INSTANCE;
      }
    }

    private static boolean customDeserializer(JsonDeserialize annotation) {
      return annotation != null
          && (annotation.using() != JsonDeserializer.None.class
              || annotation.contentUsing() != JsonDeserializer.None.class
              || annotation.as() != Void.class);
    }

    Object convert(Map<?, ?> tree) {
      try {
        Object bean = constructor != null ? constructor.newInstance() : generated.create(number);
        for (Map.Entry<?, ?> e : tree.entrySet()) {
          String key = key(e.getKey());
          if (setters.containsKey(key)) {
            Setter setter = setters.get(key);
            if (setter == null) {
              throw GiveUp.INSTANCE;
            }
            setter.set(bean, value(e.getValue(), setter.type()));
          } else if (anySetter != null) {
            anySetter.invoke(bean, key, plain(e.getValue()));
          } else if (takesAny) {
            generated.setAny(number, bean, key, plain(e.getValue()));
          } else {
            throw GiveUp.INSTANCE;
          }
        }
        return bean;
      } catch (ReflectiveOperationException e) {
        throw GiveUp.INSTANCE;
      } catch (LinkageError e) {
        throw GiveUp.INSTANCE; // generated code that no longer links: Jackson converts
      }
    }
  }

  /** One setter: a call into the generated code, or a reflected method. */
  private static final class Setter {
    final Method method; // null: generated
    private final BeanSetters generated;
    private final int bean;
    private final int property;

    /** The parameter's (generic) type, learnt on first use. */
    private volatile Type type;

    Setter(Method method) {
      this(method, null, -1, -1);
    }

    Setter(BeanSetters generated, int bean, int property) {
      this(null, generated, bean, property);
    }

    private Setter(Method method, BeanSetters generated, int bean, int property) {
      this.method = method;
      this.generated = generated;
      this.bean = bean;
      this.property = property;
    }

    Type type() {
      Type t = type;
      if (t == null) {
        t = method != null ? method.getGenericParameterTypes()[0] : generated.type(bean, property);
        type = t;
      }
      return t;
    }

    void set(Object target, Object value) throws ReflectiveOperationException {
      if (method != null) {
        method.invoke(target, value);
      } else {
        generated.set(bean, property, target, value);
      }
    }
  }

  /**
   * Every fabric8 bean reachable from a {@code PodSpec} through its setters, as reflection plans
   * it: the build's {@link BeanIndex}.
   */
  static Map<String, BeanIndex.Entry> reflectedBeans() {
    Map<String, BeanIndex.Entry> out = new LinkedHashMap<>();
    java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>();
    todo.add(io.fabric8.kubernetes.api.model.PodSpec.class);
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (out.containsKey(type.getName()) || !type.getPackageName().startsWith(MODEL_PACKAGE)) {
        continue;
      }
      Bean bean;
      try {
        bean = Bean.reflected(type);
      } catch (GiveUp e) {
        out.put(type.getName(), BeanIndex.Entry.JACKSON);
        continue;
      }
      out.put(type.getName(), bean.describe());
      for (Setter setter : bean.setters.values()) {
        if (setter != null) {
          IndexLines.classesIn(setter.type(), todo);
        }
      }
    }
    return out;
  }

  /** The bean of {@code type} as the index gives it, or null without one; for tests. */
  static BeanIndex.Entry indexedBean(Class<?> type) {
    BeanIndex.Entry entry = BeanIndex.entry(type);
    if (entry == null || entry == BeanIndex.Entry.JACKSON) {
      return entry;
    }
    try {
      return Bean.indexed(type, entry).describe();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The types planned so far in this JVM; for tests. */
  static java.util.Set<Class<?>> plannedTypes() {
    return java.util.Set.copyOf(BEANS.keySet());
  }

  /** An untyped value copied as Jackson copies it into {@code Object}; nulls give up. */
  private static Object plain(Object value) {
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.put(key(e.getKey()), plain(e.getValue()));
      }
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(plain(item));
      }
      return out;
    }
    if (value instanceof String
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Double
        || value instanceof Boolean) {
      return value;
    }
    throw GiveUp.INSTANCE;
  }

  private static String key(Object key) {
    return exactly(key, String.class);
  }

  private static <T> T exactly(Object value, Class<T> type) {
    if (!type.isInstance(value)) {
      throw GiveUp.INSTANCE;
    }
    return type.cast(value);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    throw GiveUp.INSTANCE;
  }

  private static Type argument(Type type, int index) {
    if (!(type instanceof ParameterizedType)) {
      throw GiveUp.INSTANCE;
    }
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  /** Thrown to leave a tree to Jackson; no stack trace, no message (values never leak). */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }
}
