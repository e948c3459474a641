package ai.kubiya.runner.manifests;

import ai.kubiya.runner.manifests.internal.IndexLines;
import ai.kubiya.runner.manifests.internal.WriterIndex;
import ai.kubiya.runner.manifests.internal.YamlKey;
import ai.kubiya.runner.manifests.internal.YamlWriter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes fabric8 model objects to a {@link YamlWriter} as Jackson's {@code ObjectMapper} with
 * {@code NON_NULL} inclusion writes them, without building Jackson's bean serializers: those are
 * made by reflection over every type a class could hold (a {@code Volume} alone names some thirty
 * sources), several hundred fabric8 classes on the first render of each JVM. This writer looks only
 * at the classes of the values present, and at the few annotations fabric8's generated model uses:
 * {@code @JsonPropertyOrder} for the order, {@code @JsonProperty} fields, {@code @JsonInclude} on
 * fields and classes, the ignored {@code additionalProperties} map written last (as Jackson's
 * any-getter), and the custom serializers of {@link Quantity} and {@link AnyType} ({@code
 * IntOrString}).
 *
 * <p>The classes the build's {@link WriterIndex} holds are read through getters generated at build
 * time ({@link ModelGetters}), so a render creates no {@code Field} object (the first look-up of
 * one creates them all and loads every field's class) and reads nothing reflectively; without that
 * code, or when it does not link, their fields are looked up by the index's names.
 *
 * <p>Anything else (a class with another custom serializer, an enum, a type outside fabric8's
 * model) is written by Jackson itself, in place. {@code ModelYamlWriterTest} checks that the output
 * is byte-identical to the Jackson path for every object of every render case.
 */
final class ModelYamlWriter {
  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";
  private static final String ANY_PROPERTIES = "additionalProperties";

  /** How one class is written: its properties in order, or by Jackson. */
  private static final ClassValue<Plan> PLANS =
      new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
          PLANNED.add(type);
          return Plan.of(type);
        }
      };

  /** The classes planned in this JVM (once each), for the index's tests. */
  private static final java.util.Set<Class<?>> PLANNED = ConcurrentHashMap.newKeySet();

  private ModelYamlWriter() {}

  /** Writes {@code value} as the generator's next value. */
  static void write(Object value, YamlWriter out) throws IOException {
    if (value == null) {
      out.nullValue();
      return;
    }
    write(value, PLANS.get(value.getClass()), out);
  }

  /** Writes {@code value}, not null, by the plan of its class. */
  private static void write(Object value, Plan plan, YamlWriter out) throws IOException {
    switch (plan.kind) {
      case STRING:
        out.string((String) value);
        break;
      case BOOLEAN:
        out.plain(((Boolean) value) ? "true" : "false");
        break;
      case INT:
        out.plain(Integer.toString(((Number) value).intValue()));
        break;
      case LONG:
        out.plain(Long.toString((Long) value));
        break;
      case DOUBLE:
        out.plain(Double.toString((Double) value));
        break;
      case FLOAT:
        out.plain(Float.toString((Float) value));
        break;
      case BIG_DECIMAL:
        out.plain(((BigDecimal) value).toPlainString());
        break;
      case BIG_INTEGER:
        out.plain(value.toString());
        break;
      case MAP:
        writeMap((Map<?, ?>) value, false, out);
        break;
      case COLLECTION:
        writeCollection((Collection<?>) value, out);
        break;
      case QUANTITY:
        Quantity quantity = (Quantity) value;
        String amount = quantity.getAmount();
        String format = quantity.getFormat();
        out.string((amount == null ? "" : amount) + (format == null ? "" : format));
        break;
      case ANY_TYPE:
        write(((AnyType) value).getValue(), out);
        break;
      case BEAN:
        plan.writeBean(value, out);
        break;
      default:
        JacksonFallback.write(value, out);
    }
  }

  private static void writeCollection(Collection<?> items, YamlWriter out) throws IOException {
    out.startArray();
    for (Object item : items) {
      write(item, out);
    }
    out.endArray();
  }

  /**
   * A map; null entries are left out (the mapper's content inclusion) unless {@code keepNulls}: a
   * fabric8 property annotated {@code @JsonInclude}, whose content inclusion is then ALWAYS.
   */
  private static void writeMap(Map<?, ?> map, boolean keepNulls, YamlWriter out)
      throws IOException {
    out.startObject();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (entry.getValue() == null && !keepNulls) {
        continue;
      }
      if (!(entry.getKey() instanceof String)) {
        throw new IOException(
            "map key of type " + typeName(entry.getKey()) + " in a Kubernetes object");
      }
      out.fieldName(mapKey((String) entry.getKey()));
      write(entry.getValue(), out);
    }
    out.endObject();
  }

  /** Map keys seen so far (labels, annotations, data keys): most come back in every render. */
  private static final Map<String, YamlKey> MAP_KEYS = new ConcurrentHashMap<>();

  /** At most this many map keys are kept; past it, further keys are worked out each time. */
  private static final int MAX_MAP_KEYS = 4096;

  private static YamlKey mapKey(String name) {
    YamlKey key = MAP_KEYS.get(name);
    if (key == null) {
      key = YamlKey.of(name);
      if (MAP_KEYS.size() < MAX_MAP_KEYS) {
        MAP_KEYS.putIfAbsent(name, key);
      }
    }
    return key;
  }

  private static String typeName(Object value) {
    return value == null ? "null" : value.getClass().getName();
  }

  /** Content inclusion: an annotation's default ALWAYS overrides the mapper's NON_NULL. */
  private static boolean keepsNulls(JsonInclude include) {
    if (include == null) {
      return false;
    }
    switch (include.content()) {
      case ALWAYS:
        return true;
      case NON_NULL:
      case USE_DEFAULTS:
        return false;
      default:
        throw new UnsupportedOperationException("content inclusion " + include.content());
    }
  }

  private static Inclusion inclusion(JsonInclude include, Inclusion otherwise) {
    if (include == null) {
      return otherwise;
    }
    switch (include.value()) {
      case USE_DEFAULTS:
        return otherwise;
      case NON_NULL:
        return Inclusion.NON_NULL;
      case NON_EMPTY:
        return Inclusion.NON_EMPTY;
      default: // ALWAYS would write nulls, NON_DEFAULT and CUSTOM compare values: Jackson does it
        throw new UnsupportedOperationException("inclusion " + include.value());
    }
  }

  /** When a property is left out. */
  private enum Inclusion {
    NON_NULL,
    NON_EMPTY;

    boolean skips(Object value) {
      if (value == null) {
        return true;
      }
      if (this != NON_EMPTY) {
        return false;
      }
      return (value instanceof Collection && ((Collection<?>) value).isEmpty())
          || (value instanceof Map && ((Map<?, ?>) value).isEmpty())
          || (value instanceof String && ((String) value).isEmpty());
    }
  }

  /**
   * How a value of one class is written, decided once per class in the order the checks of a plain
   * {@code instanceof} chain would take.
   */
  private enum Kind {
    STRING,
    BOOLEAN,
    INT,
    LONG,
    DOUBLE,
    FLOAT,
    BIG_DECIMAL,
    BIG_INTEGER,
    MAP,
    COLLECTION,
    QUANTITY,
    ANY_TYPE,
    BEAN,
    JACKSON;

    static Kind of(Class<?> type) {
      if (type == String.class) {
        return STRING;
      } else if (type == Boolean.class) {
        return BOOLEAN;
      } else if (type == Integer.class || type == Short.class || type == Byte.class) {
        return INT;
      } else if (type == Long.class) {
        return LONG;
      } else if (type == Double.class) {
        return DOUBLE;
      } else if (type == Float.class) {
        return FLOAT;
      } else if (BigDecimal.class.isAssignableFrom(type)) {
        return BIG_DECIMAL;
      } else if (BigInteger.class.isAssignableFrom(type)) {
        return BIG_INTEGER;
      } else if (Map.class.isAssignableFrom(type)) {
        return MAP;
      } else if (Collection.class.isAssignableFrom(type)) {
        return COLLECTION;
      } else if (Quantity.class.isAssignableFrom(type)) {
        return QUANTITY;
      } else if (AnyType.class.isAssignableFrom(type)) {
        return ANY_TYPE;
      }
      return BEAN;
    }
  }

  /**
   * One {@code @JsonProperty} field, with what its declared type tells: a string, list or map field
   * is written without asking the value's class.
   */
  private static final class Property {
    final String name;

    /** The name as a YAML key, quoted if it must be: worked out once, not per object written. */
    final YamlKey key;

    /** The field's name. */
    final String fieldName;

    /** The field; null in a plan whose values the generated getters read. */
    final Field field;

    final Inclusion inclusion;

    /** A map value keeps its null entries. */
    final boolean keepNulls;

    final Class<?> declared;

    Property(String name, Field field, JsonInclude include, Inclusion otherwise) {
      this(name, field, inclusion(include, otherwise), keepsNulls(include));
    }

    Property(String name, Field field, Inclusion inclusion, boolean keepNulls) {
      this(name, field.getName(), field, inclusion, keepNulls, field.getType());
    }

    /**
     * A property the generated getters read; {@code kind} a letter of {@link ModelGetters#kinds}.
     */
    Property(String name, String fieldName, char kind, Inclusion inclusion, boolean keepNulls) {
      this(name, fieldName, null, inclusion, keepNulls, declared(kind));
    }

    private Property(
        String name,
        String fieldName,
        Field field,
        Inclusion inclusion,
        boolean keepNulls,
        Class<?> type) {
      this.name = name;
      this.key = YamlKey.of(name);
      this.fieldName = fieldName;
      this.field = field;
      this.inclusion = inclusion;
      this.keepNulls = keepNulls;
      this.declared =
          type == String.class || type == List.class || type == Map.class ? type : Object.class;
    }

    /** The class a letter of {@link ModelGetters#kinds} stands for. */
    private static Class<?> declared(char kind) {
      return kind == 'S' ? String.class : kind == 'L' ? List.class : kind == 'M' ? Map.class : null;
    }

    /** Writes this property's value {@code v}, unless its inclusion leaves it out. */
    void write(Object v, YamlWriter out) throws IOException {
      if (v == null) {
        return;
      }
      boolean nonEmpty = inclusion == Inclusion.NON_EMPTY;
      if (declared == String.class) {
        String s = (String) v;
        if (!nonEmpty || !s.isEmpty()) {
          out.fieldName(key);
          out.string(s);
        }
      } else if (declared == List.class) {
        List<?> list = (List<?>) v;
        if (!nonEmpty || !list.isEmpty()) {
          out.fieldName(key);
          out.startArray();
          for (int i = 0, n = list.size(); i < n; i++) {
            Object item = list.get(i);
            if (item == null) {
              out.nullValue();
            } else {
              ModelYamlWriter.write(item, itemPlans.of(item.getClass()), out);
            }
          }
          out.endArray();
        }
      } else if (declared == Map.class) {
        Map<?, ?> map = (Map<?, ?>) v;
        if (!nonEmpty || !map.isEmpty()) {
          out.fieldName(key);
          writeMap(map, keepNulls, out);
        }
      } else if (!inclusion.skips(v)) {
        out.fieldName(key);
        if (v instanceof Map) {
          writeMap((Map<?, ?>) v, keepNulls, out);
        } else {
          ModelYamlWriter.write(v, valuePlans.of(v.getClass()), out);
        }
      }
    }

    /** The plans of this property's values and of its list's items. */
    private final LastPlan valuePlans = new LastPlan();

    private final LastPlan itemPlans = new LastPlan();
  }

  /**
   * The plan of the class a place (a property, a property's list items) held last time: one place
   * mostly holds one class, and comparing it is cheaper than the look-up by class.
   */
  private static final class LastPlan {
    /** Replaced whole, never changed: a racing thread sees a consistent pair or none. */
    private Seen last;

    private static final class Seen {
      final Class<?> type;
      final Plan plan;

      Seen(Class<?> type, Plan plan) {
        this.type = type;
        this.plan = plan;
      }
    }

    Plan of(Class<?> type) {
      Seen seen = last;
      if (seen != null && seen.type == type) {
        return seen.plan;
      }
      Plan plan = PLANS.get(type);
      last = new Seen(type, plan);
      return plan;
    }
  }

  /**
   * How one class is written: its {@link Kind} and, for a bean of fabric8's model, its properties
   * in Jackson's order; a bean without properties ({@code null}) is written by Jackson.
   */
  private static final class Plan {
    final Kind kind;
    final Property[] properties;

    /** The additional-properties field's name; null when none. */
    final String anyName;

    /**
     * The fields read reflectively, the properties' then the additional-properties one (if any);
     * null while the generated getters read the values.
     */
    private volatile Field[] fields;

    /** The generated getters and the class's number there; null: {@link #fields}. */
    private final ModelGetters getters;

    private final int number;

    private Plan(Kind kind, Property[] properties, Field anyProperties) {
      this(kind, properties, anyProperties == null ? null : anyProperties.getName(), null, -1);
      if (properties != null) {
        Field[] read = new Field[properties.length + (anyProperties == null ? 0 : 1)];
        for (int i = 0; i < properties.length; i++) {
          read[i] = properties[i].field;
        }
        if (anyProperties != null) {
          read[properties.length] = anyProperties;
        }
        this.fields = read;
      }
    }

    private Plan(
        Kind kind, Property[] properties, String anyName, ModelGetters getters, int number) {
      this.kind = kind;
      this.properties = properties;
      this.anyName = anyName;
      this.getters = getters;
      this.number = number;
    }

    static Plan of(Class<?> type) {
      Kind kind = Kind.of(type);
      if (kind != Kind.BEAN) {
        return new Plan(kind, null, null);
      }
      if (type.getPackageName().startsWith(MODEL_PACKAGE) && type.getSuperclass() == Object.class) {
        WriterIndex.Entry entry = WriterIndex.entry(type);
        if (entry == WriterIndex.Entry.JACKSON) {
          return new Plan(Kind.JACKSON, null, null);
        }
        if (entry != null) {
          Plan generated = generatedPlan(type, entry);
          if (generated != null) {
            return generated;
          }
          try {
            return indexedPlan(type, entry);
          } catch (ReflectiveOperationException | RuntimeException e) {
            // an index from other classes than these: the annotations decide
          }
        }
        return annotatedPlan(type);
      }
      return new Plan(Kind.JACKSON, null, null);
    }

    /** The plan from the annotations; Jackson's when they hold what this writer does not follow. */
    static Plan annotatedPlan(Class<?> type) {
      try {
        return modelPlan(type);
      } catch (UnsupportedOperationException | SecurityException e) {
        return new Plan(Kind.JACKSON, null, null);
      }
    }

    /**
     * The plan the build's index describes, read by the generated getters when they were generated
     * from this very entry; null otherwise. No field is looked up: a render loads only the classes
     * of the values it writes.
     */
    static Plan generatedPlan(Class<?> type, WriterIndex.Entry entry) {
      ModelGetters code = ModelGetters.generated();
      int number = code == null ? -1 : code.number(type.getName());
      if (number < 0 || !entry.toString().equals(code.layout(number))) {
        return null;
      }
      String kinds = code.kinds(number);
      Property[] properties = new Property[entry.properties.size()];
      for (int i = 0; i < properties.length; i++) {
        WriterIndex.Property p = entry.properties.get(i);
        Inclusion inclusion = p.nonEmpty ? Inclusion.NON_EMPTY : Inclusion.NON_NULL;
        properties[i] = new Property(p.name, p.field, kinds.charAt(i), inclusion, p.keepNulls);
      }
      return new Plan(Kind.BEAN, properties, entry.anyField, code, number);
    }

    /** The plan the build's index describes: fields looked up by name, no annotation read. */
    static Plan indexedPlan(Class<?> type, WriterIndex.Entry entry)
        throws ReflectiveOperationException {
      Property[] properties = new Property[entry.properties.size()];
      for (int i = 0; i < properties.length; i++) {
        WriterIndex.Property p = entry.properties.get(i);
        Field field = type.getDeclaredField(p.field);
        field.setAccessible(true);
        properties[i] =
            new Property(
                p.name, field, p.nonEmpty ? Inclusion.NON_EMPTY : Inclusion.NON_NULL, p.keepNulls);
      }
      Field any = null;
      if (entry.anyField != null) {
        any = type.getDeclaredField(entry.anyField);
        any.setAccessible(true);
      }
      return new Plan(Kind.BEAN, properties, any);
    }

    /** This plan by name, as the index holds it. */
    WriterIndex.Entry describe() {
      if (kind != Kind.BEAN) {
        return WriterIndex.Entry.JACKSON;
      }
      List<WriterIndex.Property> described = new ArrayList<>();
      for (Property p : properties) {
        described.add(
            new WriterIndex.Property(
                p.name, p.fieldName, p.inclusion == Inclusion.NON_EMPTY, p.keepNulls));
      }
      return new WriterIndex.Entry(anyName, described);
    }

    /** Properties: those {@code @JsonPropertyOrder} names first, then the others as declared. */
    private static Plan modelPlan(Class<?> type) {
      JsonSerialize custom = type.getAnnotation(JsonSerialize.class);
      if (custom != null && custom.using() != JsonSerializer.None.class) {
        throw new UnsupportedOperationException("custom serializer");
      }
      JsonInclude classInclude = type.getAnnotation(JsonInclude.class);
      Inclusion classInclusion = inclusion(classInclude, Inclusion.NON_NULL);
      Map<String, Property> declared = new LinkedHashMap<>();
      Field any = null;
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        if (field.getAnnotation(JsonSerialize.class) != null) {
          throw new UnsupportedOperationException("custom serializer on " + field.getName());
        }
        if (field.getAnnotation(JsonIgnore.class) != null) {
          if (field.getName().equals(ANY_PROPERTIES)
              && Map.class.isAssignableFrom(field.getType())) {
            field.setAccessible(true);
            any = field;
          }
          continue;
        }
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        if (property == null) {
          throw new UnsupportedOperationException(
              "field without @JsonProperty: " + field.getName());
        }
        String name = property.value().isEmpty() ? field.getName() : property.value();
        field.setAccessible(true);
        JsonInclude include = field.getAnnotation(JsonInclude.class);
        declared.put(
            name,
            new Property(name, field, include == null ? classInclude : include, classInclusion));
      }
      List<Property> ordered = new ArrayList<>(declared.size());
      JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
      if (order != null) {
        if (order.alphabetic()) {
          throw new UnsupportedOperationException("alphabetic order");
        }
        for (String name : order.value()) {
          Property property = declared.remove(name);
          if (property != null) {
            ordered.add(property);
          }
        }
      }
      ordered.addAll(declared.values());
      return new Plan(Kind.BEAN, ordered.toArray(new Property[0]), any);
    }

    void writeBean(Object value, YamlWriter out) throws IOException {
      Object[] values = read(value);
      out.startObject();
      for (int i = 0; i < properties.length; i++) {
        properties[i].write(values[i], out);
      }
      if (anyName != null) {
        Map<?, ?> any = (Map<?, ?>) values[properties.length];
        if (any != null) {
          for (Map.Entry<?, ?> entry : any.entrySet()) {
            if (entry.getValue() == null) {
              continue; // the mapper's NON_NULL
            }
            out.fieldName(String.valueOf(entry.getKey()));
            ModelYamlWriter.write(entry.getValue(), out);
          }
        }
      }
      out.endObject();
    }

    /**
     * The values of {@code bean}'s properties, then its additional properties: by one call of the
     * generated getters, else by the fields.
     */
    private Object[] read(Object bean) {
      Object[] values = new Object[properties.length + (anyName == null ? 0 : 1)];
      Field[] read = fields;
      if (read == null) {
        try {
          getters.read(number, bean, values);
          return values;
        } catch (LinkageError e) { // generated from other classes than these: by the fields
          read = new Field[values.length];
          for (int i = 0; i < properties.length; i++) {
            read[i] = declaredField(bean.getClass(), properties[i].fieldName);
          }
          if (anyName != null) {
            read[properties.length] = declaredField(bean.getClass(), anyName);
          }
          fields = read;
        }
      }
      for (int i = 0; i < values.length; i++) {
        values[i] = ModelYamlWriter.read(read[i], bean);
      }
      return values;
    }
  }

  private static Object read(Field field, Object from) {
    try {
      return field.get(from);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }

  /** The field {@code name} of {@code type}, made accessible; for code that no longer links. */
  private static Field declaredField(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("no field " + name + " in " + type.getName(), e);
    }
  }

  /**
   * The plans the build's {@link WriterIndex} holds, from the annotations: the classes of a default
   * render's objects and every model class their fields reach.
   */
  static Map<String, WriterIndex.Entry> annotatedPlans(Collection<Class<?>> roots) {
    Map<String, WriterIndex.Entry> out = new LinkedHashMap<>();
    java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (out.containsKey(type.getName())
          || Kind.of(type) != Kind.BEAN
          || !type.getPackageName().startsWith(MODEL_PACKAGE)
          || type.getSuperclass() != Object.class) {
        continue;
      }
      Plan plan = Plan.annotatedPlan(type);
      out.put(type.getName(), plan.describe());
      if (plan.kind == Kind.BEAN) {
        for (Property property : plan.properties) {
          IndexLines.classesIn(property.field.getGenericType(), todo); // annotated: a field
        }
      }
    }
    return out;
  }

  /** The plan of {@code type} as the index gives it, or null without one; for tests. */
  static WriterIndex.Entry indexedPlan(Class<?> type) {
    WriterIndex.Entry entry = WriterIndex.entry(type);
    if (entry == null || entry == WriterIndex.Entry.JACKSON) {
      return entry;
    }
    try {
      return Plan.indexedPlan(type, entry).describe();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The model classes planned so far in this JVM that the index should hold; for tests. */
  static java.util.Set<Class<?>> plannedModelTypes() {
    java.util.Set<Class<?>> out = new java.util.HashSet<>();
    for (Class<?> type : PLANNED) {
      if (Kind.of(type) == Kind.BEAN
          && type.getPackageName().startsWith(MODEL_PACKAGE)
          && type.getSuperclass() == Object.class) {
        out.add(type);
      }
    }
    return out;
  }
}
