package ai.kubiya.runner.manifests.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats a {@link DiffResult} for people: one line per reported (not allowed) difference, then a
 * summary line.
 *
 * <pre>{@code
 * Deployment/kubiya/agent-manager spec.replicas changed: expected 2, actual 3
 * 1 difference (0 allowed); objects: 23 expected, 23 actual
 * }</pre>
 */
public final class DiffFormatter {
  private DiffFormatter() {}

  /** The lines: every reported difference, then {@link #summary}. */
  public static List<String> lines(DiffResult result) {
    List<String> lines = new ArrayList<>();
    for (Difference d : result.reported()) {
      lines.add(d.line());
    }
    lines.add(summary(result));
    return lines;
  }

  /** The lines joined with newlines, ending with one. */
  public static String format(DiffResult result) {
    return String.join("\n", lines(result)) + "\n";
  }

  /**
   * The summary, e.g. {@code equal (2 allowed differences); objects: 23 expected, 23 actual} or
   * {@code 3 differences (2 allowed); objects: 23 expected, 24 actual}.
   */
  public static String summary(DiffResult result) {
    String objects =
        "objects: " + result.expectedObjects() + " expected, " + result.actualObjects() + " actual";
    int allowed = result.allowedCount();
    if (result.isEqual()) {
      return "equal (" + allowed + " allowed " + plural(allowed, "difference") + "); " + objects;
    }
    int reported = result.reported().size();
    return reported
        + " "
        + plural(reported, "difference")
        + " ("
        + allowed
        + " allowed); "
        + objects;
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }
}
