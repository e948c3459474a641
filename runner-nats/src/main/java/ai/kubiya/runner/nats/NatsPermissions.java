package ai.kubiya.runner.nats;

import java.util.List;
import org.immutables.value.Value;

/**
 * The subjects a NATS user may publish to or subscribe to, as its JWT states them: an empty {@link
 * #allow()} list allows every subject, and {@link #deny()} wins over {@link #allow()}.
 */
@Value.Immutable
public abstract class NatsPermissions {
  /** Subject patterns allowed; empty means every subject. */
  public abstract List<String> allow();

  /** Subject patterns denied, even when {@link #allow()} matches them. */
  public abstract List<String> deny();

  /** A builder of permissions. */
  public static ImmutableNatsPermissions.Builder builder() {
    return ImmutableNatsPermissions.builder();
  }

  /** No restriction: every subject allowed. */
  public static NatsPermissions unrestricted() {
    return builder().build();
  }

  /** Whether these permissions allow the literal subject {@code subject}. */
  public boolean permits(String subject) {
    boolean allowed =
        allow().isEmpty() || allow().stream().anyMatch(p -> NatsSubjects.matches(p, subject));
    return allowed && deny().stream().noneMatch(p -> NatsSubjects.matches(p, subject));
  }

  /** Whether neither list restricts anything. */
  public boolean isUnrestricted() {
    return allow().isEmpty() && deny().isEmpty();
  }
}
