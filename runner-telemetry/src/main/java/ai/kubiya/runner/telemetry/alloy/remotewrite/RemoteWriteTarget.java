package ai.kubiya.runner.telemetry.alloy.remotewrite;

import ai.kubiya.runner.telemetry.alloy.component.PrometheusRemoteWrite;

/**
 * Where the runner's metrics go: one {@code prometheus.remote_write} component. Every target reads
 * its URL and credentials from Alloy's environment ({@code sys.env}); secrets are never written
 * into the configuration. A pipeline may send to several targets at once.
 */
public sealed interface RemoteWriteTarget
    permits AzureManagedPrometheus, BasicAuthRemoteWrite, BearerTokenRemoteWrite {
  /** The component's label: {@code prometheus.remote_write "<label>"}. */
  String label();

  /** The environment variable holding the remote-write URL. */
  String urlEnv();

  /** The {@code prometheus.remote_write} component. */
  PrometheusRemoteWrite toComponent();
}
