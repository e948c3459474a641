package ai.kubiya.runner.deployer;

/**
 * What {@link RunnerDeployer#uninstall(ReleaseId, HistoryRetention)} does with the release's
 * history.
 */
public enum HistoryRetention {
  /**
   * Keep the revision records, the last marked uninstalled (as {@code helm uninstall
   * --keep-history}).
   */
  KEEP,
  /** Delete the revision records too. */
  DELETE
}
