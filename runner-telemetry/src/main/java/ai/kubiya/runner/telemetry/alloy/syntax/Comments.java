package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.ArrayList;
import java.util.List;

/** Normalizes comment lines given in code to {@code // text} form; a blank line stays blank. */
final class Comments {
  private Comments() {}

  static List<String> lines(String... lines) {
    List<String> out = new ArrayList<>();
    for (String text : lines) {
      for (String line : text.split("\n", -1)) {
        out.add(line.startsWith("//") || line.isBlank() ? line.strip() : "// " + line);
      }
    }
    return List.copyOf(out);
  }
}
