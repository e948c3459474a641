package ai.kubiya.runner.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the SDK version and the chart version it is at parity with. */
final class CliVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return lines(KubiyaRunnerCli.class.getPackage().getImplementationVersion());
  }

  /** The version lines of a jar of this version (the jar's Implementation-Version; or null). */
  static String[] lines(String version) {
    return new String[] {
      "kubiya-runner " + (version == null ? "development" : version),
      "chart kubiya-runner 0.6.2 (dagger-helm 0.3.0, kube-state-metrics 5.27.0, alloy 0.10.1)"
    };
  }
}
