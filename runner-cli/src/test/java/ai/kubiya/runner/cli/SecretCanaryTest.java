package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A distinct canary in every secret-bearing value, every command that reads values or connects run
 * with bad inputs: no canary on stdout or stderr, in any encoding (issue 11: 1-7).
 */
class SecretCanaryTest {
  private static final String SEED = "SUACANARYSEEDAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  private static final String CREDS =
      "-----BEGIN NATS USER JWT-----\neyJCANARYJWTXXXXXXXXXXXXXXXX.eyJ4IjoxfQ.c2ln\n"
          + "------END NATS USER JWT------\n\n-----BEGIN USER NKEY SEED-----\n"
          + SEED
          + "\n------END USER NKEY SEED------\n";
  private static final String JWT_B64 =
      Base64.getEncoder().encodeToString(CREDS.getBytes(StandardCharsets.UTF_8));
  private static final List<String> CANARIES =
      List.of(
          JWT_B64,
          SEED,
          "eyJCANARYJWTXXXXXXXXXXXXXXXX",
          "CANARY2ndJWT",
          "CANARYTLSCRT",
          "CANARYTLSKEY",
          "CANARY-API-TOKEN",
          "CANARY-AZ-SECRET",
          "CANARYNATSPW",
          "CANARYGRAFANAPW");

  @TempDir Path dir;

  private static List<String> forms(String canary) {
    byte[] b = canary.getBytes(StandardCharsets.UTF_8);
    return List.of(
        canary,
        Base64.getEncoder().encodeToString(b),
        Base64.getUrlEncoder().withoutPadding().encodeToString(b),
        URLEncoder.encode(canary, StandardCharsets.UTF_8));
  }

  private Path values() throws IOException {
    return Files.writeString(
        dir.resolve("values.yaml"),
        "nats:\n  jwt: "
            + JWT_B64
            + "\n  secondJwt: CANARY2ndJWT\n"
            + "  serverUrl: nats://admin:CANARYNATSPW@127.0.0.1:1\n"
            + "registryTls:\n  crt: CANARYTLSCRT\n  key: CANARYTLSKEY\n"
            + "agentManager:\n  env:\n    API_TOKEN: \"{{ CANARY-API-TOKEN }}\"\n"
            + "alloy:\n  alloy:\n    extraEnv:\n"
            + "    - name: AZURE_CLIENT_SECRET\n      value: CANARY-AZ-SECRET\n");
  }

  @Test
  void noCommandPrintsACanaryInAnyEncoding() throws IOException {
    String f = values().toString();
    Path kc =
        Files.writeString(
            dir.resolve("kc"),
            "apiVersion: v1\nclusters:\n- name: c\n  cluster:\n"
                + "    server: https://u:CANARYNATSPW@127.0.0.1:1\nusers:\n- name: u\n"
                + "  user: {}\ncontexts:\n- name: x\n  context: {cluster: c, user: u}\n"
                + "current-context: x\n");
    List<String[]> commands = new ArrayList<>();
    String[] base = {"--release", "r", "-f", f};
    for (String command : List.of("validate", "render", "names", "plan", "install")) {
      commands.add(
          concat(
              new String[] {command},
              base,
              command.equals("plan") || command.equals("install")
                  ? new String[] {"--kubeconfig", kc.toString()}
                  : new String[0]));
    }
    commands.add(concat(new String[] {"nats", "check"}, base, new String[] {"--timeout", "1"}));
    commands.add(concat(new String[] {"telemetry", "preflight"}, base, new String[0]));
    commands.add(concat(new String[] {"alloy", "check"}, base, new String[0]));
    commands.add(
        new String[] {
          "dashboards", "push", "--grafana", "http://admin:CANARYGRAFANAPW@127.0.0.1:1"
        });
    for (String set :
        List.of(
            "nats..jwt=CANARYTLSKEY",
            "nats.jwt[=CANARYTLSKEY",
            "nats.secondJwt.=CANARYTLSKEY",
            "alloy.alloy.extraEnv[2].value={CANARYTLSKEY}junk",
            "alloy.alloy.extraEnv[70000].value=CANARYTLSKEY",
            "registryTls.crt={CANARYTLSKEY}junk",
            "nats.serverUrl=tls://a:CANARYNATSPW@h,nats://u:CANARYNATSPW@127.0.0.1:1")) {
      for (String command : List.of("validate", "render", "install")) {
        commands.add(
            new String[] {
              command, "--release", "r", "--set-string", set, "--kubeconfig", kc.toString()
            });
      }
    }
    for (String[] args : commands) {
      CliRun run = CliRun.of(args);
      String shown = (args[0].equals("render") && run.exit() == 0 ? "" : run.out()) + run.err();
      boolean okAllowed = args[0].equals("names"); // names renders no secret and validates nothing
      assertTrue(
          run.exit() == 1 || run.exit() == 2 || (okAllowed && run.exit() == 0),
          String.join(" ", args) + " -> " + run.exit() + ": " + shown);
      for (String canary : CANARIES) {
        for (String form : forms(canary)) {
          assertFalse(
              shown.contains(form),
              String.join(" ", args) + " printed a secret (" + canary + "): " + shown);
        }
      }
      assertFalse(shown.contains("\tat "), shown);
    }
  }

  private static String[] concat(String[]... parts) {
    List<String> all = new ArrayList<>();
    for (String[] p : parts) {
      all.addAll(List.of(p));
    }
    return all.toArray(String[]::new);
  }
}
