package ai.kubiya.runner.manifests.internal;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build step: the source of {@code GeneratedBeanSetters} ({@link BeanSetters}) for the beans of
 * {@link BeanIndex}: per bean, its constructor, each setter called with its value cast to the very
 * parameter class reflection found (so the call is to the same overload), and each parameter's
 * type. Beans are numbered in name order, setters in JSON-name order. Not API.
 */
final class BeanSettersSource {
  private static final String SIMPLE_NAME =
      BeanSetters.GENERATED.substring(BeanSetters.GENERATED.lastIndexOf('.') + 1);

  private BeanSettersSource() {}

  /** The generated class's source for {@code beans} (the index's entries by class name). */
  static GeneratedSource of(Map<String, BeanIndex.Entry> beans)
      throws ReflectiveOperationException {
    List<Class<?>> types = new ArrayList<>();
    List<BeanIndex.Entry> entries = new ArrayList<>();
    for (Map.Entry<String, BeanIndex.Entry> e : new TreeMap<>(beans).entrySet()) {
      if (e.getValue() != BeanIndex.Entry.JACKSON) {
        types.add(Class.forName(e.getKey(), false, BeanSettersSource.class.getClassLoader()));
        entries.add(e.getValue());
      }
    }
    GeneratedSource src =
        new GeneratedSource(BeanSetters.class.getPackageName(), "BeanSettersSource");
    src.line("/** The setters of " + types.size() + " fabric8 beans, by number. */");
    src.line("@SuppressWarnings({\"unchecked\", \"rawtypes\", \"deprecation\"})");
    src.line("final class " + SIMPLE_NAME + " extends BeanSetters {");
    src.line("  @Override").line("  int number(String type) {").line("    switch (type) {");
    for (int i = 0; i < types.size(); i++) {
      src.line("      case " + GeneratedSource.literal(types.get(i).getName()) + ":");
      src.line("        return " + i + ";");
    }
    src.line("      default:").line("        return -1;").line("    }").line("  }").line("");
    src.line("  @Override").line("  String layout(int bean) {").line("    switch (bean) {");
    for (int i = 0; i < types.size(); i++) {
      src.line("      case " + i + ":");
      src.line("        return " + GeneratedSource.literal(entries.get(i).toString()) + ";");
    }
    src.line("      default:").line("        return null;").line("    }").line("  }").line("");
    src.line("  @Override").line("  Object create(int bean) {").line("    switch (bean) {");
    for (int i = 0; i < types.size(); i++) {
      src.line("      case " + i + ":");
      src.line("        return new " + GeneratedSource.name(types.get(i)) + "();");
    }
    src.line("      default:")
        .line("        throw new IllegalArgumentException(\"bean \" + bean);");
    src.line("    }").line("  }").line("");
    dispatch(src, types.size(), "java.lang.reflect.Type type", "type", "property", true);
    dispatch(src, types.size(), "void set", "set", "property, target, value", false);
    src.line("  @Override");
    src.line("  void setAny(int bean, Object target, String key, Object value) {");
    src.line("    switch (bean) {");
    for (int i = 0; i < types.size(); i++) {
      if (entries.get(i).anySetter != null) {
        src.line("      case " + i + ":");
        src.line(
            "        (("
                + GeneratedSource.name(types.get(i))
                + ") target)."
                + entries.get(i).anySetter
                + "(key, value);");
        src.line("        return;");
      }
    }
    src.line("      default:")
        .line("        throw new IllegalArgumentException(\"bean \" + bean);");
    src.line("    }").line("  }");
    for (int i = 0; i < types.size(); i++) {
      bean(src, i, types.get(i), entries.get(i));
    }
    return src.line("}");
  }

  /** A method choosing the bean's own method by the bean's number. */
  private static void dispatch(
      GeneratedSource src, int beans, String method, String prefix, String args, boolean returns) {
    String params =
        args.startsWith("property,") ? "int property, Object target, Object value" : "int property";
    src.line("  @Override").line("  " + method + "(int bean, " + params + ") {");
    src.line("    switch (bean) {");
    for (int i = 0; i < beans; i++) {
      src.line("      case " + i + ":");
      if (returns) {
        src.line("        return " + prefix + i + "(" + args + ");");
      } else {
        src.line("        " + prefix + i + "(" + args + ");").line("        return;");
      }
    }
    src.line("      default:")
        .line("        throw new IllegalArgumentException(\"bean \" + bean);");
    src.line("    }").line("  }").line("");
  }

  /** The bean's setter and parameter type methods. */
  private static void bean(GeneratedSource src, int number, Class<?> type, BeanIndex.Entry entry)
      throws ReflectiveOperationException {
    String name = GeneratedSource.name(type);
    List<String> sets = new ArrayList<>();
    List<String> types = new ArrayList<>();
    int property = 0;
    for (String[] s : new TreeMap<>(entry.setters).values()) {
      if (s[2].isEmpty()) { // a setter Jackson must call has no case: the converter gives up
        Method m = type.getMethod(s[0], Class.forName(s[1], false, type.getClassLoader()));
        Class<?> parameter = GeneratedSource.boxed(m.getParameterTypes()[0]);
        sets.add("      case " + property + ":");
        sets.add(
            "        bean." + m.getName() + "((" + GeneratedSource.name(parameter) + ") value);");
        sets.add("        return;");
        types.add("      case " + property + ":");
        types.add("        return " + typeExpression(m.getGenericParameterTypes()[0]) + ";");
      }
      property++;
    }
    src.line("");
    src.line("  private static java.lang.reflect.Type type" + number + "(int property) {");
    src.line("    switch (property) {");
    types.forEach(src::line);
    src.line("      default:").line("        return null;").line("    }").line("  }").line("");
    src.line(
        "  private static void set" + number + "(int property, Object target, Object value) {");
    src.line("    " + name + " bean = (" + name + ") target;");
    src.line("    switch (property) {");
    sets.forEach(src::line);
    src.line("      default:");
    src.line("        throw new IllegalArgumentException(\"property \" + property);");
    src.line("    }").line("  }");
  }

  /** {@code type} as an expression; {@code null} for what the converter gives up on. */
  private static String typeExpression(Type type) {
    if (type instanceof Class) {
      return GeneratedSource.name((Class<?>) type) + ".class";
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      StringBuilder out = new StringBuilder("GenericType.of(");
      out.append(typeExpression(p.getRawType()));
      for (Type argument : p.getActualTypeArguments()) {
        String expression = typeExpression(argument);
        out.append(", ")
            .append(expression.equals("null") ? "(java.lang.reflect.Type) null" : expression);
      }
      return out.append(')').toString();
    }
    return "null"; // a wildcard or a type variable: DirectConverter gives up on it
  }
}
