package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and truncated YAML, {@code --set} expressions, Alloy text and {@code .creds} files thrown
 * at the loaders through the CLI (fixed seed, bounded count): no exception escapes, no stack trace,
 * no secret, exit 0, 1 or 2 (issue 11).
 */
class LoaderFuzzTest {
  private static final String SECRET = "FUZZCANARYSECRET";
  private static final int CASES = 60;
  private static final String YAML =
      "organization: acme\nuuid: &u 0b6f2a4c-1111-2222-3333-444455556666\nnats:\n  jwt: "
          + SECRET
          + "\n"
          + "agentManager:\n  replicas: 2\n  env:\n    API_TOKEN: "
          + SECRET
          + "\n  resources: &r {limits: {cpu: 1}}\n"
          + "toolManager:\n  <<: {replicas: 1}\n  resources: *r\nimagePullSecrets:\n- name: x\n";
  private static final String ALLOY =
      "prometheus.remote_write \"default\" {\n  endpoint {\n    url = "
          + "sys.env(\"URL\")\n    headers = {\"a\" = [1, 2, {b = 3}]}\n  }\n}\n";
  private static final String NOISE = ":-[]{}&*!|>?#%@`'\"\t\n ,.=\\\\$0123456789aZ<<";

  @TempDir Path dir;

  private static String mutate(Random random, String text) {
    StringBuilder s = new StringBuilder(text.substring(0, random.nextInt(text.length() + 1)));
    int edits = random.nextInt(6);
    for (int i = 0; i < edits && s.length() > 0; i++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(3)) {
        case 0 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        case 1 -> s.deleteCharAt(at);
        default -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(20))));
      }
    }
    return s.toString();
  }

  private static void check(String what, CliRun run) {
    String shown = run.out() + run.err();
    assertTrue(run.exit() >= 0 && run.exit() <= 2, what + " -> exit " + run.exit());
    assertFalse(shown.contains("\tat "), what + ": a stack trace: " + shown);
    assertFalse(
        shown.matches("(?s).*\\b\\w+(Exception|Error): .*"),
        what + ": an exception escaped: " + shown);
    for (String form :
        new String[] {
          SECRET, Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8))
        }) {
      assertFalse(run.err().contains(form), what + ": the secret on stderr: " + run.err());
    }
  }

  @Test
  void randomAndTruncatedInputNeverEscapes() throws IOException {
    Random random = new Random(11);
    for (int i = 0; i < CASES; i++) {
      Path values = Files.writeString(dir.resolve("v" + i + ".yaml"), mutate(random, YAML));
      check("values " + values, CliRun.of("validate", "--release", "r", "-f", values.toString()));

      String set =
          mutate(
              random,
              "nats.jwt="
                  + SECRET
                  + ",agentManager.env.API_TOKEN="
                  + SECRET
                  + ",imagePullSecrets[1].name={a,b}");
      check("--set " + i, CliRun.of("validate", "--release", "r", "--set", set));

      Path alloy = Files.writeString(dir.resolve("a" + i + ".alloy"), mutate(random, ALLOY));
      check("alloy fmt " + alloy, CliRun.of("alloy", "fmt", alloy.toString()));
      check("alloy check " + alloy, CliRun.of("alloy", "check", alloy.toString()));

      String creds =
          "-----BEGIN NATS USER JWT-----\neyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJVQSJ9.c2ln\n"
              + "------END NATS USER JWT------\n-----BEGIN USER NKEY SEED-----\nSUA"
              + SECRET
              + "\n------END USER NKEY SEED------\n";
      Path credsFile = Files.writeString(dir.resolve("c" + i + ".creds"), mutate(random, creds));
      CliRun inspect = CliRun.of("nats", "inspect", credsFile.toString());
      check("nats inspect " + credsFile, inspect);
    }
  }
}
