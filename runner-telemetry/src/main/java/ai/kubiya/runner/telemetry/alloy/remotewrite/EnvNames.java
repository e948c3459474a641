package ai.kubiya.runner.telemetry.alloy.remotewrite;

import ai.kubiya.runner.telemetry.alloy.syntax.AlloyStrings;
import java.util.regex.Pattern;

/** Environment variable names and component labels of remote-write targets. */
final class EnvNames {
  private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private EnvNames() {}

  static String requireEnv(String what, String name) {
    if (name == null || !ENV.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + ": \"" + name + "\" is not an environment variable name ([A-Za-z_][A-Za-z0-9_]*)");
    }
    return name;
  }

  static String requireLabel(String label) {
    if (label == null || !AlloyStrings.isIdentifier(label)) {
      throw new IllegalArgumentException(
          "remote-write label \"" + label + "\" is not a valid identifier (letters, digits, _)");
    }
    return label;
  }
}
