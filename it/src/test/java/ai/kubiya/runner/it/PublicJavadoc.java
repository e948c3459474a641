package ai.kubiya.runner.it;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds public API without a Javadoc comment in Java sources, as javadoc's doclint "missing" group
 * would, but on the sources alone (javac's parser, no compilation), so that Immutables' generated
 * types (whose members have no comments) stay out of it.
 *
 * <p>Public API is a public top-level type and, inside it, every public or protected type, method,
 * constructor and field (enum constants included; in interfaces and annotations every member that
 * is not private). Not API, so not checked: packages named {@code internal} (and below), methods
 * with {@code @Override} (they inherit their comment), and the compact constructors of records (the
 * record's {@code @param} tags document its components).
 */
final class PublicJavadoc {
  private final DocTrees docs;
  private final CompilationUnitTree unit;
  private final Path root;
  private final List<String> missing = new ArrayList<>();

  private PublicJavadoc(DocTrees docs, CompilationUnitTree unit, Path root) {
    this.docs = docs;
    this.unit = unit;
    this.root = root;
  }

  /**
   * One line per undocumented member of these files: {@code path:line: what}, the path relative to
   * {@code root}, in file order.
   */
  static List<String> missing(Path root, List<Path> files) {
    if (files.isEmpty()) {
      return List.of();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  null,
                  fm,
                  diagnostic -> {},
                  List.of("-proc:none"),
                  null,
                  fm.getJavaFileObjectsFromPaths(files));
      DocTrees docs = DocTrees.instance(task);
      List<String> out = new ArrayList<>();
      for (CompilationUnitTree unit : task.parse()) {
        out.addAll(new PublicJavadoc(docs, unit, root).check());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> check() throws IOException {
    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    if (("." + pkg + ".").contains(".internal.")) {
      return missing;
    }
    TreePath top = new TreePath(unit);
    for (Tree t : unit.getTypeDecls()) {
      if (t instanceof ClassTree c && c.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
        type(new TreePath(top, c));
      }
    }
    return missing;
  }

  private void type(TreePath path) throws IOException {
    ClassTree type = (ClassTree) path.getLeaf();
    boolean iface =
        type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
    require(path, "type " + type.getSimpleName());
    for (Tree member : type.getMembers()) {
      TreePath at = new TreePath(path, member);
      if (member instanceof ClassTree c) {
        if (isApi(c.getModifiers(), iface)) {
          type(at);
        }
      } else if (member instanceof MethodTree m) {
        boolean constructor = m.getName().contentEquals("<init>");
        if (isApi(m.getModifiers(), iface)
            && !overrides(m.getModifiers())
            && !(constructor && isCompactConstructor(type, m))) {
          String name = constructor ? type.getSimpleName().toString() : m.getName().toString();
          require(at, (constructor ? "constructor " : "method ") + name + "()");
        }
      } else if (member instanceof VariableTree v) {
        if (isApi(v.getModifiers(), iface) || isEnumConstant(type, v)) {
          require(at, "field " + v.getName());
        }
      }
    }
  }

  private static boolean isApi(ModifiersTree modifiers, boolean inInterface) {
    Set<Modifier> flags = modifiers.getFlags();
    return inInterface
        ? !flags.contains(Modifier.PRIVATE)
        : flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED);
  }

  private static boolean overrides(ModifiersTree modifiers) {
    return modifiers.getAnnotations().stream()
        .anyMatch(a -> a.getAnnotationType().toString().matches("(java\\.lang\\.)?Override"));
  }

  private static boolean isEnumConstant(ClassTree type, VariableTree v) {
    return type.getKind() == Tree.Kind.ENUM
        && v.getInitializer() instanceof NewClassTree init
        && init.getIdentifier().toString().equals(type.getSimpleName().toString());
  }

  /** A record's compact constructor has no parameter list: {@code public Point {...}}. */
  private boolean isCompactConstructor(ClassTree type, MethodTree m) throws IOException {
    if (type.getKind() != Tree.Kind.RECORD || m.getBody() == null) {
      return false;
    }
    String text = unit.getSourceFile().getCharContent(true).toString();
    int from = (int) docs.getSourcePositions().getStartPosition(unit, m);
    int to = (int) docs.getSourcePositions().getStartPosition(unit, m.getBody());
    return !text.substring(from, to).strip().endsWith(")");
  }

  private void require(TreePath path, String what) {
    if (docs.getDocCommentTree(path) == null) {
      long pos = docs.getSourcePositions().getStartPosition(unit, path.getLeaf());
      Path file = Path.of(unit.getSourceFile().toUri());
      missing.add(
          root.relativize(file)
              + ":"
              + unit.getLineMap().getLineNumber(pos)
              + ": "
              + what
              + " has no Javadoc");
    }
  }
}
