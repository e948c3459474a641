package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubiya-runner diff EXPECTED ACTUAL [--namespace NS] [--allow FILE]}. */
class DiffCommandTest {
  private static final String CANARY = "c2VjcmV0LWNhbmFyeS1zaG91bGQtbmV2ZXItcHJpbnQ=";

  @TempDir Path dir;

  private Path render(String name, String... sets) throws Exception {
    String yaml =
        RunnerManifests.of(
                RunnerConfigLoader.create()
                    .release("demo")
                    .namespace("kubiya")
                    .sets(List.of(sets))
                    .load())
            .build()
            .toYaml();
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    return file;
  }

  private static List<String> lines(CliRun run) {
    return run.out().lines().toList();
  }

  @Test
  void equalSetsExitZeroWithASummary() throws Exception {
    Path a = render("a.yaml");
    CliRun run = CliRun.of("diff", a.toString(), a.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals(1, lines(run).size(), run.out());
    assertTrue(run.out().startsWith("equal (0 allowed differences); objects: "), run.out());
  }

  @Test
  void findsAChangedReplicaCountARemovedEnvVarAChangedImageAndAnExtraObject() throws Exception {
    Path expected = render("expected.yaml");
    String yaml =
        Files.readString(
            render(
                "actual.yaml",
                "agentManager.replicas=5",
                "agentManager.image.tag=v9",
                "agentManager.env.ENVIRONMENT=null"));
    Path actual = dir.resolve("actual-extra.yaml");
    Files.writeString(
        actual,
        yaml
            + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n"
            + "  namespace: kubiya\n");
    CliRun run = CliRun.of("diff", expected.toString(), actual.toString(), "--namespace", "kubiya");
    assertEquals(1, run.exit(), run.err());
    assertEquals(
        List.of(
            "Deployment/kubiya/agent-manager spec.replicas changed: expected 2, actual 5",
            "Deployment/kubiya/agent-manager "
                + "spec.template.spec.containers[agent-manager].env[ENVIRONMENT] missing: "
                + "expected {\"name\":\"ENVIRONMENT\",\"value\":\"production\"}, actual <none>",
            "Deployment/kubiya/agent-manager "
                + "spec.template.spec.containers[agent-manager].image changed: "
                + "expected \"ghcr.io/kubiyabot/agent-manager:v0.1.4\", actual "
                + "\"ghcr.io/kubiyabot/agent-manager:v9\"",
            "ConfigMap/kubiya/extra unexpected-object: expected <none>, actual ConfigMap"),
        lines(run).subList(0, 4));
    assertTrue(lines(run).get(4).startsWith("4 differences (0 allowed); objects: "), run.out());
    assertEquals(5, lines(run).size(), run.out());
  }

  @Test
  void allowedLinesDoNotCount() throws Exception {
    Path expected = render("expected.yaml");
    Path actual = render("actual.yaml", "agentManager.replicas=5");
    Path allow = dir.resolve("allow");
    Files.writeString(
        allow, "# documented\n^Deployment/[^/]+/agent-manager spec\\.replicas changed:\n");
    CliRun run =
        CliRun.of("diff", expected.toString(), actual.toString(), "--allow", allow.toString());
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().startsWith("equal (1 allowed difference); objects: "), run.out());
    assertEquals(1, lines(run).size(), run.out());
  }

  @Test
  void secretDataIsNeverPrinted() throws Exception {
    Path expected = render("expected.yaml", "nats.jwt=" + CANARY, "nats.secondJwt=" + CANARY);
    Path actual = render("actual.yaml", "nats.jwt=b3RoZXI=", "nats.secondJwt=" + CANARY);
    CliRun run = CliRun.of("diff", expected.toString(), actual.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(
        run.out()
            .contains(
                "Secret/kubiya/kubiya-runner-nats-creds-runner data[\"nats.creds\"] "
                    + "changed: expected <redacted>, actual <redacted>"),
        run.out());
    assertFalse(run.out().contains(CANARY), run.out());
    assertFalse(run.out().contains("b3RoZXI="), run.out());
    CliRun removed = CliRun.of("diff", expected.toString(), render("none.yaml").toString());
    assertFalse(removed.out().contains(CANARY), removed.out());
  }

  @Test
  void standardInputIsDash() throws Exception {
    Path expected = render("expected.yaml");
    InputStream stdin = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream(
              Files.readAllBytes(render("actual.yaml", "toolManager.replicas=1"))));
      CliRun run = CliRun.of("diff", expected.toString(), "-");
      assertEquals(1, run.exit(), run.err());
      assertEquals(
          "Deployment/kubiya/tool-manager spec.replicas changed: expected 3, actual 1",
          lines(run).get(0));
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    Path a = render("a.yaml");
    assertEquals(2, CliRun.of("diff", "-", "-").exit());
    assertTrue(
        CliRun.of("diff", "-", "-").err().contains("only one of EXPECTED and ACTUAL may be -"));
    assertEquals(2, CliRun.of("diff", a.toString()).exit());
    assertEquals(2, CliRun.of("diff", a.toString(), a.toString(), "--colour").exit());
    assertEquals(2, CliRun.of("diff", a.toString(), a.toString(), "--namespace").exit());
  }

  @Test
  void badInputFilesExitOneNamingFileAndLine() throws Exception {
    Path a = render("a.yaml");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "kind: ConfigMap\nmetadata:\n  name: x\n---\nkind: Secret\nmetadata: {name: ["
            + CANARY
            + "\n");
    CliRun run = CliRun.of("diff", a.toString(), bad.toString());
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("error: " + bad + ":"), run.err());
    assertTrue(run.err().contains("malformed YAML"), run.err());
    assertFalse(run.err().contains(CANARY), run.err());
    assertEquals("", run.out());
    CliRun missing = CliRun.of("diff", a.toString(), dir.resolve("missing.yaml").toString());
    assertEquals(1, missing.exit());
    assertEquals("error: " + dir.resolve("missing.yaml") + ": no such file", missing.err().strip());
    Path allow = dir.resolve("allow");
    Files.writeString(allow, "ok\n(bad\n");
    CliRun badAllow = CliRun.of("diff", a.toString(), a.toString(), "--allow", allow.toString());
    assertEquals(1, badAllow.exit());
    assertTrue(badAllow.err().startsWith("error: " + allow + ":2: bad regex: "), badAllow.err());
  }
}
