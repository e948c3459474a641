package ai.kubiya.runner.manifests.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;

/**
 * A parameterized type ({@code List<Volume>}) as generated code names it, equal to the JDK's own
 * for the same type, so the generated setters need no {@code Method} to learn it.
 */
final class GenericType implements ParameterizedType {
  private final Class<?> raw;
  private final Type[] arguments;

  private GenericType(Class<?> raw, Type[] arguments) {
    this.raw = raw;
    this.arguments = arguments;
  }

  /** {@code raw<arguments>}. */
  static GenericType of(Class<?> raw, Type... arguments) {
    return new GenericType(raw, arguments.clone());
  }

  @Override
  public Type[] getActualTypeArguments() {
    return arguments.clone();
  }

  @Override
  public Type getRawType() {
    return raw;
  }

  @Override
  public Type getOwnerType() {
    return raw.getDeclaringClass();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ParameterizedType)) {
      return false;
    }
    ParameterizedType other = (ParameterizedType) o;
    return raw.equals(other.getRawType())
        && Objects.equals(getOwnerType(), other.getOwnerType())
        && Arrays.equals(arguments, other.getActualTypeArguments());
  }

  @Override
  public int hashCode() {
    // as the JDK's: the arguments' hash, the owner's and the raw type's, combined by xor
    return Arrays.hashCode(arguments) ^ Objects.hashCode(getOwnerType()) ^ raw.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(raw.getName()).append('<');
    for (int i = 0; i < arguments.length; i++) {
      out.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
    }
    return out.append('>').toString();
  }
}
