package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.nats.NatsCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.NKey;
import io.nats.client.support.JwtUtils;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code nats inspect}, {@code nats check} and the NATS findings of {@code validate}, through the
 * CLI.
 */
class NatsCommandTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path dir;

  /**
   * Credentials issued by a fresh account for {@code name}, allowed to publish to {@code
   * kubiya.<name>.>}.
   */
  private static final class Issued {
    final String jwt;
    final String seed;
    final NatsCredentials creds;

    Issued(String name, Instant issuedAt, Duration validity) throws Exception {
      NKey account = NKey.createAccount(RANDOM);
      NKey user = NKey.createUser(RANDOM);
      JwtUtils.UserClaim claim =
          new JwtUtils.UserClaim(new String(account.getPublicKey()))
              .pub(new JwtUtils.Permission().allow("kubiya." + name + ".>"));
      jwt =
          JwtUtils.issueUserJWT(
              account,
              new String(user.getPublicKey()),
              name,
              validity,
              issuedAt.getEpochSecond(),
              claim);
      seed = new String(user.getSeed());
      creds = NatsCredentials.of(jwt, seed);
    }

    static Issued valid(String name) throws Exception {
      return new Issued(name, Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(365));
    }

    void assertNotIn(String text) {
      for (String secret :
          List.of(
              seed,
              jwt,
              jwt.split("\\.")[1],
              jwt.split("\\.")[2],
              creds.toBase64().substring(40, 80))) {
        assertFalse(text.contains(secret), "a secret appears in: " + text);
      }
    }
  }

  private static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }
  }

  private static Run run(String... args) {
    CommandLine cli = KubiyaRunnerCli.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path values(String jwt, String secondJwt, String subject, String serverUrl)
      throws Exception {
    Path file = Files.createTempFile(dir, "values", ".yaml");
    Files.writeString(
        file,
        "organization: acme\n"
            + "uuid: 679adc53-7068-4454-aa9f-16df30b14a50\n"
            + "nats:\n"
            + "  jwt: \""
            + jwt
            + "\"\n"
            + "  secondJwt: \""
            + secondJwt
            + "\"\n"
            + "  subject: \""
            + subject
            + "\"\n"
            + "  serverUrl: \""
            + serverUrl
            + "\"\n");
    return file;
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void inspectPrintsTheClaimsAsJsonAndNeverTheSecrets() throws Exception {
    Issued runner = Issued.valid("runner-a");
    Path file = dir.resolve("runner.creds");
    runner.creds.writeTo(file);

    Run run = run("nats", "inspect", file.toString());

    assertEquals(0, run.exit, run.err);
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertEquals("runner-a", json.get("name").asText());
    assertEquals(runner.creds.claims().subject(), json.get("user").asText());
    assertEquals("kubiya.runner-a.>", json.at("/permissions/publish/allow/0").asText());
    assertTrue(json.get("signatureValid").asBoolean());
    assertTrue(json.get("seedMatchesUser").asBoolean());
    assertFalse(json.get("expired").asBoolean());
    runner.assertNotIn(run.out);
  }

  @Test
  void inspectReadsTheBase64FormFromStandardInput() throws Exception {
    Issued runner = Issued.valid("runner-a");
    InputStream stdin = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(runner.creds.toBase64().getBytes(StandardCharsets.UTF_8)));
      Run run = run("nats", "inspect", "-");

      assertEquals(0, run.exit, run.err);
      assertEquals("runner-a", new ObjectMapper().readTree(run.out).get("name").asText());
      runner.assertNotIn(run.out);
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void inspectOfMalformedCredentialsIsOneLineNamingFileAndLine() throws Exception {
    Issued runner = Issued.valid("runner-a");
    Path file = dir.resolve("broken.creds");
    Files.writeString(file, runner.creds.toCredsText().replace(runner.seed, "SUAbroken"));

    Run run = run("nats", "inspect", file.toString());

    assertEquals(1, run.exit);
    assertEquals(
        "error: "
            + file
            + ":10: the NKEY seed is not a valid NKEY seed (wrong encoding or checksum)",
        run.err.strip());
    runner.assertNotIn(run.err);
  }

  @Test
  void inspectOfAMissingFileIsAnError() {
    Run run = run("nats", "inspect", dir.resolve("none.creds").toString());

    assertEquals(1, run.exit);
    assertEquals("error: " + dir.resolve("none.creds") + ": no such file", run.err.strip());
  }

  @Test
  void checkOfflinePassesForCredentialsOfThisRunner() throws Exception {
    Issued runner = Issued.valid("runner-a");
    Path values =
        values(
            runner.creds.toBase64(),
            runner.creds.toBase64(),
            "kubiya.runner-a.metrics",
            "tls://connect.ngs.global");

    Run run = run("nats", "check", "--release", "runner-a", "-f", values.toString(), "--offline");

    assertEquals(0, run.exit, run.out + run.err);
    assertEquals("OK: no findings", run.out.strip());
  }

  @Test
  void checkOfCredentialsForAnotherRunnerFailsWithTheValuePath() throws Exception {
    Issued other = Issued.valid("runner-b");
    Path values =
        values(other.creds.toBase64(), "", "kubiya.runner-b.metrics", "tls://connect.ngs.global");

    Run run = run("nats", "check", "--release", "runner-a", "-f", values.toString(), "--offline");

    assertEquals(1, run.exit);
    assertTrue(
        run.out.contains("ERROR nats.jwt: the credentials were issued for runner \"runner-b\""),
        run.out);
    assertTrue(run.out.contains("WARNING nats.secondJwt: is empty"), run.out);
    other.assertNotIn(run.out + run.err);
  }

  @Test
  void runnerNameOverrideSetOnTheCommandLineIsTheNameChecked() throws Exception {
    Issued runner = Issued.valid("runner-b");
    Path values =
        values(
            runner.creds.toBase64(),
            runner.creds.toBase64(),
            "kubiya.runner-b.metrics",
            "tls://connect.ngs.global");

    Run run =
        run(
            "nats",
            "check",
            "--release",
            "some-release",
            "-f",
            values.toString(),
            "--set",
            "runnerNameOverride=runner-b",
            "--offline");

    assertEquals(0, run.exit, run.out + run.err);
  }

  @Test
  void checkLiveReportsAnUnreachableServerOnTheServerUrl() throws Exception {
    Issued runner = Issued.valid("runner-a");
    int port = closedPort();
    Path values =
        values(
            runner.creds.toBase64(),
            runner.creds.toBase64(),
            "kubiya.runner-a.metrics",
            "nats://127.0.0.1:" + port);

    Run run =
        run("nats", "check", "--release", "runner-a", "-f", values.toString(), "--timeout", "3");

    assertEquals(1, run.exit);
    assertEquals(
        "ERROR nats.serverUrl: cannot reach the NATS server at nats://127.0.0.1:"
            + port
            + ": connection refused",
        run.out.strip());
  }

  @Test
  void checkOfPlaceholdersSkipsTheLiveCheckAndFails() throws Exception {
    Path values = values("xxx", "xxx", "xxx", "tls://connect.ngs.global");

    Run run = run("nats", "check", "--release", "runner-a", "-f", values.toString());

    assertEquals(1, run.exit);
    assertTrue(run.out.contains("ERROR nats.jwt: not usable NATS credentials:"), run.out);
    assertTrue(run.out.contains("ERROR nats.secondJwt: not usable NATS credentials:"), run.out);
    assertTrue(
        run.out.contains("live check skipped: nats.jwt holds no usable credentials"), run.out);
  }

  @Test
  void validateShowsCredentialProblemsWithTheirValuePaths() throws Exception {
    Issued expired =
        new Issued("runner-a", Instant.now().minus(Duration.ofDays(40)), Duration.ofDays(30));
    Path values =
        values(
            expired.creds.toBase64(),
            expired.creds.toBase64(),
            "kubiya.runner-a.metrics",
            "tls://connect.ngs.global");

    Run run = run("validate", "--release", "runner-a", "-f", values.toString());

    assertEquals(1, run.exit);
    assertTrue(run.out.contains("ERROR nats.jwt: the credentials expired at "), run.out);
    assertTrue(run.out.contains("ERROR nats.secondJwt: the credentials expired at "), run.out);
    expired.assertNotIn(run.out + run.err);
  }
}
