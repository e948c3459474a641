package ai.kubiya.runner.manifests.diff;

import org.immutables.value.Value;

/**
 * One difference between an expected and an actual manifest set: which object, which field path,
 * what kind of difference, and the two values as shown to people (secret values are already {@code
 * <redacted>}; absent values are {@code <none>}).
 */
@Value.Immutable
public abstract class Difference {
  /** What is shown where a side has no value. */
  public static final String NONE = "<none>";

  /** What kind of difference. */
  public enum Kind {
    /** The field has different values. */
    CHANGED("changed"),
    /** The field is expected but absent. */
    MISSING("missing"),
    /** The field is present but not expected. */
    UNEXPECTED("unexpected"),
    /** The whole object is expected but absent. */
    MISSING_OBJECT("missing-object"),
    /** The whole object is present but not expected. */
    UNEXPECTED_OBJECT("unexpected-object"),
    /** A {@code checksum/*} annotation that is not a SHA-256 hex digest. */
    BAD_CHECKSUM("bad-checksum"),
    /** Two documents of one side name the same object. */
    DUPLICATE_OBJECT("duplicate-object");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The word used in formatted lines, e.g. {@code changed}. */
    public String label() {
      return label;
    }
  }

  /** The object the difference is in. */
  public abstract ObjectRef object();

  /**
   * The field path, e.g. {@code spec.template.spec.containers[agent-manager].image}; empty for
   * whole objects.
   */
  public abstract String path();

  /** What kind of difference. */
  public abstract Kind kind();

  /** The expected value as shown ({@link #NONE} when absent). */
  public abstract String expected();

  /** The actual value as shown ({@link #NONE} when absent). */
  public abstract String actual();

  /** True when an allow-list entry matches {@link #line()}: a documented divergence. */
  @Value.Default
  public boolean allowed() {
    return false;
  }

  /**
   * The difference as one line, e.g. {@code Deployment/kubiya/agent-manager spec.replicas changed:
   * expected 2, actual 3}; allow-list entries are matched against it.
   */
  public String line() {
    String where = path().isEmpty() ? object().toString() : object() + " " + path();
    return where + " " + kind().label() + ": expected " + expected() + ", actual " + actual();
  }

  /** A builder of {@code Difference}. */
  public static ImmutableDifference.Builder builder() {
    return ImmutableDifference.builder();
  }

  @Override
  public String toString() {
    return line();
  }
}
