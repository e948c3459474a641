package ai.kubiya.runner.cli;

import ai.kubiya.runner.model.SecretScrubber;
import java.util.Map;

/**
 * The secrets of the running command, for the last line of defence on stderr: the environment's
 * secret variables from the start, the loaded values' secrets once they are loaded. One scrubber
 * per CLI run (tests run many in one JVM, one after another or on other threads).
 */
final class CliSecrets {
  private static final InheritableThreadLocal<SecretScrubber> CURRENT =
      new InheritableThreadLocal<>();

  private CliSecrets() {}

  /** Starts a run: a fresh scrubber knowing the environment's secrets. */
  static SecretScrubber begin() {
    SecretScrubber scrubber = SecretScrubber.create().addEnvironment(System.getenv());
    CURRENT.set(scrubber);
    return scrubber;
  }

  /** Ends a run. */
  static void end() {
    CURRENT.remove();
  }

  /** The running command's scrubber (a fresh one outside a run). */
  static SecretScrubber current() {
    SecretScrubber scrubber = CURRENT.get();
    return scrubber != null ? scrubber : begin();
  }

  /** Registers the secrets of a values tree. */
  static void addValues(Map<String, ?> tree) {
    current().addValuesTree(tree);
  }

  /** Registers one secret (a token, a seed) the command came to know. */
  static void add(String secret) {
    current().add(secret);
  }

  /** {@code text} scrubbed of every secret known to the running command. */
  static String scrub(String text) {
    return current().scrub(text);
  }
}
