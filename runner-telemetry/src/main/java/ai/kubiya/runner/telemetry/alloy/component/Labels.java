package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.AlloyStrings;

/** Component labels must be identifiers. */
final class Labels {
  private Labels() {}

  static String requireValid(String label) {
    if (!AlloyStrings.isIdentifier(label)) {
      throw new IllegalArgumentException(
          "component label \"" + label + "\" is not a valid identifier (letters, digits, _)");
    }
    return label;
  }
}
