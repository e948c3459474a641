package ai.kubiya.runner.manifests.internal;

import ai.kubiya.runner.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Java source text as the build steps that generate accessors write it ({@link BeanSettersSource},
 * {@code ModelGettersSource}): names, literals, and the file under the generated-sources root.
 * Build time only; the output depends on its input alone, so the same classes give the same bytes.
 */
public final class GeneratedSource {
  private final StringBuilder out = new StringBuilder();

  /** Starts a file of {@code pkg}: the header and the package line. */
  public GeneratedSource(String pkg, String writer) {
    line("// Generated at build time by " + writer + " from fabric8's model classes. Do not edit.");
    line("package " + pkg + ";");
    line("");
  }

  /** Appends {@code text} and a line break. */
  public GeneratedSource line(String text) {
    out.append(text).append('\n');
    return this;
  }

  /** The source so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  /** Writes the source as {@code pkg/simpleName.java} under {@code root}, atomically. */
  public void write(Path root, String pkg, String simpleName) throws IOException {
    Path dir = root.resolve(pkg.replace('.', '/'));
    Files.createDirectories(dir);
    AtomicFiles.writeString(dir.resolve(simpleName + ".java"), out.toString());
  }

  /** {@code type}'s name in source ({@code Outer.Inner}, {@code int}); refused when it has none. */
  public static String name(Class<?> type) {
    String name = type.getCanonicalName();
    if (name == null) {
      throw new IllegalArgumentException("no source name: " + type.getName());
    }
    return name;
  }

  /** The boxed class of a primitive type, or the type itself. */
  public static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    switch (type.getName()) {
      case "int":
        return Integer.class;
      case "long":
        return Long.class;
      case "boolean":
        return Boolean.class;
      case "double":
        return Double.class;
      case "float":
        return Float.class;
      case "short":
        return Short.class;
      case "byte":
        return Byte.class;
      case "char":
        return Character.class;
      default:
        throw new IllegalArgumentException("no value of type " + type);
    }
  }

  /** {@code text} as a Java string literal. */
  public static String literal(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < ' ' || c > '~') {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }
}
