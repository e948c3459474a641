package ai.kubiya.runner.telemetry.alloy.component;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alloy durations: strings in Go's {@code time.ParseDuration} syntax ({@code 60s}, {@code 1m30s},
 * {@code 1.5h}, {@code 250ms}), the syntax Alloy decodes duration attributes with.
 */
public final class Durations {
  private static final Pattern PART =
      Pattern.compile("([0-9]*(?:\\.[0-9]*)?)(ns|us|µs|μs|ms|s|m|h)");

  private Durations() {}

  /** Why {@code text} is not a valid duration, or empty when it is. */
  public static Optional<String> problem(String text) {
    if (digitsAndUnit(text)) {
      return Optional.empty(); // the common case ("60s"), decided without the regex
    }
    String s = text;
    if (s.startsWith("-") || s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Optional.empty();
    }
    if (s.isEmpty()) {
      return Optional.of("invalid duration \"" + text + "\"");
    }
    Matcher m = PART.matcher(s);
    int at = 0;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at || m.group(1).isEmpty() || m.group(1).equals(".")) {
        String rest = s.substring(at);
        boolean missingUnit = rest.matches("[0-9.]+");
        return Optional.of(
            (missingUnit ? "missing unit in duration \"" : "invalid duration \"") + text + "\"");
      }
      at = m.end();
    }
    return Optional.empty();
  }

  /** True for one or more digits then {@code s}, {@code m} or {@code h}: always a duration. */
  private static boolean digitsAndUnit(String text) {
    int last = text.length() - 1;
    if (last < 1 || "smh".indexOf(text.charAt(last)) < 0) {
      return false;
    }
    for (int i = 0; i < last; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The duration {@code text} denotes.
   *
   * @throws IllegalArgumentException when it is not a valid duration
   */
  public static java.time.Duration parse(String text) {
    requireValid("duration", text);
    String s = text;
    boolean negative = s.startsWith("-");
    if (negative || s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return java.time.Duration.ZERO;
    }
    java.math.BigDecimal nanos = java.math.BigDecimal.ZERO;
    Matcher m = PART.matcher(s);
    while (m.find()) {
      long unit;
      switch (m.group(2)) {
        case "ns" -> unit = 1L;
        case "us", "µs", "μs" -> unit = 1_000L;
        case "ms" -> unit = 1_000_000L;
        case "s" -> unit = 1_000_000_000L;
        case "m" -> unit = 60_000_000_000L;
        default -> unit = 3_600_000_000_000L;
      }
      nanos =
          nanos.add(
              new java.math.BigDecimal(m.group(1)).multiply(java.math.BigDecimal.valueOf(unit)));
    }
    java.time.Duration d = java.time.Duration.ofNanos(nanos.longValue());
    return negative ? d.negated() : d;
  }

  /** {@code text} when it is a valid duration; otherwise an exception naming {@code attribute}. */
  public static String requireValid(String attribute, String text) {
    Optional<String> problem = problem(text);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(attribute + ": " + problem.get());
    }
    return text;
  }
}
