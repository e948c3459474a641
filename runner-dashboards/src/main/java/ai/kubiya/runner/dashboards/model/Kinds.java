package ai.kubiya.runner.dashboards.model;

/** Checks that a typed value carries the {@code type} its class stands for. */
final class Kinds {
  private Kinds() {}

  static void require(String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          "a " + what + " has type \"" + expected + "\", not \"" + actual + "\"");
    }
  }
}
