package ai.kubiya.runner.nats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.ImmutableRunnerValues;
import ai.kubiya.runner.model.NatsValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.RunnerValidator;
import ai.kubiya.runner.model.validation.Severity;
import ai.kubiya.runner.model.validation.ValidationReport;
import io.nats.client.support.JwtUtils;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NatsCredentialCheckTest {
  private static final TestNatsPki PKI = TestNatsPki.create();
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final String SUBJECT = "kubiya.runner-a.metrics";

  private final NatsCredentialCheck check =
      NatsCredentialCheck.create().withClock(Clock.fixed(NOW, ZoneOffset.UTC));

  private static TestNatsPki.TestUser runner(String name, Duration validity) {
    return PKI.user(name)
        .publish("kubiya." + name + ".>")
        .valid(NOW.minus(Duration.ofDays(1)), validity)
        .issue();
  }

  private static String base64(TestNatsPki.TestUser user) {
    return NatsCredentials.of(user.jwt, user.seed).toBase64();
  }

  private static String base64(String jwt, String seed) {
    return Base64.getEncoder()
        .encodeToString(CredsText.format(jwt, seed).getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> shown(List<Finding> findings) {
    return findings.stream().map(Finding::toString).collect(Collectors.toList());
  }

  private static void assertNoSecrets(List<Finding> findings, TestNatsPki.TestUser... users) {
    NoSecrets.assertNone(String.join("\n", shown(findings)), users);
  }

  @Test
  void validCredentialsForThisRunnerAndSubjectHaveNoFindings() {
    TestNatsPki.TestUser runner = runner("runner-a", Duration.ofDays(365));
    TestNatsPki.TestUser customer =
        PKI.user("runner-a").valid(NOW.minus(Duration.ofDays(1)), null).issue();

    assertEquals(List.of(), check.check(base64(runner), base64(customer), "runner-a", SUBJECT));
  }

  @Test
  void emptyValuesAreWarningsThatNameTheSecretNotErrors() {
    List<Finding> findings = check.check("", null, "runner-a", "");

    assertEquals(2, findings.size(), shown(findings).toString());
    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals("nats.jwt", findings.get(0).path());
    assertTrue(
        findings.get(0).message().contains("kubiya-runner-nats-creds-runner"),
        findings.get(0).message());
    assertEquals(Severity.WARNING, findings.get(1).severity());
    assertEquals("nats.secondJwt", findings.get(1).path());
    assertTrue(
        findings.get(1).message().contains("kubiya-runner-nats-creds-customer"),
        findings.get(1).message());
  }

  @Test
  void placeholdersAreErrorsThatSayTheyAreNotCredentials() {
    List<Finding> findings = check.check("xxx", "xxx", "runner-a", "xxx");

    assertEquals(
        List.of("nats.jwt", "nats.secondJwt"),
        findings.stream().map(Finding::path).collect(Collectors.toList()));
    for (Finding finding : findings) {
      assertEquals(Severity.ERROR, finding.severity());
      assertTrue(finding.message().startsWith("not usable NATS credentials: "), finding.message());
      assertTrue(finding.message().contains("placeholder"), finding.message());
    }
  }

  @Test
  void expiredCredentialsAreAnError() {
    TestNatsPki.TestUser expired =
        PKI.user("runner-a")
            .publish(SUBJECT)
            .valid(NOW.minus(Duration.ofDays(40)), Duration.ofDays(30))
            .issue();

    List<Finding> findings = check.check(base64(expired), "", "runner-a", SUBJECT);

    Finding finding = findings.get(0);
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("nats.jwt", finding.path());
    assertEquals(
        "the credentials expired at 2026-05-22T12:00:00Z (10 days ago): the server refuses them;"
            + " issue new ones in the Kubiya UI",
        finding.message());
    assertNoSecrets(findings, expired);
  }

  @Test
  void credentialsExpiringWithinFourteenDaysAreAWarning() {
    TestNatsPki.TestUser soon = runner("runner-a", Duration.ofDays(4));
    TestNatsPki.TestUser later = runner("runner-a", Duration.ofDays(16));

    List<Finding> findings = check.check(base64(soon), base64(later), "runner-a", SUBJECT);

    assertEquals(
        List.of("WARNING nats.jwt: the credentials expire at 2026-06-04T12:00:00Z (in 3 days)"),
        shown(findings));
  }

  @Test
  void theExpiryWarningWindowCanBeChanged() {
    TestNatsPki.TestUser later = runner("runner-a", Duration.ofDays(16));

    List<Finding> findings =
        check.withExpiryWarning(Duration.ofDays(30)).check(base64(later), "", "runner-a", SUBJECT);

    assertEquals(Severity.WARNING, findings.get(0).severity());
    assertEquals("nats.jwt", findings.get(0).path());
  }

  @Test
  void credentialsForAnotherRunnerAreAnErrorNamingBothNames() {
    TestNatsPki.TestUser other = runner("runner-b", Duration.ofDays(365));

    List<Finding> findings =
        check.check(base64(other), base64(other), "runner-a", "kubiya.runner-b.metrics");

    assertEquals(2, findings.size(), shown(findings).toString());
    for (Finding finding : findings) {
      assertEquals(Severity.ERROR, finding.severity());
      assertTrue(finding.message().contains("issued for runner \"runner-b\""), finding.message());
      assertTrue(finding.message().contains("runner name is \"runner-a\""), finding.message());
    }
    assertEquals("nats.jwt", findings.get(0).path());
    assertEquals("nats.secondJwt", findings.get(1).path());
    assertNoSecrets(findings, other);
  }

  @Test
  void credentialsWithoutANameCannotBelongToTheRunner() throws Exception {
    var key = TestNatsPki.newUserKey();
    String jwt =
        JwtUtils.issueJWT(
            PKI.accountSigningKey,
            TestNatsPki.publicKey(key),
            null,
            null,
            NOW.getEpochSecond(),
            TestNatsPki.publicKey(PKI.accountSigningKey),
            new JwtUtils.UserClaim(TestNatsPki.publicKey(PKI.account)));

    List<Finding> findings =
        check.check(base64(jwt, new String(key.getSeed())), "", "runner-a", SUBJECT);

    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertTrue(
        findings.get(0).message().contains("carry no runner name"), findings.get(0).message());
  }

  @Test
  void noRunnerNameSkipsTheNameCheck() {
    TestNatsPki.TestUser other = runner("runner-b", Duration.ofDays(365));

    assertEquals(
        List.of(),
        check.check(base64(other), "", null, "kubiya.runner-b.metrics").stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .collect(Collectors.toList()));
  }

  @Test
  void aSubjectOutsideThePublishPermissionsIsAnErrorOnTheSubject() {
    TestNatsPki.TestUser runner = runner("runner-a", Duration.ofDays(365));

    List<Finding> findings = check.check(base64(runner), "", "runner-a", "kubiya.runner-b.metrics");

    assertEquals(
        List.of(
            "ERROR nats.subject: the runner credentials (nats.jwt) may not publish "
                + "to \"kubiya.runner-b.metrics\":"
                + " they may publish to kubiya.runner-a.>"),
        shown(findings).stream().filter(f -> f.startsWith("ERROR")).collect(Collectors.toList()));
  }

  @Test
  void aDeniedSubjectIsAnErrorOnTheSubject() {
    TestNatsPki.TestUser runner =
        PKI.user("runner-a")
            .denyPublish("kubiya.*.metrics")
            .valid(NOW.minus(Duration.ofDays(1)), null)
            .issue();

    List<Finding> findings = check.check(base64(runner), "", "runner-a", SUBJECT);

    assertTrue(
        shown(findings)
            .contains(
                "ERROR nats.subject: the runner credentials (nats.jwt) may not publish to \""
                    + SUBJECT
                    + "\":"
                    + " they may not publish to kubiya.*.metrics"),
        shown(findings).toString());
  }

  @Test
  void theCustomerCredentialsNeedNotPublishToTheSubject() {
    TestNatsPki.TestUser runner = runner("runner-a", Duration.ofDays(365));
    TestNatsPki.TestUser customer =
        PKI.user("runner-a")
            .publish("kubiya.customer.>")
            .valid(NOW.minus(Duration.ofDays(1)), null)
            .issue();

    assertEquals(List.of(), check.check(base64(runner), base64(customer), "runner-a", SUBJECT));
  }

  @Test
  void aWildcardSubjectIsAnError() {
    List<Finding> findings = check.check("", "", "runner-a", "kubiya.*.metrics");

    assertTrue(
        shown(findings)
            .contains(
                "ERROR nats.subject: \"kubiya.*.metrics\" is not a subject "
                    + "messages can be published to:"
                    + " it holds the wildcard '*', and messages cannot be published to wildcards"),
        shown(findings).toString());
  }

  @Test
  void anEmptySubjectWithRunnerCredentialsIsAWarning() {
    TestNatsPki.TestUser runner = runner("runner-a", Duration.ofDays(365));

    List<Finding> findings = check.check(base64(runner), "", "runner-a", "");

    assertTrue(
        shown(findings)
            .contains(
                "WARNING nats.subject: is empty: the kubiya-operator has no subject to publish to"),
        shown(findings).toString());
  }

  @Test
  void aSeedOfAnotherUserIsAnError() {
    TestNatsPki.TestUser runner = runner("runner-a", Duration.ofDays(365));
    String otherSeed = new String(TestNatsPki.newUserKey().getSeed());

    List<Finding> findings = check.check(base64(runner.jwt, otherSeed), "", "runner-a", SUBJECT);

    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertTrue(
        findings.get(0).message().startsWith("the NKEY seed does not belong to the JWT's user"),
        findings.get(0).message());
    assertNoSecrets(findings, runner, new TestNatsPki.TestUser(runner.jwt, otherSeed));
  }

  @Test
  void aForgedJwtIsAnError() {
    TestNatsPki.TestUser runner = runner("runner-b", Duration.ofDays(365));
    String[] parts = runner.jwt.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    claims.replace("runner-b", "runner-a").getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    List<Finding> findings = check.check(base64(forged, runner.seed), "", "runner-a", SUBJECT);

    assertEquals(
        1,
        findings.stream().filter(f -> f.severity() == Severity.ERROR).count(),
        shown(findings).toString());
    assertTrue(
        findings.get(0).message().startsWith("the user JWT's signature does not verify"),
        findings.get(0).message());
  }

  @Test
  void malformedCredentialsNameThePartAndLine() {
    TestNatsPki.TestUser runner = runner("runner-a", Duration.ofDays(365));

    List<Finding> findings =
        check.check(base64(runner.jwt, "SUAnotaseed"), "", "runner-a", SUBJECT);

    assertEquals(
        "ERROR nats.jwt: not usable NATS credentials: line 10 of the decoded .creds:"
            + " the NKEY seed is not a valid NKEY seed (wrong encoding or checksum)",
        findings.get(0).toString());
  }

  // ---- over a RunnerConfig: the runner name is runnerNameOverride, else the release name ----

  private static RunnerConfig config(String release, String runnerNameOverride, NatsValues nats) {
    RunnerValues values =
        ImmutableRunnerValues.copyOf(RunnerValues.defaults())
            .withRunnerNameOverride(runnerNameOverride)
            .withNats(nats);
    return RunnerConfig.of(release, "kubiya", values);
  }

  private static NatsValues nats(TestNatsPki.TestUser user, String subject) {
    return NatsValues.builder().jwt(base64(user)).secondJwt(base64(user)).subject(subject).build();
  }

  @Test
  void theReleaseNameIsTheRunnerNameWithoutAnOverride() {
    TestNatsPki.TestUser runner = runner("runner-a", Duration.ofDays(365));

    assertEquals(List.of(), check.check(config("runner-a", "", nats(runner, SUBJECT))));
    assertEquals(2, check.check(config("runner-b", "", nats(runner, SUBJECT))).size());
  }

  @Test
  void runnerNameOverrideWinsOverTheReleaseName() {
    TestNatsPki.TestUser runner = runner("runner-a", Duration.ofDays(365));

    assertEquals(List.of(), check.check(config("some-release", "runner-a", nats(runner, SUBJECT))));
    List<Finding> findings = check.check(config("runner-a", "runner-z", nats(runner, SUBJECT)));
    assertTrue(
        findings.get(0).message().contains("runner name is \"runner-z\""),
        findings.get(0).message());
  }

  @Test
  void aServerUrlThatIsNotANatsUrlIsAnErrorThatDoesNotEchoIt() {
    TestNatsPki.TestUser runner = runner("runner-a", Duration.ofDays(365));
    NatsValues values =
        NatsValues.builder()
            .from(nats(runner, SUBJECT))
            .serverUrl("https://user:s3cr3t@example.org")
            .build();

    List<Finding> findings = check.check(config("runner-a", "", values));

    assertEquals(1, findings.size(), shown(findings).toString());
    assertEquals("nats.serverUrl", findings.get(0).path());
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertTrue(!findings.get(0).message().contains("s3cr3t"), findings.get(0).message());
  }

  @Test
  void joinsTheModelsValidationReport() {
    TestNatsPki.TestUser expired =
        PKI.user("runner-a")
            .publish(SUBJECT)
            .valid(NOW.minus(Duration.ofDays(40)), Duration.ofDays(30))
            .issue();

    ValidationReport report =
        RunnerValidator.standard()
            .with(check)
            .validate(config("runner-a", "", nats(expired, SUBJECT)));

    assertTrue(report.hasErrors());
    assertEquals(
        List.of("nats.jwt", "nats.secondJwt"),
        report.errors().stream().map(Finding::path).collect(Collectors.toList()));
    NoSecrets.assertNone(report.toString(), expired);
  }
}
