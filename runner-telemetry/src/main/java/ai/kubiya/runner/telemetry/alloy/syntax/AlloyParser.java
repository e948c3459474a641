package ai.kubiya.runner.telemetry.alloy.syntax;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Parses Alloy configuration syntax. Errors carry positions: {@code file:line:col: message}.
 *
 * <pre>{@code
 * AlloyFile file = AlloyParser.parse("config.alloy", source);
 * }</pre>
 */
public final class AlloyParser {
  private AlloyParser() {}

  /**
   * Parses a whole file.
   *
   * @param fileName the name used in error positions
   * @throws AlloySyntaxException listing every error found
   */
  public static AlloyFile parse(String fileName, String source) {
    Parser p = Parser.of(fileName, source);
    AlloyFile file;
    try {
      file = p.parseFile();
    } catch (Parser.TooDeep e) {
      throw tooDeep(p, e);
    }
    if (!p.diagnostics().isEmpty()) {
      throw new AlloySyntaxException(p.diagnostics());
    }
    return file;
  }

  /** Parses the file at {@code path} (named by the path as given). */
  public static AlloyFile parse(Path path) throws IOException {
    return parse(
        path.toString(),
        ai.kubiya.runner.model.io.BoundedInput.readUtf8(
            path, ai.kubiya.runner.model.io.BoundedInput.ALLOY_LIMIT));
  }

  /**
   * Parses one expression, such as {@code sys.env("X")}.
   *
   * @throws AlloySyntaxException when it is not exactly one expression
   */
  public static Expr parseExpression(String source) {
    Parser p = Parser.of("", source);
    Expr expr;
    try {
      expr = p.parseExpression();
    } catch (Parser.TooDeep e) {
      throw tooDeep(p, e);
    }
    p.expectTerminator();
    if (!p.diagnostics().isEmpty()) {
      throw new AlloySyntaxException(p.diagnostics());
    }
    return expr;
  }

  /**
   * {@code file:line:col: nesting too deep}: bounded, so no parse, print or walk overflows the
   * stack.
   */
  private static AlloySyntaxException tooDeep(Parser p, Parser.TooDeep e) {
    return new AlloySyntaxException(
        java.util.List.of(
            new Diagnostic(
                p.position(e.offset),
                "nesting too deep (more than " + Parser.MAX_DEPTH + " levels)")));
  }
}
