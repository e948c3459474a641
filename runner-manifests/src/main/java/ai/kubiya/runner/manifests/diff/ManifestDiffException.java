package ai.kubiya.runner.manifests.diff;

/**
 * Input a {@link ManifestDiff} cannot read: a missing file, malformed YAML, a document that is not
 * a Kubernetes object, a bad allow-list regex. The message is one line naming the file and line,
 * never the content.
 */
public final class ManifestDiffException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure at {@code where} (e.g. {@code expected.yaml:12}) for {@code reason}. */
  public ManifestDiffException(String where, String reason) {
    super(where + ": " + reason, null, false, false);
  }
}
