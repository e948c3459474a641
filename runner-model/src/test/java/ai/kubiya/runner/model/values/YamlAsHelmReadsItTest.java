package ai.kubiya.runner.model.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.RunnerValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values documents read as Helm reads them (issue 11: defects 9, 15, 16, 21). */
class YamlAsHelmReadsItTest {
  @TempDir Path dir;

  private static RunnerValues load(String yaml) {
    return RunnerConfigLoader.create().valuesYaml("v.yaml", yaml).load().values();
  }

  private static ValuesException refused(String yaml) {
    return assertThrows(ValuesException.class, () -> ValuesYaml.parse(yaml, "v.yaml"));
  }

  @Test
  void aliasesResolveToTheAnchoredValue() {
    RunnerValues v =
        load(
            "x-org: &org acme\norganization: *org\nx-res: &res {limits: {cpu: 300m}}\n"
                + "agentManager:\n  resources: *res\n");
    assertEquals("acme", v.organization());
    Map<String, Object> tree =
        RunnerConfigLoader.create()
            .valuesYaml(
                "v.yaml", "x-res: &res {limits: {cpu: 300m}}\nagentManager:\n  resources: *res\n")
            .mergedTree();
    Object resources = ((Map<?, ?>) tree.get("agentManager")).get("resources");
    assertEquals("300m", ((Map<?, ?>) ((Map<?, ?>) resources).get("limits")).get("cpu"));
    assertTrue(v.agentManager().resources().isPresent());
  }

  @Test
  void mergeKeysMergeAndExplicitKeysWin() {
    Map<String, Object> tree =
        ValuesYaml.parse(
            "base: &b {a: 1, b: 2}\nother: &o {b: 9, c: 3}\n" + "x:\n  <<: [*b, *o]\n  a: 10\n",
            "v.yaml");
    assertEquals(Map.of("a", 10, "b", 2, "c", 3), tree.get("x"));
  }

  @Test
  void mergeKeysAreNotUnknownKeys() {
    RunnerValues v = load("x-am: &am {replicas: 4}\nagentManager:\n  <<: *am\n");
    assertEquals(4, v.agentManager().replicas());
    assertFalse(v.agentManager().extras().containsKey("<<"));
  }

  @Test
  void scalarsAreTypedAsYaml11LikeHelm() {
    Map<String, Object> t =
        ValuesYaml.parse(
            "a: yes\nb: off\nc: 0x1F\nd: 1_000\ne: 010\nf: ~\ng: 'yes'\nh: 1.5e3\n"
                + "i: 2001-12-14\nn: 1\n",
            "v.yaml");
    assertEquals(true, t.get("a"));
    assertEquals(false, t.get("b"));
    assertEquals(31, t.get("c"));
    assertEquals(1000, t.get("d"));
    assertEquals(8, t.get("e"));
    assertTrue(t.containsKey("f") && t.get("f") == null);
    assertEquals("yes", t.get("g"));
    assertEquals(1500.0, t.get("h"));
    assertEquals("2001-12-14", t.get("i"));
    assertEquals(
        1, t.get("n"), "keys are their text (a divergence: Helm reads the key n as false)");
  }

  @Test
  void duplicateKeysAreRefusedWithBothLines() {
    ValuesException e = refused("organization: a\nuuid: x\norganization: b\n");
    assertEquals("v.yaml:3", e.path());
    assertEquals("duplicate key 'organization' (first at line 1)", e.detail());
  }

  @Test
  void aTabInIndentationIsReportedOnItsLine() {
    ValuesException e = refused("agentManager:\n  replicas: 1\n\timage: x\n");
    assertEquals("v.yaml:3", e.path());
    assertTrue(e.detail().contains("tab"), e.getMessage());
  }

  @Test
  void complexKeysNameTheirLine() {
    ValuesException e = refused("a: 1\n? [x, y]\n: 2\n");
    assertEquals("v.yaml:2", e.path());
    assertEquals("a map key must be a plain value, not a list", e.detail());
  }

  @Test
  void anAliasBombIsRefused() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    ValuesException e = refused(yaml.toString());
    assertTrue(e.detail().startsWith("aliases expand to more than"), e.getMessage());
  }

  @Test
  void anUndefinedAliasIsNamed() {
    ValuesException e = refused("a: 1\nb: *nosuch\n");
    assertEquals("v.yaml:2", e.path());
    assertTrue(e.detail().contains("undefined anchor"), e.getMessage());
  }

  @Test
  void infinityIsRefusedAsHelmRefusesIt() {
    ValuesException e = refused("a: .inf\n");
    assertEquals("v.yaml:1", e.path());
  }

  @Test
  void anEndlessFileIsRefusedNamingTheLimit() {
    ValuesException e =
        assertThrows(ValuesException.class, () -> ValuesYaml.read(Path.of("/dev/zero")));
    assertEquals("/dev/zero: larger than the limit of 4 MiB", e.getMessage());
  }

  @Test
  void aDirectoryIsNotAValuesFile() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    ValuesException e = assertThrows(ValuesException.class, () -> ValuesYaml.read(sub));
    assertEquals(sub + ": is a directory", e.getMessage());
  }

  @Test
  void malformedYamlNeverEchoesTheDocument() {
    ValuesException e = refused("nats:\n  jwt: \"CANARY-SECRET-1\n");
    assertFalse(e.getMessage().contains("CANARY"), e.getMessage());
    assertTrue(e.path().startsWith("v.yaml:"), e.getMessage());
  }
}
