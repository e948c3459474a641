package ai.kubiya.runner.model.template;

/** A templated value that cannot be rendered; the message names the value's path. */
public final class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  TemplateException(String path, String message) {
    super(path + ": " + message, null, false, false);
    this.path = path;
  }

  /** The dotted path of the templated value. */
  public String path() {
    return path;
  }

  /** The message without the path. */
  public String detail() {
    return getMessage().substring(path.length() + 2);
  }
}
