package ai.kubiya.runner.model.internal;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a values tree to the Immutables values model through the generated builders, without
 * Jackson's introspection (which costs most of a first render in a fresh JVM). It binds only trees
 * it can bind exactly as {@link ValuesCodec}'s Jackson mapper would: every value already of its
 * property's Java type (a string for a string, an int for an int, a map for a section, no nulls),
 * every required property present. Anything else (a coercion, a null, a wrong type, a missing
 * value) makes it give up, and the caller binds with Jackson, which gives the same result or the
 * same error as before. {@code DirectBinderTest} checks it equals Jackson on every render case.
 */
final class DirectBinder {
  private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();

  private DirectBinder() {}

  /**
   * A values section as the plain tree Jackson serializes it to ({@code NON_ABSENT}: empty
   * optionals left out; properties in the order of the generated class's fields, then the extras),
   * or null when the section is of a kind this class does not know.
   */
  static Map<String, Object> toTree(Object section) {
    try {
      return sectionTree(section);
    } catch (GiveUp e) {
      return null;
    }
  }

  /** A list of plain values copied as Jackson copies it; null when it holds anything else. */
  static List<Object> plainList(List<?> list) {
    try {
      List<Object> out = new ArrayList<>();
      for (Object item : list) {
        out.add(plain(item));
      }
      return out;
    } catch (GiveUp e) {
      return null;
    }
  }

  private static Map<String, Object> sectionTree(Object section) {
    Class<?> type = valuesType(section.getClass());
    if (type == null) {
      throw GiveUp.INSTANCE;
    }
    return PLANS.computeIfAbsent(type, Plan::of).tree(section);
  }

  /** The abstract values type a generated {@code ImmutableX} implements; else null. */
  private static Class<?> valuesType(Class<?> implementation) {
    Class<?> type = implementation.getSuperclass();
    // the names first (a String's superclass is Object); then the build's index, which knows the
    // values types: reading an annotation parses all of a class's annotations
    return type != null
            && implementation.getSimpleName().equals("Immutable" + type.getSimpleName())
            && (BindingIndex.entry(type) != null || type.isAnnotationPresent(JsonSerialize.class))
        ? type
        : null;
  }

  private static Object treeValue(Object value) {
    if (value instanceof Optional) {
      throw GiveUp.INSTANCE; // handled by the caller: an empty optional is no key at all
    }
    if (value instanceof Map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.put(e.getKey(), treeValue(e.getValue()));
      }
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(treeValue(item));
      }
      return out;
    }
    if (value != null && valuesType(value.getClass()) != null) {
      return sectionTree(value);
    }
    return plain(value);
  }

  /** The bound value, or null when this tree needs Jackson (coercions, nulls, errors). */
  static <T> T bind(Map<String, Object> tree, Class<T> type) {
    try {
      return type.cast(bindSection(tree, type));
    } catch (GiveUp e) {
      return null;
    }
  }

  private static Object bindSection(Object value, Class<?> type) {
    if (!(value instanceof Map)) {
      throw GiveUp.INSTANCE;
    }
    return PLANS.computeIfAbsent(type, Plan::of).bind((Map<?, ?>) value);
  }

  /** How one values type binds: its builder, and each property's JSON name, type and setter. */
  private static final class Plan {
    private final Method builder;
    private final Method build;
    private final Map<String, Property> properties;
    private final Method extras;
    private final Method extrasGetter;
    private final boolean ordered;

    private Plan(
        Method builder,
        Method build,
        Map<String, Property> properties,
        Method extras,
        Method extrasGetter,
        boolean ordered) {
      this.builder = builder;
      this.build = build;
      this.properties = properties;
      this.extras = extras;
      this.extrasGetter = extrasGetter;
      this.ordered = ordered;
    }

    /** The plan from the build's index when it holds the type, else by reflection. */
    static Plan of(Class<?> type) {
      BindingIndex.Entry entry = BindingIndex.entry(type);
      if (entry != null) {
        try {
          return indexed(type, entry);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // an index from other classes than these: reflection decides
        }
      }
      return reflected(type);
    }

    /** The plan the index describes: methods looked up by name, no annotation read. */
    static Plan indexed(Class<?> type, BindingIndex.Entry entry)
        throws ReflectiveOperationException {
      Method builder = immutable(type).getMethod("builder");
      Class<?> builderType = builder.getReturnType();
      Map<String, Property> properties = new LinkedHashMap<>();
      for (BindingIndex.Property p : entry.properties) {
        Class<?> parameter = BindingIndex.type(p.parameter, type.getClassLoader());
        Method setter = builderType.getMethod(p.accessor, parameter);
        properties.put(p.name, new Property(p.name, type.getMethod(p.accessor), setter));
      }
      Method extrasGetter = null;
      Method extras = null;
      if (entry.extras != null) {
        extrasGetter = type.getMethod(entry.extras);
        extras = builderType.getMethod("putAll" + capitalized(entry.extras), Map.class);
      }
      return new Plan(
          builder, builderType.getMethod("build"), properties, extras, extrasGetter, entry.ordered);
    }

    private static Class<?> immutable(Class<?> type) throws ClassNotFoundException {
      return Class.forName(
          type.getPackageName() + ".Immutable" + type.getSimpleName(), true, type.getClassLoader());
    }

    /** This plan by name, as the index holds it. */
    BindingIndex.Entry describe() {
      List<BindingIndex.Property> described = new ArrayList<>();
      properties.forEach(
          (name, p) ->
              described.add(
                  new BindingIndex.Property(
                      name,
                      p.accessor.getName(),
                      p.setter.getParameterTypes()[0].getName(),
                      modelName(JsonNames.modelTypeOf(p.type)))));
      return new BindingIndex.Entry(
          ordered, extrasGetter == null ? null : extrasGetter.getName(), described);
    }

    private static String modelName(Class<?> model) {
      return model == null ? "-" : model.getName();
    }

    /** The plan by reflection over the type's accessors and their Jackson annotations. */
    static Plan reflected(Class<?> type) {
      try {
        Class<?> immutable = immutable(type);
        Method builder = immutable.getMethod("builder");
        Class<?> builderType = builder.getReturnType();
        Map<String, Property> found = new LinkedHashMap<>();
        Method extras = null;
        Method extrasGetter = null;
        for (Method accessor : type.getMethods()) {
          if (accessor.getParameterCount() != 0
              || Modifier.isStatic(accessor.getModifiers())
              || accessor.getDeclaringClass() == Object.class) {
            continue;
          }
          if (accessor.isAnnotationPresent(JsonAnyGetter.class)) {
            extras = builderType.getMethod("putAll" + capitalized(accessor.getName()), Map.class);
            extrasGetter = accessor;
            continue;
          }
          Method setter = setter(builderType, accessor);
          if (setter != null) {
            if (accessor.isAnnotationPresent(JsonIgnore.class)) {
              throw GiveUp.INSTANCE; // an ignored property: Jackson's rules, not ours
            }
            found.put(accessor.getName(), new Property(accessor, setter));
          }
        }
        // Jackson's order: the generated class's fields, in declaration order
        Map<String, Property> properties = new LinkedHashMap<>();
        for (java.lang.reflect.Field field : immutable.getDeclaredFields()) {
          Property property = found.remove(field.getName());
          if (property != null) {
            properties.put(property.name, property);
          }
        }
        // an order this class cannot tell (a property without a field, or an explicit order): the
        // plan binds, but leaves serializing to Jackson
        boolean ordered = found.isEmpty() && !type.isAnnotationPresent(JsonPropertyOrder.class);
        found.values().forEach(p -> properties.put(p.name, p));
        return new Plan(
            builder, builderType.getMethod("build"), properties, extras, extrasGetter, ordered);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw GiveUp.INSTANCE;
      }
    }

    /** The builder's setter of an accessor's property; null when the accessor is none. */
    private static Method setter(Class<?> builderType, Method accessor) {
      Type type = accessor.getGenericReturnType();
      Class<?> raw = raw(type);
      Class<?> parameter =
          raw == List.class
              ? Iterable.class
              : raw == Optional.class ? raw(argument(type, 0)) : raw == Map.class ? Map.class : raw;
      try {
        return builderType.getMethod(accessor.getName(), parameter);
      } catch (NoSuchMethodException e) {
        return null; // derived, lazy or ignored (toMap(), isSecret()): not a values key
      }
    }

    Map<String, Object> tree(Object section) {
      if (!ordered) {
        throw GiveUp.INSTANCE;
      }
      try {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Property property : properties.values()) {
          Object value = property.accessor.invoke(section);
          if (value instanceof Optional) {
            if (((Optional<?>) value).isEmpty()) {
              continue;
            }
            value = ((Optional<?>) value).get();
          }
          out.put(property.name, treeValue(value));
        }
        if (extrasGetter != null) {
          for (Map.Entry<?, ?> e : ((Map<?, ?>) extrasGetter.invoke(section)).entrySet()) {
            out.put((String) e.getKey(), treeValue(e.getValue()));
          }
        }
        return out;
      } catch (InvocationTargetException | IllegalAccessException | ClassCastException e) {
        throw GiveUp.INSTANCE;
      }
    }

    Object bind(Map<?, ?> tree) {
      try {
        Object target = builder.invoke(null);
        Map<String, Object> unknown = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : tree.entrySet()) {
          if (!(e.getKey() instanceof String)) {
            throw GiveUp.INSTANCE;
          }
          Property property = properties.get(e.getKey());
          if (property == null) {
            unknown.put((String) e.getKey(), plain(e.getValue()));
          } else {
            property.setter.invoke(target, property.convert(e.getValue()));
          }
        }
        if (!unknown.isEmpty()) {
          if (extras == null) {
            throw GiveUp.INSTANCE;
          }
          extras.invoke(target, unknown);
        }
        return build.invoke(target);
      } catch (InvocationTargetException | IllegalAccessException e) {
        throw GiveUp.INSTANCE; // a missing required value or a refused one: Jackson reports it
      }
    }
  }

  /** One property: its JSON name, accessor, declared type, and the builder method that sets it. */
  private static final class Property {
    private final String name;
    private final Method accessor;
    private final Type type;
    private final Method setter;

    Property(Method accessor, Method setter) {
      this(JsonNames.annotated(accessor), accessor, setter);
    }

    Property(String name, Method accessor, Method setter) {
      this.name = name;
      this.accessor = accessor;
      this.type = accessor.getGenericReturnType();
      this.setter = setter;
    }

    Object convert(Object value) {
      Class<?> raw = raw(type);
      return raw == Optional.class ? typed(value, argument(type, 0)) : typed(value, type);
    }
  }

  /** {@code value} as {@code type}, when it already is one; else give up. */
  private static Object typed(Object value, Type type) {
    Class<?> raw = raw(type);
    if (value == null) {
      throw GiveUp.INSTANCE;
    }
    if (raw == String.class) {
      if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
        return String.valueOf(value); // as Jackson writes a scalar where text goes (cpu: 1)
      }
      return exactly(value, String.class);
    }
    if (raw == int.class || raw == Integer.class) {
      return exactly(value, Integer.class);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return exactly(value, Boolean.class);
    }
    if (raw == Object.class) {
      return plain(value);
    }
    if (raw == List.class) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) exactly(value, List.class)) {
        out.add(typed(item, argument(type, 0)));
      }
      return out;
    }
    if (raw == Map.class) {
      if (argument(type, 0) != String.class) {
        throw GiveUp.INSTANCE;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) exactly(value, Map.class)).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw GiveUp.INSTANCE;
        }
        out.put((String) e.getKey(), typed(e.getValue(), argument(type, 1)));
      }
      return out;
    }
    if (isSection(raw)) {
      return bindSection(value, raw); // a values section, bound through its Immutables builder
    }
    throw GiveUp.INSTANCE;
  }

  /** A values section: a type Jackson binds through its Immutables builder. */
  private static boolean isSection(Class<?> raw) {
    return BindingIndex.entry(raw) != null || raw.isAnnotationPresent(JsonDeserialize.class);
  }

  /**
   * The plans of {@code root} and of every values section reachable from it, by reflection, as the
   * build's {@link BindingIndex} holds them; types this class leaves to Jackson are left out.
   */
  static Map<String, BindingIndex.Entry> reflectedPlans(Class<?> root) {
    Map<String, BindingIndex.Entry> out = new LinkedHashMap<>();
    java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (out.containsKey(type.getName())) {
        continue;
      }
      Plan plan;
      try {
        plan = Plan.reflected(type);
      } catch (GiveUp e) {
        continue;
      }
      out.put(type.getName(), plan.describe());
      for (Property property : plan.properties.values()) {
        sections(property.type, todo);
      }
    }
    return out;
  }

  private static void sections(Type type, java.util.Deque<Class<?>> into) {
    if (type instanceof ParameterizedType) {
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        sections(argument, into);
      }
    } else if (type instanceof Class
        && ((Class<?>) type).isAnnotationPresent(JsonDeserialize.class)) {
      into.add((Class<?>) type);
    }
  }

  /** The types planned so far in this JVM; for tests. */
  static java.util.Set<Class<?>> plannedTypes() {
    return java.util.Set.copyOf(PLANS.keySet());
  }

  /** The plan of {@code type} as the index gives it, or null without one; for tests. */
  static BindingIndex.Entry indexedPlan(Class<?> type) {
    BindingIndex.Entry entry = BindingIndex.entry(type);
    try {
      return entry == null ? null : Plan.indexed(type, entry).describe();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** An untyped value (maps, lists, scalars) copied as Jackson copies it; nulls give up. */
  private static Object plain(Object value) {
    if (value instanceof Map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw GiveUp.INSTANCE;
        }
        out.put(e.getKey(), plain(e.getValue()));
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
    throw GiveUp.INSTANCE; // null, or a type a values tree does not hold
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
    throw GiveUp.INSTANCE; // wildcards and type variables: not in the values model
  }

  private static Type argument(Type type, int index) {
    if (!(type instanceof ParameterizedType)) {
      throw GiveUp.INSTANCE;
    }
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
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
