package ai.kubiya.runner.telemetry.alloy.remotewrite;

import ai.kubiya.runner.telemetry.alloy.component.OAuth2;
import ai.kubiya.runner.telemetry.alloy.component.PrometheusRemoteWrite;
import ai.kubiya.runner.telemetry.alloy.component.RemoteWriteEndpoint;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.List;

/**
 * Azure Managed Prometheus (an Azure Monitor workspace's data collection endpoint), authenticated
 * with OAuth2 client credentials for the scope {@value #SCOPE}.
 *
 * @param label the component label
 * @param urlEnv variable holding the remote-write URL
 * @param clientIdEnv variable holding the app registration's client id
 * @param clientSecretEnv variable holding its client secret
 * @param tokenUrlEnv variable holding the token URL ({@code
 *     https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token})
 */
public record AzureManagedPrometheus(
    String label, String urlEnv, String clientIdEnv, String clientSecretEnv, String tokenUrlEnv)
    implements RemoteWriteTarget {
  /** The OAuth2 scope of Azure Monitor. */
  public static final String SCOPE = "https://monitor.azure.com/.default";

  public AzureManagedPrometheus {
    EnvNames.requireLabel(label);
    EnvNames.requireEnv("urlEnv", urlEnv);
    EnvNames.requireEnv("clientIdEnv", clientIdEnv);
    EnvNames.requireEnv("clientSecretEnv", clientSecretEnv);
    EnvNames.requireEnv("tokenUrlEnv", tokenUrlEnv);
  }

  /**
   * The chart's target: label {@code azure}, variables {@code AZURE_REMOTE_WRITE_URL}, {@code
   * AZURE_CLIENT_ID}, {@code AZURE_CLIENT_SECRET}, {@code AZURE_TOKEN_URL}.
   */
  public static AzureManagedPrometheus chartDefault() {
    return new AzureManagedPrometheus(
        "azure",
        "AZURE_REMOTE_WRITE_URL",
        "AZURE_CLIENT_ID",
        "AZURE_CLIENT_SECRET",
        "AZURE_TOKEN_URL");
  }

  /**
   * Component by component, as a record's equals is, written out: every render compares its targets
   * with the chart's, and a record's generated equals costs a method-handle bootstrap (about 10 ms)
   * on its first call in a fresh JVM.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof AzureManagedPrometheus other
        && label.equals(other.label)
        && urlEnv.equals(other.urlEnv)
        && clientIdEnv.equals(other.clientIdEnv)
        && clientSecretEnv.equals(other.clientSecretEnv)
        && tokenUrlEnv.equals(other.tokenUrlEnv);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(label, urlEnv, clientIdEnv, clientSecretEnv, tokenUrlEnv);
  }

  @Override
  public PrometheusRemoteWrite toComponent() {
    return PrometheusRemoteWrite.builder(label)
        .comment("------------------ Azure remote write ----------------------------------", "")
        .endpoint(
            RemoteWriteEndpoint.builder()
                .url(Expr.env(urlEnv))
                .followRedirects(true)
                .oauth2(
                    OAuth2.builder()
                        .clientId(Expr.env(clientIdEnv))
                        .clientSecret(Expr.env(clientSecretEnv))
                        .tokenUrl(Expr.env(tokenUrlEnv))
                        .scopes(List.of(SCOPE))
                        .build())
                .build())
        .build();
  }
}
