package ai.kubiya.runner.nats;

import ai.kubiya.runner.model.NatsValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.ConfigCheck;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.naming.RunnerNames;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Offline checks of a release's NATS credentials, the mistakes that otherwise give a runner that
 * installs fine and never connects: missing or placeholder values, values that are not the base64
 * of a {@code .creds} file, a JWT whose signature does not verify or whose seed belongs to another
 * user, expired credentials (a warning when they expire within 14 days), credentials issued for
 * another runner name, and a {@code nats.subject} the runner credentials may not publish to.
 *
 * <pre>{@code
 * ValidationReport report =
 *     RunnerValidator.standard().with(NatsCredentialCheck.create()).validate(config);
 * List<Finding> findings = NatsCredentialCheck.create()
 *     .check(values.nats().jwt(), values.nats().secondJwt(), "my-runner", values.nats().subject());
 * }</pre>
 *
 * <p>Each finding carries the value's path ({@code nats.jwt}, {@code nats.secondJwt}, {@code
 * nats.subject}, {@code nats.serverUrl}) and never quotes a credential. The runner name is the one
 * {@link RunnerNames#runnerName()} gives: {@code runnerNameOverride}, else the release name.
 */
public final class NatsCredentialCheck implements ConfigCheck {
  /** How long before expiry credentials draw a warning. */
  public static final Duration DEFAULT_EXPIRY_WARNING = Duration.ofDays(14);

  private final Clock clock;
  private final Duration expiryWarning;

  private NatsCredentialCheck(Clock clock, Duration expiryWarning) {
    this.clock = clock;
    this.expiryWarning = expiryWarning;
  }

  /** Checks against the system clock, warning 14 days before expiry. */
  public static NatsCredentialCheck create() {
    return new NatsCredentialCheck(Clock.systemUTC(), DEFAULT_EXPIRY_WARNING);
  }

  /** This check, telling the time by {@code clock}. */
  public NatsCredentialCheck withClock(Clock clock) {
    return new NatsCredentialCheck(Objects.requireNonNull(clock, "clock"), expiryWarning);
  }

  /** This check, warning {@code window} before the credentials expire. */
  public NatsCredentialCheck withExpiryWarning(Duration window) {
    if (window.isNegative()) {
      throw new IllegalArgumentException("the expiry warning window must not be negative");
    }
    return new NatsCredentialCheck(clock, window);
  }

  /** Checks the config's {@code nats.*} values against its runner name. */
  @Override
  public List<Finding> check(RunnerConfig config) {
    NatsValues nats = config.values().nats();
    // Missing credentials are reported by the model's standard validator (IdentityChecks), which
    // this check joins; reporting them here too would say it twice.
    List<Finding> findings =
        check(
            nats.jwt(),
            nats.secondJwt(),
            RunnerNames.of(config).runnerName(),
            nats.subject(),
            false);
    boolean credentialsSet = !nats.jwt().isBlank() || !nats.secondJwt().isBlank();
    if (credentialsSet || !nats.serverUrl().isBlank()) {
      try {
        NatsServerUrls.parse(nats.serverUrl());
      } catch (IllegalArgumentException e) {
        findings.add(Finding.error(CredentialRole.SERVER_URL_PATH, e.getMessage()));
      }
    }
    return findings;
  }

  /**
   * Checks the chart's NATS values.
   *
   * @param jwt the value of {@code nats.jwt}: the base64 of the runner's {@code .creds} file
   * @param secondJwt the value of {@code nats.secondJwt}: the base64 of the customer-side {@code
   *     .creds} file
   * @param runnerName the release's runner name (runnerNameOverride, else the release name); null
   *     skips the name check
   * @param subject the value of {@code nats.subject}
   */
  public List<Finding> check(String jwt, String secondJwt, String runnerName, String subject) {
    return check(jwt, secondJwt, runnerName, subject, true);
  }

  private List<Finding> check(
      String jwt, String secondJwt, String runnerName, String subject, boolean reportMissing) {
    List<Finding> findings = new ArrayList<>();
    Optional<NatsCredentials> runner =
        checkCredentials(CredentialRole.RUNNER, jwt, runnerName, reportMissing, findings);
    checkCredentials(CredentialRole.CUSTOMER, secondJwt, runnerName, reportMissing, findings);
    checkSubject(runner, subject == null ? "" : subject, findings);
    return findings;
  }

  private Optional<NatsCredentials> checkCredentials(
      CredentialRole role,
      String value,
      String runnerName,
      boolean reportMissing,
      List<Finding> findings) {
    if (value == null || value.isBlank()) {
      if (reportMissing) {
        findings.add(Finding.warning(role.path(), role.missingMessage()));
      }
      return Optional.empty();
    }
    NatsCredentials creds;
    try {
      creds = NatsCredentials.fromBase64(value);
    } catch (InvalidCredentialsException e) {
      findings.add(Finding.error(role.path(), "not usable NATS credentials: " + e.getMessage()));
      return Optional.empty();
    }
    NatsUserClaims claims = creds.claims();
    if (!creds.signatureValid()) {
      findings.add(
          Finding.error(
              role.path(),
              "the user JWT's signature does not verify against its issuer key "
                  + claims.issuer()
                  + ": the JWT was altered or was not issued by that key"));
    }
    if (!creds.seedMatchesSubject()) {
      findings.add(
          Finding.error(
              role.path(),
              "the NKEY seed does not belong to the JWT's user: the seed's public key is "
                  + creds.publicKey()
                  + " but the JWT was issued to "
                  + claims.subject()
                  + " (the .creds file mixes two credentials)"));
    }
    checkExpiry(role, claims, findings);
    checkName(role, claims, runnerName, findings);
    return Optional.of(creds);
  }

  private void checkExpiry(CredentialRole role, NatsUserClaims claims, List<Finding> findings) {
    if (claims.expiresAt().isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Instant expires = claims.expiresAt().get();
    String when = expires.truncatedTo(ChronoUnit.SECONDS).toString();
    if (claims.isExpiredAt(now)) {
      findings.add(
          Finding.error(
              role.path(),
              "the credentials expired at "
                  + when
                  + " ("
                  + days(Duration.between(expires, now))
                  + " ago):"
                  + " the server refuses them; issue new ones in the Kubiya UI"));
    } else if (Duration.between(now, expires).compareTo(expiryWarning) <= 0) {
      findings.add(
          Finding.warning(
              role.path(),
              "the credentials expire at "
                  + when
                  + " (in "
                  + days(Duration.between(now, expires))
                  + ")"));
    }
  }

  private static String days(Duration duration) {
    long days = duration.toDays();
    if (days == 0) {
      long hours = duration.toHours();
      return hours == 0 ? "less than an hour" : hours + (hours == 1 ? " hour" : " hours");
    }
    return days + (days == 1 ? " day" : " days");
  }

  private static void checkName(
      CredentialRole role, NatsUserClaims claims, String runnerName, List<Finding> findings) {
    if (runnerName == null || runnerName.isEmpty()) {
      return;
    }
    if (claims.name().isEmpty()) {
      findings.add(
          Finding.error(
              role.path(),
              "the credentials carry no runner name (no 'name' claim), so they "
                  + "cannot belong to runner \""
                  + runnerName
                  + "\""));
      return;
    }
    String issuedFor = claims.name().get();
    if (!issuedFor.equals(runnerName)) {
      findings.add(
          Finding.error(
              role.path(),
              "the credentials were issued for runner \""
                  + issuedFor
                  + "\" but this release's runner name is \""
                  + runnerName
                  + "\" (the release name, or runnerNameOverride when set): set runnerNameOverride"
                  + " to \""
                  + issuedFor
                  + "\" or use credentials issued for \""
                  + runnerName
                  + "\""));
    }
  }

  private static void checkSubject(
      Optional<NatsCredentials> runner, String subject, List<Finding> findings) {
    String path = CredentialRole.SUBJECT_PATH;
    if (subject.isEmpty()) {
      if (runner.isPresent()) {
        findings.add(
            Finding.warning(path, "is empty: the kubiya-operator has no subject to publish to"));
      }
      return;
    }
    Optional<String> problem = NatsSubjects.publishProblem(subject);
    if (problem.isPresent()) {
      findings.add(
          Finding.error(
              path,
              "\""
                  + subject
                  + "\" is not a subject messages can be published to: it "
                  + problem.get()));
      return;
    }
    if (runner.isPresent() && !runner.get().claims().mayPublish(subject)) {
      NatsPermissions pub = runner.get().claims().publish();
      findings.add(
          Finding.error(
              path,
              "the runner credentials ("
                  + CredentialRole.RUNNER.path()
                  + ") may not publish to \""
                  + subject
                  + "\": "
                  + describe(pub)));
    }
  }

  private static String describe(NatsPermissions pub) {
    List<String> parts = new ArrayList<>();
    if (!pub.allow().isEmpty()) {
      parts.add("they may publish to " + String.join(", ", pub.allow()));
    }
    if (!pub.deny().isEmpty()) {
      parts.add("they may not publish to " + String.join(", ", pub.deny()));
    }
    return String.join("; ", parts);
  }
}
