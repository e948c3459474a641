package ai.kubiya.runner.telemetry.alloy.syntax;

/** Prints Alloy configurations. */
public final class AlloyPrinter {
  private AlloyPrinter() {}

  /** The configuration as Alloy source text, ending with a newline. */
  public static String print(AlloyFile file) {
    return SourceWriter.write(file.body());
  }

  /** One expression as Alloy source text. */
  public static String print(Expr expr) {
    return SourceWriter.write(expr);
  }
}
