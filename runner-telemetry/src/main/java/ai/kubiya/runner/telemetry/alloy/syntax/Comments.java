package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.ArrayList;
import java.util.List;

/** Normalizes comment lines given in code to {@code // text} form; a blank line stays blank. */
final class Comments {
  private Comments() {}

  static List<String> lines(String... lines) {
    List<String> out = new ArrayList<>();
    for (String text : lines) {
      if (text.indexOf('\n') < 0) {
        out.add(line(text));
        continue;
      }
      for (String line : text.split("\n", -1)) {
        out.add(line(line));
      }
    }
    return List.copyOf(out);
  }

  private static String line(String line) {
    return line.startsWith("//") || line.isBlank() ? line.strip() : "// " + line;
  }
}
