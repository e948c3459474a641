package ai.kubiya.runner.deployer.drift;

/** Receives the reconciler's events, on its worker threads; should return quickly. */
@FunctionalInterface
public interface ReconcilerListener {
  /** One event. Exceptions thrown here are ignored. */
  void onEvent(ReconcilerEvent event);
}
