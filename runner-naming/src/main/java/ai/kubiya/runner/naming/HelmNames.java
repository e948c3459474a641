package ai.kubiya.runner.naming;

/** Helm's name helpers: {@code trunc 63 | trimSuffix "-"}, and {@code default}. */
public final class HelmNames {
  /** The longest Kubernetes name Helm charts generate. */
  public static final int MAX_NAME = 63;

  private HelmNames() {}

  /** {@code s | trunc 63 | trimSuffix "-"}: at most 63 characters, one trailing dash removed. */
  public static String truncate(String s) {
    String t = s.length() > MAX_NAME ? s.substring(0, MAX_NAME) : s;
    return t.endsWith("-") ? t.substring(0, t.length() - 1) : t;
  }

  /** Helm's {@code default fallback value}: the value unless it is empty. */
  public static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }

  /**
   * The standard chart fullname: {@code fullnameOverride}, else the release name when it contains
   * the name, else {@code <release>-<name>}; truncated.
   */
  public static String fullname(String release, String name, String fullnameOverride) {
    if (fullnameOverride != null && !fullnameOverride.isEmpty()) {
      return truncate(fullnameOverride);
    }
    if (release.contains(name)) {
      return truncate(release);
    }
    return truncate(release + "-" + name);
  }
}
