package ai.kubiya.runner.telemetry.alloy.remotewrite;

import ai.kubiya.runner.telemetry.alloy.component.PrometheusRemoteWrite;
import ai.kubiya.runner.telemetry.alloy.component.RemoteWriteEndpoint;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;

/**
 * Any Prometheus remote-write receiver that takes a bearer token.
 *
 * @param label the component label
 * @param urlEnv variable holding the remote-write URL
 * @param tokenEnv variable holding the token
 */
public record BearerTokenRemoteWrite(String label, String urlEnv, String tokenEnv)
    implements RemoteWriteTarget {
  public BearerTokenRemoteWrite {
    EnvNames.requireLabel(label);
    EnvNames.requireEnv("urlEnv", urlEnv);
    EnvNames.requireEnv("tokenEnv", tokenEnv);
  }

  @Override
  public PrometheusRemoteWrite toComponent() {
    return PrometheusRemoteWrite.builder(label)
        .endpoint(
            RemoteWriteEndpoint.builder()
                .url(Expr.env(urlEnv))
                .bearerToken(Expr.env(tokenEnv))
                .build())
        .build();
  }
}
