package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Objects;

/** One {@code key = value} of an object; {@code quoted} when the key was written as a string. */
public record ObjectField(Ident name, boolean quoted, Expr value) {
  public ObjectField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** A field built in code: the key is quoted when it is not a valid identifier. */
  public static ObjectField of(String key, Expr value) {
    return new ObjectField(Ident.of(key), !AlloyStrings.isIdentifier(key), value);
  }
}
