package ai.kubiya.runner.telemetry.alloy.syntax;

/**
 * Prints Alloy configurations exactly as {@code alloy fmt} does: tabs for indentation, {@code =}
 * aligned across runs of one-line attributes and object fields, comments kept in place.
 *
 * <p>A parsed file keeps its layout decisions (which lists span lines, where blank lines are). A
 * file built in code has one layout: one statement per line, one object field per line, with its
 * leading comments. It is printed straight from the tree by the rules {@code alloy fmt} applies to
 * that layout; the rare tree outside them (names that are not identifiers, control characters in
 * literals) is written in that layout, parsed and formatted like any source.
 *
 * <pre>{@code
 * String formatted = AlloyPrinter.format("config.alloy", source);   // = alloy fmt
 * }</pre>
 */
public final class AlloyPrinter {
  private AlloyPrinter() {}

  /** {@code alloy fmt} of {@code source}: the formatted text, ending with a newline. */
  public static String format(String fileName, String source) {
    return print(AlloyParser.parse(fileName, source));
  }

  /** The configuration formatted as {@code alloy fmt} prints it, ending with a newline. */
  public static String print(AlloyFile file) {
    if (!file.hasSource() && !file.body().isEmpty()) {
      String direct = BuiltPrinter.print(file.body(), true);
      if (direct != null) {
        return direct;
      }
    }
    return fprint(file) + "\n";
  }

  /** The configuration formatted, without the final newline (Alloy's {@code printer.Fprint}). */
  public static String fprint(AlloyFile file) {
    if (!file.hasSource()) {
      String direct = BuiltPrinter.print(file.body(), false);
      if (direct != null) {
        return direct;
      }
    }
    return formatted(file);
  }

  /** {@link #fprint} the general way: a built file is written as source and parsed first. */
  static String formatted(AlloyFile file) {
    AlloyFile source =
        file.hasSource() ? file : AlloyParser.parse("", SourceWriter.write(file.body()));
    return new FmtWalker(source).print();
  }

  /** One expression as Alloy source text, on one line except for multi-field objects. */
  public static String print(Expr expr) {
    return SourceWriter.write(expr);
  }
}
