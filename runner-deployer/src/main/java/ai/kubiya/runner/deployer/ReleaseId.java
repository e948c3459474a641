package ai.kubiya.runner.deployer;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Which release a deployer acts on: a release name (like Helm's, at most 53 characters of DNS-1123
 * label) in a namespace. Every object the deployer writes is labelled with both.
 *
 * <pre>{@code
 * ReleaseId id = ReleaseId.of("deployment-x", "kubiya");
 * }</pre>
 */
@Value.Immutable
public abstract class ReleaseId {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  /** The release name. */
  @Value.Parameter
  public abstract String name();

  /** The namespace the release lives in (and keeps its history in). */
  @Value.Parameter
  public abstract String namespace();

  /** A release identity; throws {@link IllegalArgumentException} naming the bad value. */
  public static ReleaseId of(String name, String namespace) {
    return ImmutableReleaseId.of(name, namespace);
  }

  static boolean isDnsLabel(String name) {
    return name.length() <= 63 && DNS_LABEL.matcher(name).matches();
  }

  @Value.Check
  void check() {
    if (name().length() > 53 || !DNS_LABEL.matcher(name()).matches()) {
      throw new IllegalArgumentException(
          "release name '"
              + name()
              + "' is invalid: use at most 53 lowercase letters, digits and '-', starting and"
              + " ending with a letter or digit");
    }
    if (namespace().length() > 63 || !DNS_LABEL.matcher(namespace()).matches()) {
      throw new IllegalArgumentException(
          "namespace '"
              + namespace()
              + "' is invalid: use at most 63 lowercase letters, digits and '-'");
    }
  }

  @Override
  public String toString() {
    return namespace() + "/" + name();
  }
}
