package ai.kubiya.runner.deployer.images;

/** The stable-versions document could not be read; the message is one line naming where and why. */
public final class ImageUpdateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure. */
  public ImageUpdateException(String message) {
    super(message);
  }

  /** A failure with its cause. */
  public ImageUpdateException(String message, Throwable cause) {
    super(message, cause);
  }
}
