package ai.kubiya.runner.manifests;

import ai.kubiya.runner.manifests.internal.GeneratedSource;
import ai.kubiya.runner.manifests.internal.WriterIndex;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build step: the source of {@code GeneratedModelGetters} ({@link ModelGetters}) for the classes of
 * the writer's index: per class, one method calling the getter of each field the index lists, in
 * its order, and of its additional-properties field, into an array. Classes are numbered in name
 * order. A field's getter is the public no-argument method named {@code get} or {@code is} and the
 * field's name (case aside) returning the field's type; a field without exactly one fails the
 * build. Not API.
 */
final class ModelGettersSource {
  private static final String SIMPLE_NAME =
      ModelGetters.GENERATED.substring(ModelGetters.GENERATED.lastIndexOf('.') + 1);

  private ModelGettersSource() {}

  /** Writes the source under the generated-sources root {@code root}. */
  static void write(java.nio.file.Path root, Map<String, WriterIndex.Entry> plans)
      throws ReflectiveOperationException, java.io.IOException {
    of(plans).write(root, ModelGetters.class.getPackageName(), SIMPLE_NAME);
  }

  /** The generated class's source for {@code plans} (the index's entries by class name). */
  static GeneratedSource of(Map<String, WriterIndex.Entry> plans)
      throws ReflectiveOperationException {
    List<Class<?>> types = new ArrayList<>();
    List<WriterIndex.Entry> entries = new ArrayList<>();
    for (Map.Entry<String, WriterIndex.Entry> e : new TreeMap<>(plans).entrySet()) {
      if (e.getValue() != WriterIndex.Entry.JACKSON) {
        types.add(Class.forName(e.getKey(), false, ModelGettersSource.class.getClassLoader()));
        entries.add(e.getValue());
      }
    }
    GeneratedSource src =
        new GeneratedSource(ModelGetters.class.getPackageName(), "ModelGettersSource");
    src.line("/** The getters of " + types.size() + " fabric8 classes' written fields. */");
    src.line("@SuppressWarnings({\"unchecked\", \"rawtypes\", \"deprecation\"})");
    src.line("final class " + SIMPLE_NAME + " extends ModelGetters {");
    src.line("  @Override").line("  int number(String type) {").line("    switch (type) {");
    for (int i = 0; i < types.size(); i++) {
      src.line("      case " + GeneratedSource.literal(types.get(i).getName()) + ":");
      src.line("        return " + i + ";");
    }
    src.line("      default:").line("        return -1;").line("    }").line("  }").line("");
    List<String> layouts = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      layouts.add(GeneratedSource.literal(entries.get(i).toString()));
      kinds.add(GeneratedSource.literal(kinds(types.get(i), entries.get(i))));
    }
    constants(src, "layout", layouts);
    constants(src, "kinds", kinds);
    src.line("  @Override").line("  void read(int type, Object bean, Object[] into) {");
    src.line("    switch (type) {");
    for (int i = 0; i < types.size(); i++) {
      src.line("      case " + i + ":").line("        read" + i + "(bean, into);");
      src.line("        return;");
    }
    src.line("      default:");
    src.line("        throw new IllegalArgumentException(\"type \" + type);");
    src.line("    }").line("  }");
    for (int i = 0; i < types.size(); i++) {
      getters(src, i, types.get(i), entries.get(i));
    }
    return src.line("}");
  }

  private static void constants(GeneratedSource src, String method, List<String> values) {
    src.line("  @Override").line("  String " + method + "(int type) {").line("    switch (type) {");
    for (int i = 0; i < values.size(); i++) {
      src.line("      case " + i + ":").line("        return " + values.get(i) + ";");
    }
    src.line("      default:").line("        return null;").line("    }").line("  }").line("");
  }

  /** The letters of {@link ModelGetters#kinds}: each property's field's declared type. */
  private static String kinds(Class<?> type, WriterIndex.Entry entry)
      throws ReflectiveOperationException {
    StringBuilder out = new StringBuilder();
    for (WriterIndex.Property p : entry.properties) {
      Class<?> declared = type.getDeclaredField(p.field).getType();
      out.append(
          declared == String.class
              ? 'S'
              : declared == List.class ? 'L' : declared == Map.class ? 'M' : 'O');
    }
    return out.toString();
  }

  /** The class's read method: each property's getter, then the additional properties'. */
  private static void getters(
      GeneratedSource src, int number, Class<?> type, WriterIndex.Entry entry)
      throws ReflectiveOperationException {
    String name = GeneratedSource.name(type);
    src.line("");
    src.line("  private static void read" + number + "(Object target, Object[] into) {");
    src.line("    " + name + " bean = (" + name + ") target;");
    int n = entry.properties.size();
    for (int p = 0; p < n; p++) {
      Method getter = getter(type, type.getDeclaredField(entry.properties.get(p).field));
      src.line("    into[" + p + "] = bean." + getter.getName() + "();");
    }
    if (entry.anyField != null) {
      Method getter = getter(type, type.getDeclaredField(entry.anyField));
      src.line("    into[" + n + "] = bean." + getter.getName() + "();");
    }
    src.line("  }");
  }

  /** The one getter of {@code field}; fails the build when there is none or more than one. */
  static Method getter(Class<?> type, Field field) {
    List<Method> found = new ArrayList<>();
    for (Method m : type.getMethods()) {
      String name = m.getName();
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && !m.isBridge()
          && m.getReturnType() == field.getType()
          && (name.equalsIgnoreCase("get" + field.getName())
              || name.equalsIgnoreCase("is" + field.getName()))) {
        found.add(m);
      }
    }
    if (found.size() != 1) {
      throw new IllegalStateException(
          "no unambiguous getter for "
              + type.getName()
              + "."
              + field.getName()
              + " (found "
              + found
              + "): the writer cannot read it without reflection");
    }
    return found.get(0);
  }
}
