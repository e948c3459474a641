package ai.kubiya.runner.model;

import java.util.Locale;

/** Which values are secrets, and how they are shown: never. */
public final class Secrets {
  /** What a secret value is shown as. */
  public static final String MASK = "<redacted>";

  private Secrets() {}

  /**
   * True for environment-variable names that hold secrets: any name containing SECRET, TOKEN,
   * PASSWORD or KEY (case-insensitive).
   */
  public static boolean isSecretName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.contains("SECRET")
        || upper.contains("TOKEN")
        || upper.contains("PASSWORD")
        || upper.contains("KEY");
  }

  /**
   * True for value paths that hold secrets: {@code nats.jwt}, {@code nats.secondJwt}, {@code
   * registryTls.key}.
   */
  public static boolean isSecretPath(String path) {
    return path.equals("nats.jwt")
        || path.equals("nats.secondJwt")
        || path.equals("registryTls.key");
  }
}
