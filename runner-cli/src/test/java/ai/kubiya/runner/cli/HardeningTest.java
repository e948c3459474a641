package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per CLI defect of issue 11: cluster selection, bounded input, atomic writes. */
class HardeningTest {
  @TempDir Path dir;

  private Path kubeconfig(String currentContext) throws IOException {
    return Files.writeString(
        dir.resolve("kubeconfig"),
        "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
            + "    server: https://127.0.0.1:1\nusers:\n- name: u\n  user:\n"
            + "    token: CANARY-KUBE-TOKEN\ncontexts:\n- name: real\n  context:\n"
            + "    cluster: c\n    user: u\n"
            + (currentContext == null ? "" : "current-context: " + currentContext + "\n"));
  }

  @Test
  void anUnknownContextIsRefusedBeforeAnyConnection() throws IOException {
    Path kc = kubeconfig("real");
    CliRun run =
        CliRun.of("status", "--release", "r", "--kubeconfig", kc.toString(), "--context", "nosuch");
    assertEquals(1, run.exit(), run.err());
    assertEquals("error: context \"nosuch\" not found in " + kc + "\n", run.err());
  }

  @Test
  void aKubeconfigWithoutCurrentContextIsRefusedOutsideACluster() throws IOException {
    Path kc = kubeconfig(null);
    CliRun run = CliRun.of("status", "--release", "r", "--kubeconfig", kc.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(
        run.err().startsWith("error: kubeconfig " + kc + " has no current-context"), run.err());
  }

  @Test
  void aMalformedKubeconfigNamesFileAndLine() throws IOException {
    Path kc =
        Files.writeString(
            dir.resolve("bad"), "apiVersion: v1\nclusters: {a: [\n  token: CANARY-KUBE\n");
    CliRun run = CliRun.of("status", "--release", "r", "--kubeconfig", kc.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().startsWith("error: " + kc + ":"), run.err());
    assertFalse(run.err().contains("CANARY"), run.err());
  }

  @Test
  void anUnreachableClusterIsNamedWithoutUserInfo() throws IOException {
    Path kc = kubeconfig("real");
    CliRun run = CliRun.of("status", "--release", "r", "--kubeconfig", kc.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("127.0.0.1:1"), run.err());
    assertFalse(run.err().contains("CANARY"), run.err());
  }

  @Test
  void badTimeoutsAndRevisionsAreUsageErrors() throws IOException {
    Path kc = kubeconfig("real");
    for (List<String> args :
        List.of(
            List.of("install", "--release", "r", "--timeout", "garbage"),
            List.of("install", "--release", "r", "--timeout", "-5"),
            List.of("rollback", "--release", "r", "--revision", "-1"),
            List.of("rollback", "--release", "r", "--revision", "0"))) {
      List<String> all = new java.util.ArrayList<>(args);
      all.addAll(List.of("--kubeconfig", kc.toString()));
      CliRun run = CliRun.of(all.toArray(String[]::new));
      assertEquals(2, run.exit(), args + ": " + run.err());
      assertFalse(run.err().contains("127.0.0.1"), "no connection was tried: " + run.err());
    }
  }

  @Test
  void endlessInputIsRefusedNamingTheFileAndTheLimit() {
    assertEquals(
        new CliRun(1, "", "ERROR /dev/zero: larger than the limit of 4 MiB\n").err(),
        CliRun.of("render", "--release", "r", "-f", "/dev/zero").err());
    CliRun nats = CliRun.of("nats", "inspect", "/dev/zero");
    assertEquals(1, nats.exit());
    assertTrue(nats.err().contains("/dev/zero: larger than the limit of 64 KiB"), nats.err());
    CliRun alloy = CliRun.of("alloy", "fmt", "/dev/zero");
    assertEquals(1, alloy.exit());
    assertEquals("error: /dev/zero: larger than the limit of 4 MiB\n", alloy.err());
  }

  @Test
  void deeplyNestedAlloyIsAPositionedErrorNotAStackOverflow() throws IOException {
    Path exprs =
        Files.writeString(
            dir.resolve("e.alloy"), "x = " + "[".repeat(1200) + "1" + "]".repeat(1200) + "\n");
    Path blocks =
        Files.writeString(dir.resolve("b.alloy"), "a {\n".repeat(3000) + "}\n".repeat(3000));
    Path chain = Files.writeString(dir.resolve("c.alloy"), "x = 1" + " + 1".repeat(5000) + "\n");
    for (Path file : List.of(exprs, blocks, chain)) {
      for (String command : List.of("fmt", "check")) {
        CliRun run = CliRun.of("alloy", command, file.toString());
        String shown = run.out() + run.err(); // check reports on stdout, fmt on stderr
        assertEquals(1, run.exit(), shown);
        assertTrue(
            shown.matches(
                "(?s).*"
                    + java.util.regex.Pattern.quote(file.toString())
                    + ":\\d+:\\d+: nesting too deep.*"),
            command + " " + file + ": " + shown);
        assertFalse(shown.contains("\tat ") || shown.contains("StackOverflow"), shown);
      }
    }
  }

  @Test
  void alloyFmtWriteReplacesTheFileAtomicallyKeepingItsPermissions() throws IOException {
    Path file = Files.writeString(dir.resolve("c.alloy"), "x   =   1\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    CliRun run = CliRun.of("alloy", "fmt", "--write", file.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("x = 1\n", Files.readString(file));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void renderOutputDirReplacesAnEarlierRenderAndRefusesForeignFiles() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(0, CliRun.of("render", "--release", "r", "--output-dir", out.toString()).exit());
    long all;
    try (Stream<Path> files = Files.list(out)) {
      all = files.count();
    }
    CliRun fewer =
        CliRun.of(
            "render",
            "--release",
            "r",
            "--output-dir",
            out.toString(),
            "--set",
            "dagger.enabled=false,alloy.enabled=false");
    assertEquals(0, fewer.exit(), fewer.err());
    try (Stream<Path> files = Files.list(out)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertTrue(names.size() < all, "stale files of the earlier render are gone: " + names);
      assertFalse(names.stream().anyMatch(n -> n.contains("dagger")), names.toString());
    }
    Files.writeString(out.resolve("mine.txt"), "keep me");
    CliRun refused = CliRun.of("render", "--release", "r", "--output-dir", out.toString());
    assertEquals(1, refused.exit());
    assertTrue(refused.err().contains("mine.txt, which this command did not write"), refused.err());
    assertEquals("keep me", Files.readString(out.resolve("mine.txt")));
  }

  @Test
  void badObjectNamesFailValidateBeforeRenderWritesAnything() {
    for (String set :
        List.of(
            "toolManager.serviceAccount.name=a/b",
            "dagger.additionalResources.service.name=Svc_X")) {
      CliRun validate = CliRun.of("validate", "--release", "r", "--set", set);
      assertEquals(1, validate.exit(), set + ": " + validate.out());
      String path = set.substring(0, set.indexOf('='));
      assertTrue(validate.out().contains("ERROR " + path + ": "), validate.out());
      Path out = dir.resolve("o" + Math.abs(set.hashCode()));
      CliRun render =
          CliRun.of("render", "--release", "r", "--set", set, "--output-dir", out.toString());
      assertEquals(1, render.exit());
      assertFalse(Files.exists(out), "nothing written");
    }
  }
}
