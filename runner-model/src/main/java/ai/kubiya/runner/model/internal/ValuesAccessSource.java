package ai.kubiya.runner.model.internal;

import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.io.AtomicFiles;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Build step: writes {@code GeneratedValuesAccess}, the {@link ValuesAccess} of every values type
 * {@link DirectBinder} plans, as Java source: direct calls to the methods the reflected plans found
 * (each setter called with its parameter's exact class, so the overload is the same one). The build
 * compiles it next to the classes it was made from ({@code process-classes}); a type whose declared
 * types it cannot write as source is left out, and reflection plans it at run time.
 */
final class ValuesAccessSource {
  static final String CLASS = "GeneratedValuesAccess";

  private ValuesAccessSource() {}

  /** The source of the generated class for {@code plans} (type: plan, the index's order). */
  static String source(Map<Class<?>, DirectBinder.Plan> plans) {
    List<Class<?>> types = new ArrayList<>();
    List<DirectBinder.Plan> held = new ArrayList<>();
    plans.forEach(
        (type, plan) -> {
          if (writable(plan)) {
            types.add(type);
            held.add(plan);
          }
        });
    StringBuilder out = new StringBuilder();
    out.append("package ").append(ValuesAccess.class.getPackageName()).append(";\n\n");
    out.append(
        "/** Written by ValuesAccessSource at build time from the values model: do not edit. */\n");
    out.append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n");
    out.append("final class ").append(CLASS).append(" extends ValuesAccess {\n");
    out.append("  private final int type;\n\n");
    out.append("  ").append(CLASS).append("() {\n    this(-1);\n  }\n\n");
    out.append("  private ").append(CLASS).append("(int type) {\n    this.type = type;\n  }\n\n");

    out.append("  @Override\n  ValuesAccess forType(String name) {\n    switch (name) {\n");
    for (int t = 0; t < types.size(); t++) {
      out.append("      case \"").append(types.get(t).getName()).append("\":\n");
      out.append("        return new ").append(CLASS).append('(').append(t).append(");\n");
    }
    out.append("      default:\n        return null;\n    }\n  }\n\n");

    dispatch(out, "String[] names()", "names", "", types.size(), true);
    dispatch(out, "java.lang.reflect.Type[] types()", "types", "", types.size(), true);
    dispatch(out, "Object builder()", "builder", "", types.size(), true);
    dispatch(out, "void set(Object b, int p, Object v)", "set", "b, p, v", types.size(), false);
    dispatch(
        out,
        "void putExtras(Object b, java.util.Map<String, Object> m)",
        "putExtras",
        "b, m",
        types.size(),
        false);
    dispatch(out, "Object build(Object b)", "build", "b", types.size(), true);
    dispatch(out, "Object get(Object s, int p)", "get", "s, p", types.size(), true);
    dispatch(out, "java.util.Map<?, ?> extras(Object s)", "extras", "s", types.size(), true);

    for (int t = 0; t < types.size(); t++) {
      perType(out, t, types.get(t), held.get(t));
    }
    return out.append("}\n").toString();
  }

  private static void dispatch(
      StringBuilder out, String signature, String name, String args, int types, boolean returns) {
    out.append("  @Override\n  ").append(signature).append(" {\n    switch (type) {\n");
    for (int t = 0; t < types; t++) {
      out.append("      case ").append(t).append(":\n        ");
      if (returns) {
        out.append("return ").append(name).append(t).append('(').append(args).append(");\n");
      } else {
        out.append(name).append(t).append('(').append(args).append(");\n        return;\n");
      }
    }
    out.append("      default:\n        throw new IllegalStateException(\"no type\");\n");
    out.append("    }\n  }\n\n");
  }

  private static void perType(StringBuilder out, int t, Class<?> type, DirectBinder.Plan plan) {
    DirectBinder.Reflected calls = (DirectBinder.Reflected) plan.calls;
    String immutable = calls.builder.getDeclaringClass().getCanonicalName();
    String builder = calls.builder.getReturnType().getCanonicalName();
    String values = type.getCanonicalName();
    List<DirectBinder.Property> properties = new ArrayList<>(plan.properties.values());
    out.append("  // ").append(type.getName()).append("\n\n");

    out.append("  private static String[] names").append(t).append("() {\n");
    out.append("    return new String[] {");
    for (int i = 0; i < properties.size(); i++) {
      out.append(i == 0 ? "" : ", ").append('"').append(properties.get(i).name).append('"');
    }
    out.append("};\n  }\n\n");

    out.append("  private static java.lang.reflect.Type[] types").append(t).append("() {\n");
    out.append("    return new java.lang.reflect.Type[] {");
    for (int i = 0; i < properties.size(); i++) {
      out.append(i == 0 ? "\n      " : ",\n      ").append(typeSource(properties.get(i).type));
    }
    out.append("\n    };\n  }\n\n");

    out.append("  private static Object builder").append(t).append("() {\n");
    out.append("    return ").append(immutable).append(".builder();\n  }\n\n");

    out.append("  private static void set")
        .append(t)
        .append("(Object builder, int p, Object v) {\n");
    out.append("    ").append(builder).append(" b = (").append(builder).append(") builder;\n");
    out.append("    switch (p) {\n");
    for (int i = 0; i < properties.size(); i++) {
      Method setter = calls.setters[i];
      out.append("      case ").append(i).append(":\n        b.").append(setter.getName());
      out.append('(').append(argument(setter.getParameterTypes()[0])).append(");\n");
      out.append("        return;\n");
    }
    out.append("      default:\n        throw new IndexOutOfBoundsException(p);\n    }\n  }\n\n");

    out.append("  private static void putExtras").append(t);
    out.append("(Object builder, java.util.Map<String, Object> m) {\n");
    if (calls.extras == null) {
      out.append("    throw new UnsupportedOperationException(\"no extras\");\n  }\n\n");
    } else {
      out.append("    ((").append(builder).append(") builder).").append(calls.extras.getName());
      out.append("(m);\n  }\n\n");
    }

    out.append("  private static Object build").append(t).append("(Object builder) {\n");
    out.append("    return ((").append(builder).append(") builder).build();\n  }\n\n");

    out.append("  private static Object get").append(t).append("(Object section, int p) {\n");
    out.append("    ").append(values).append(" s = (").append(values).append(") section;\n");
    out.append("    switch (p) {\n");
    for (int i = 0; i < properties.size(); i++) {
      out.append("      case ").append(i).append(":\n        return s.");
      out.append(calls.accessors[i].getName()).append("();\n");
    }
    out.append("      default:\n        throw new IndexOutOfBoundsException(p);\n    }\n  }\n\n");

    out.append("  private static java.util.Map<?, ?> extras")
        .append(t)
        .append("(Object section) {\n");
    if (calls.extrasGetter == null) {
      out.append("    throw new UnsupportedOperationException(\"no extras\");\n  }\n\n");
    } else {
      out.append("    return ((").append(values).append(") section).");
      out.append(calls.extrasGetter.getName()).append("();\n  }\n\n");
    }
  }

  /** {@code v} as the setter's parameter: a cast to its exact class, or an unboxing. */
  private static String argument(Class<?> parameter) {
    if (parameter.isPrimitive()) {
      String boxed = boxed(parameter);
      return "((" + boxed + ") v)." + parameter.getName() + "Value()";
    }
    return "(" + parameter.getCanonicalName() + ") v";
  }

  /** The boxed class of a primitive parameter the source unboxes; null for any other. */
  private static String boxed(Class<?> primitive) {
    if (primitive == int.class) {
      return "java.lang.Integer";
    }
    if (primitive == long.class) {
      return "java.lang.Long";
    }
    if (primitive == boolean.class) {
      return "java.lang.Boolean";
    }
    return primitive == double.class ? "java.lang.Double" : null;
  }

  /** Whether every declared type and parameter of the plan can be written as source. */
  private static boolean writable(DirectBinder.Plan plan) {
    if (!(plan.calls instanceof DirectBinder.Reflected)) {
      return false;
    }
    DirectBinder.Reflected calls = (DirectBinder.Reflected) plan.calls;
    for (DirectBinder.Property property : plan.properties.values()) {
      if (typeSource(property.type) == null) {
        return false;
      }
    }
    for (Method setter : calls.setters) {
      Class<?> parameter = setter.getParameterTypes()[0];
      if (parameter.isPrimitive()
          ? boxed(parameter) == null
          : parameter.getCanonicalName() == null) {
        return false;
      }
    }
    return true;
  }

  /** A declared type as a source expression; null when it is none this class writes. */
  static String typeSource(Type type) {
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      return c.isArray() || c.getCanonicalName() == null ? null : c.getCanonicalName() + ".class";
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      if (p.getOwnerType() != null && !(p.getOwnerType() instanceof Class)) {
        return null;
      }
      StringBuilder out = new StringBuilder("DirectBinder.parameterized(");
      out.append(typeSource(p.getRawType()));
      for (Type argument : p.getActualTypeArguments()) {
        String source = typeSource(argument);
        if (source == null) {
          return null;
        }
        out.append(", ").append(source);
      }
      return out.append(')').toString();
    }
    return null; // wildcards, type variables, arrays: the binder gives up on those anyway
  }

  /** Writes the source into the directory {@code args[0]} (a source root). */
  public static void main(String[] args) throws IOException {
    Map<Class<?>, DirectBinder.Plan> plans = DirectBinder.reflectedPlanObjects(RunnerValues.class);
    String source = source(plans);
    Path dir = Path.of(args[0]).resolve(ValuesAccess.class.getPackageName().replace('.', '/'));
    Files.createDirectories(dir);
    AtomicFiles.writeString(dir.resolve(CLASS + ".java"), source);
    long held = plans.values().stream().filter(ValuesAccessSource::writable).count();
    System.out.println(
        "ValuesAccessSource: direct calls for " + held + " of " + plans.size() + " values types");
  }
}
