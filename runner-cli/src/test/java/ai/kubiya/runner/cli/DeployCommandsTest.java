package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deploy commands against fabric8's CRUD mock server, reached through a kubeconfig file. */
@EnableKubernetesMockClient(crud = true, https = false)
class DeployCommandsTest {
  KubernetesMockServer server;
  KubernetesClient admin;
  @TempDir Path dir;
  Path kubeconfig;

  @BeforeEach
  void writeKubeconfig() throws IOException {
    kubeconfig = dir.resolve("kubeconfig");
    String url = server.url("/").replaceAll("/$", "");
    Files.writeString(
        kubeconfig,
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: mock
          cluster:
            server: %s
        - name: elsewhere
          cluster:
            server: http://127.0.0.1:1
        contexts:
        - name: mock
          context: {cluster: mock, user: tester}
        - name: elsewhere
          context: {cluster: elsewhere, user: tester}
        current-context: elsewhere
        users:
        - name: tester
          user: {token: test-token}
        """
            .formatted(url));
  }

  CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--release",
            "deployment-x",
            "-n",
            "kubiya",
            "--kubeconfig",
            kubeconfig.toString(),
            "--context",
            "mock"));
    return CliRun.of(all.toArray(String[]::new));
  }

  @Test
  void installTwiceThenUpgradeHistoryStatusRollbackAndUninstall() {
    CliRun install = run("install");
    assertEquals(0, install.exit(), install.err());
    assertTrue(
        install
            .out()
            .matches(
                "deployment-x: revision 1 deployed \\(\\d+ created, 0 changed, 0 "
                    + "deleted, 0 unchanged\\)\\n"),
        install.out());
    assertTrue(
        install.err().contains("applied Secret/registry-tls-secret: created\n"), install.err());
    assertFalse(install.err().contains("\r"), "plain lines when not on a terminal");

    CliRun again = run("install");
    assertEquals("deployment-x: no changes; revision 1 stays deployed\n", again.out());

    CliRun plan = run("plan", "--set", "agentManager.image.tag=v9.9.9");
    assertEquals(0, plan.exit(), plan.err());
    assertTrue(plan.out().contains("~ Deployment/agent-manager\n"), plan.out());
    assertTrue(plan.out().contains(":v9.9.9"), plan.out());
    assertTrue(
        plan.out().matches("(?s).*\n0 to create, 1 to change, 0 to delete, \\d+ unchanged\n"),
        plan.out());

    CliRun upgrade = run("upgrade", "--set", "agentManager.image.tag=v9.9.9");
    assertEquals(0, upgrade.exit(), upgrade.err());
    assertTrue(
        upgrade
            .out()
            .startsWith("deployment-x: revision 2 deployed (0 created, 1 changed, 0 deleted"),
        upgrade.out());

    CliRun history = run("history");
    assertEquals(0, history.exit(), history.err());
    List<String> lines = history.out().lines().toList();
    assertEquals(3, lines.size(), history.out());
    assertTrue(
        lines.get(1).matches("1\\s+\\S+\\s+superseded\\s+0\\.6\\.2\\s+Install complete"),
        lines.get(1));
    assertTrue(
        lines.get(2).matches("2\\s+\\S+\\s+deployed\\s+0\\.6\\.2\\s+Upgrade complete"),
        lines.get(2));
    // the UPDATED column fits its width: every column starts where its header does
    int statusColumn = lines.get(0).indexOf("STATUS");
    assertTrue(
        lines.stream()
            .skip(1)
            .allMatch(
                l ->
                    l.substring(statusColumn).matches("(superseded|deployed) .*")
                        && l.substring(10, statusColumn)
                            .trim()
                            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")),
        history.out());

    CliRun status = run("status");
    assertEquals(0, status.exit(), status.err());
    assertTrue(
        status
            .out()
            .startsWith(
                "release kubiya/deployment-x: revision 2 deployed (chart 0.6.2), health Down\n"),
        status.out());
    assertTrue(
        status
            .out()
            .lines()
            .anyMatch(
                l ->
                    l.startsWith("agent-manager")
                        && l.contains("Deployment/agent-manager")
                        && l.contains("0/2")
                        && l.contains(":v9.9.9")),
        status.out());

    CliRun rollback = run("rollback", "--revision", "1");
    assertEquals(0, rollback.exit(), rollback.err());
    assertTrue(
        rollback.out().startsWith("deployment-x: revision 3 deployed (0 created, 1 changed"),
        rollback.out());

    CliRun uninstall = run("uninstall");
    assertEquals(0, uninstall.exit(), uninstall.err());
    assertTrue(
        uninstall.out().contains("left: Namespace/kubiya (uninstall never deletes namespaces)"),
        uninstall.out());
    assertTrue(admin.apps().deployments().inNamespace("kubiya").list().getItems().isEmpty());
  }

  @Test
  void statusOfAnUnknownReleaseExitsOneLikeHistory() {
    CliRun status = run("status");
    assertEquals(1, status.exit());
    assertEquals("error: release deployment-x not found in namespace kubiya\n", status.err());
    assertEquals(1, run("history").exit());
  }

  @Test
  void waitAndTimeoutAreOnlyOfferedByCommandsThatWait() {
    for (String command : List.of("plan", "status", "history", "uninstall")) {
      CliRun waiting = run(command, "--wait");
      assertEquals(2, waiting.exit(), command + ": " + waiting.err());
      assertTrue(waiting.err().contains("Unknown option: '--wait'"), waiting.err());
      assertEquals(2, run(command, "--timeout", "5m").exit(), command);
    }
    assertEquals(2, run("plan", "--wait-for-lock", "1m").exit(), "plan takes no lock");
  }

  @Test
  void aReleaseLockedByAnotherOperationIsRefusedNamingTheHolderOrWaitedFor() {
    admin
        .resource(
            new io.fabric8.kubernetes.api.model.coordination.v1.LeaseBuilder()
                .withNewMetadata()
                .withName("kubiya-runner.lock.deployment-x")
                .withNamespace("kubiya")
                .endMetadata()
                .withNewSpec()
                .withHolderIdentity("ops@ci-7 pid 4242")
                .withLeaseDurationSeconds(60)
                .withRenewTime(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC))
                .endSpec()
                .build())
        .create();

    CliRun install = run("install");
    assertEquals(1, install.exit());
    assertTrue(
        install
            .err()
            .lines()
            .anyMatch(
                l ->
                    l.startsWith(
                        "error: release kubiya/deployment-x is locked by"
                            + " ops@ci-7 pid 4242 (Lease "
                            + "kubiya/kubiya-runner.lock.deployment-x, renewed ")),
        install.err());

    CliRun waited = run("uninstall", "--wait-for-lock", "300ms");
    assertEquals(1, waited.exit());
    assertTrue(
        waited
            .err()
            .contains(
                "waiting for the lock of release kubiya/deployment-x, held by ops@ci-7 pid 4242"
                    + " (up to 300ms)"),
        waited.err());
    assertTrue(waited.err().contains("gave up after waiting 300ms"), waited.err());
    assertEquals(
        2, run("install", "--wait-for-lock", "soon").exit(), "a bad duration is a usage error");
    assertTrue(
        admin.secrets().inNamespace("kubiya").list().getItems().isEmpty(), "nothing written");
  }

  @Test
  void failuresAreOneLineErrorsWithExitCodeOne() {
    CliRun upgrade = run("upgrade");
    assertEquals(1, upgrade.exit());
    assertTrue(
        upgrade
            .err()
            .endsWith(
                "\nerror: release deployment-x is not installed in namespace "
                    + "kubiya: install it first\n"),
        upgrade.err());
    assertTrue(
        upgrade.err().lines().allMatch(l -> l.startsWith("WARNING ") || l.startsWith("error: ")),
        "no stack trace: " + upgrade.err());

    run("install");
    CliRun rollback = run("rollback", "--revision", "9");
    assertEquals(1, rollback.exit());
    assertEquals("error: release deployment-x has no revision 9 (revisions: 1)\n", rollback.err());
  }

  @Test
  void anUnreachableClusterIsAOneLineErrorNamingTheServer() {
    CliRun status =
        CliRun.of(
            "status",
            "--release",
            "deployment-x",
            "-n",
            "kubiya",
            "--kubeconfig",
            kubeconfig.toString(),
            "--context",
            "elsewhere");
    assertEquals(1, status.exit());
    List<String> lines = status.err().lines().toList();
    // progress lines (retries) may come first; the error is the last line and names the server
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertTrue(line.startsWith("retrying: "), status.err());
    }
    assertEquals(
        "error: cannot reach the cluster at http://127.0.0.1:1/ (ConnectException)",
        lines.get(lines.size() - 1));
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun timeout = run("install", "--wait", "--timeout", "soon");
    assertEquals(2, timeout.exit());
    assertTrue(
        timeout.err().contains("'soon' is not a duration (examples: 90s, 5m, 1h30m)"),
        timeout.err());
  }

  @Test
  void badValuesAreReportedByPathWithoutTouchingTheCluster() {
    CliRun install = run("install", "--set", "agentManager.replicas=many");
    assertEquals(1, install.exit());
    assertTrue(install.err().startsWith("ERROR agentManager.replicas"), install.err());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aMissingKubeconfigSaysSo() {
    CliRun status =
        CliRun.of("status", "--release", "r", "--kubeconfig", dir.resolve("nope").toString());
    assertEquals(1, status.exit());
    assertEquals("error: kubeconfig " + dir.resolve("nope") + " does not exist\n", status.err());
  }
}
