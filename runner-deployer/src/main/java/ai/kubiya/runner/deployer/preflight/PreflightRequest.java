package ai.kubiya.runner.deployer.preflight;

import ai.kubiya.runner.telemetry.alloy.remotewrite.AzureManagedPrometheus;
import ai.kubiya.runner.telemetry.alloy.remotewrite.BasicAuthRemoteWrite;
import ai.kubiya.runner.telemetry.alloy.remotewrite.BearerTokenRemoteWrite;
import ai.kubiya.runner.telemetry.alloy.remotewrite.RemoteWriteAuth;
import ai.kubiya.runner.telemetry.alloy.remotewrite.RemoteWriteTarget;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What {@link RemoteWritePreflight} sends: to which URL, with which credentials, and the labels of
 * its one sample {@code kubiya_runner_preflight{runner, organization}}.
 */
@Value.Immutable
public abstract class PreflightRequest {
  /** A builder; {@code url}, {@code runner} and {@code organization} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PreflightRequest}; {@code from(..)} copies an instance. */
  public static class Builder extends ImmutablePreflightRequest.Builder {}

  /**
   * The request for {@code target}, resolving its URL and credentials from {@code environment} as
   * Alloy's {@code sys.env} would.
   *
   * @throws IllegalArgumentException naming the first variable that is missing or empty
   */
  public static PreflightRequest forTarget(
      RemoteWriteTarget target,
      Map<String, String> environment,
      String runner,
      String organization) {
    EnvReader env = new EnvReader(environment);
    String url = env.get(target.urlEnv());
    RemoteWriteAuth auth;
    if (target instanceof AzureManagedPrometheus azure) {
      auth =
          new RemoteWriteAuth.OAuth2ClientCredentials(
              env.get(azure.clientIdEnv()),
              env.get(azure.clientSecretEnv()),
              env.get(azure.tokenUrlEnv()),
              List.of(AzureManagedPrometheus.SCOPE));
    } else if (target instanceof BasicAuthRemoteWrite basic) {
      auth = new RemoteWriteAuth.Basic(env.get(basic.usernameEnv()), env.get(basic.passwordEnv()));
    } else {
      auth = new RemoteWriteAuth.Bearer(env.get(((BearerTokenRemoteWrite) target).tokenEnv()));
    }
    return builder().url(url).auth(auth).runner(runner).organization(organization).build();
  }

  /** The remote-write URL. */
  public abstract String url();

  /** Credentials; none by default. */
  @Value.Default
  public RemoteWriteAuth auth() {
    return RemoteWriteAuth.none();
  }

  /** The sample's {@code runner} label. */
  public abstract String runner();

  /** The sample's {@code organization} label. */
  public abstract String organization();

  /** Longest wait for each HTTP exchange (token and write). */
  @Value.Default
  public Duration timeout() {
    return Duration.ofSeconds(10);
  }

  @Value.Check
  void check() {
    if (timeout().isNegative() || timeout().isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  /** Reads variables, naming the missing one. */
  private static final class EnvReader {
    private final Map<String, String> env;

    EnvReader(Map<String, String> env) {
      this.env = env;
    }

    String get(String name) {
      String v = env.get(name);
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("environment variable " + name + " is not set");
      }
      return v;
    }
  }
}
