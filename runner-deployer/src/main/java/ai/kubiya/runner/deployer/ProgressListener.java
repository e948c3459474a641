package ai.kubiya.runner.deployer;

/**
 * Receives {@link ProgressEvent}s while the deployer works, on the calling thread. A listener must
 * return quickly and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores every event. */
  ProgressListener NONE = event -> {};

  /** Called once per event, in order. */
  void onEvent(ProgressEvent event);
}
