package ai.kubiya.runner.deployer.drift;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A field the SDK sets but leaves to someone else, such as {@code spec.replicas} of Deployments
 * scaled by an HPA: {@code KIND/NAME:PATH}, where {@code KIND} and {@code NAME} may be {@code *}
 * (or end in {@code *}) and {@code PATH} covers the field and everything below it. Ignored fields
 * are neither reported nor restored.
 */
@Value.Immutable
public abstract class IgnoreRule {
  private static final Pattern FORM =
      Pattern.compile("([A-Za-z*][A-Za-z0-9*]*)/([a-z0-9.*-]+):([^\\s]+)");

  /** The kind, or a glob. */
  @Value.Parameter
  public abstract String kind();

  /** The name, or a glob. */
  @Value.Parameter
  public abstract String name();

  /** The field path, such as {@code spec.replicas}. */
  @Value.Parameter
  public abstract String path();

  /**
   * Parses {@code KIND/NAME:PATH}.
   *
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public static IgnoreRule parse(String text) {
    var matcher = FORM.matcher(text == null ? "" : text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not KIND/NAME:PATH (such as Deployment/*:spec.replicas)");
    }
    return ImmutableIgnoreRule.of(matcher.group(1), matcher.group(2), matcher.group(3));
  }

  /** True when the rule covers this field of this object. */
  public boolean covers(String objectKind, String objectName, String fieldPath) {
    return glob(kind(), objectKind)
        && glob(name(), objectName)
        && (fieldPath.equals(path())
            || fieldPath.startsWith(path() + ".")
            || fieldPath.startsWith(path() + "["));
  }

  private static boolean glob(String pattern, String value) {
    if (pattern.endsWith("*")) {
      return value.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return pattern.equals(value);
  }

  /** {@code KIND/NAME:PATH}. */
  @Override
  public String toString() {
    return kind() + "/" + name() + ":" + path();
  }
}
