package ai.kubiya.runner.examples.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as Grafana and Prometheus write them: {@code 30s}, {@code 5m}, {@code 1h}, {@code 7d}. */
final class Durations {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");

  private Durations() {}

  static Duration parse(String option, String text) {
    Matcher m = DURATION.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(option + " \"" + text + "\" is not a duration such as 30s, 5m, 1h or 7d");
    }
    long n = Long.parseLong(m.group(1));
    switch (m.group(2)) {
      case "ms":
        return Duration.ofMillis(n);
      case "s":
        return Duration.ofSeconds(n);
      case "m":
        return Duration.ofMinutes(n);
      case "h":
        return Duration.ofHours(n);
      case "d":
        return Duration.ofDays(n);
      default:
        return Duration.ofDays(7 * n);
    }
  }
}
