package ai.kubiya.runner.nats;

import java.time.Duration;
import org.immutables.value.Value;

/** A successful live NATS check: where it connected, what answered, and how long the probe took. */
@Value.Immutable
public abstract class NatsProbeResult {
  /** The server URL, without any user or password part. */
  public abstract String serverUrl();

  /** The subject the probe message was published to. */
  public abstract String subject();

  /** The name the server gave itself. */
  public abstract String serverName();

  /** The server's version. */
  public abstract String serverVersion();

  /** From publishing the probe to the server's answer to the flush that followed it. */
  public abstract Duration roundTrip();

  static ImmutableNatsProbeResult.Builder builder() {
    return ImmutableNatsProbeResult.builder();
  }
}
