package ai.kubiya.runner.nats;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The claims of a NATS user JWT that matter to a Kubiya Runner: who the user is ({@link
 * #subject()}, a public user NKEY), which runner it was issued for ({@link #name()}), who signed it
 * ({@link #issuer()}, an account key or one of its signing keys, and {@link #issuerAccount()}),
 * when it is valid and what it may publish and subscribe to. Claims hold no secret.
 */
@Value.Immutable
public abstract class NatsUserClaims {
  /** The {@code name} claim: the runner name the Kubiya UI encoded in the credentials. */
  public abstract Optional<String> name();

  /** The {@code sub} claim: the user's public NKEY ({@code U...}). */
  public abstract String subject();

  /** The {@code iss} claim: the public key ({@code A...}) that signed the JWT. */
  public abstract String issuer();

  /**
   * The {@code nats.issuer_account} claim: the account, when {@link #issuer()} is one of its
   * signing keys.
   */
  public abstract Optional<String> issuerAccount();

  /** The {@code jti} claim. */
  public abstract Optional<String> id();

  /** The {@code iat} claim. */
  public abstract Optional<Instant> issuedAt();

  /** The {@code exp} claim; empty when the JWT never expires. */
  public abstract Optional<Instant> expiresAt();

  /** The {@code nats.pub} permissions. */
  @Value.Default
  public NatsPermissions publish() {
    return NatsPermissions.unrestricted();
  }

  /** The {@code nats.sub} permissions. */
  @Value.Default
  public NatsPermissions subscribe() {
    return NatsPermissions.unrestricted();
  }

  /** A builder of claims. */
  public static ImmutableNatsUserClaims.Builder builder() {
    return ImmutableNatsUserClaims.builder();
  }

  /** The account the user belongs to: {@link #issuerAccount()}, or else {@link #issuer()}. */
  public String account() {
    return issuerAccount().orElse(issuer());
  }

  /** Whether the JWT has expired at {@code now}. */
  public boolean isExpiredAt(Instant now) {
    return expiresAt().map(exp -> !now.isBefore(exp)).orElse(false);
  }

  /** Whether the user may publish to the literal subject {@code subject}. */
  public boolean mayPublish(String subject) {
    return publish().permits(subject);
  }
}
