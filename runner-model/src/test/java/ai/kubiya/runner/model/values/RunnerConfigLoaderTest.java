package ai.kubiya.runner.model.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.kubiya.runner.model.EnvVarValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.internal.HelmMerge;
import ai.kubiya.runner.model.internal.ValuesDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading values the way {@code helm template -f ... --set ...} does. */
class RunnerConfigLoaderTest {
  private static final RunnerValues D = RunnerValues.defaults();

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static RunnerValues load(String... documents) {
    RunnerConfigLoader loader = RunnerConfigLoader.create();
    for (int i = 0; i < documents.length; i++) {
      loader.valuesYaml("values-" + (i + 1) + ".yaml", documents[i]);
    }
    return loader.load().values();
  }

  @Test
  void releaseAndNamespaceAreKept() {
    RunnerConfig config = RunnerConfigLoader.create().release("demo").namespace("tenant-a").load();
    assertEquals("demo", config.release());
    assertEquals("tenant-a", config.namespace());
  }

  @Test
  void filesApplyInOrderAndTheLastOneWins() throws IOException {
    Path first = file("a.yaml", "organization: first\nagentManager:\n  replicas: 5\n");
    Path second = file("b.yaml", "organization: second\n");
    RunnerValues v =
        RunnerConfigLoader.create().valuesFiles(List.of(first, second)).load().values();
    assertEquals("second", v.organization());
    assertEquals(5, v.agentManager().replicas(), "a key only the first file sets survives");

    RunnerValues reversed =
        RunnerConfigLoader.create().valuesFile(second).valuesFile(first).load().values();
    assertEquals("first", reversed.organization());
  }

  @Test
  void theSuppliedTreeIsTheFilesAndSetsWithoutTheChartsDefaults() throws IOException {
    Path first = file("s1.yaml", "organization: first\nagentManager:\n  replicas: 5\n");
    Path second = file("s2.yaml", "organization: second\nnats:\n  jwt: c2VjcmV0\n");
    RunnerConfigLoader loader =
        RunnerConfigLoader.create()
            .valuesFiles(List.of(first, second))
            .sets(List.of("agentManager.replicas=2", "alloy.alloy.extraEnv[0].value=token-1"));
    Map<String, Object> supplied = loader.suppliedTree();
    assertEquals(
        Map.of(
            "organization",
            "second",
            "agentManager",
            Map.of("replicas", 2),
            "nats",
            Map.of("jwt", "c2VjcmV0"),
            "alloy",
            Map.of("alloy", Map.of("extraEnv", List.of(Map.of("value", "token-1"))))),
        supplied);
    assertFalse(supplied.containsKey("registryTls"), "the chart's sample TLS pair is a default");
    Map<String, Object> merged = loader.mergedTree();
    assertTrue(merged.containsKey("registryTls"));
    assertEquals(
        HelmMerge.merge(RunnerConfigLoader.create().mergedTree(), supplied),
        merged,
        "the merged tree is the supplied one over the defaults");
  }

  @Test
  void mapsMergeDeeplyAcrossFilesAndDefaults() {
    RunnerValues v =
        load(
            "agentManager:\n  env:\n    EXTRA_FLAG: \"on\"\n",
            "agentManager:\n  image:\n    tag: v9.9.9\n  env:\n    ORG: x\n");
    assertEquals("v9.9.9", v.agentManager().image().tag());
    assertEquals(
        D.agentManager().image().repository(),
        v.agentManager().image().repository(),
        "sibling default kept");
    assertEquals("on", v.agentManager().env().get("EXTRA_FLAG"));
    assertEquals("x", v.agentManager().env().get("ORG"));
    assertEquals(
        D.agentManager().env().get("TOOL_MANAGER_URL"),
        v.agentManager().env().get("TOOL_MANAGER_URL"));
    assertEquals(D.agentManager().env().size() + 2, v.agentManager().env().size());
  }

  @Test
  void listsReplaceTheDefaultList() {
    RunnerValues v = load("toolManager:\n  command: [sleep, infinity]\n");
    assertEquals(List.of("sleep", "infinity"), v.toolManager().command());
    RunnerValues env =
        load("alloy:\n  alloy:\n    extraEnv:\n    - name: ONLY\n      value: one\n");
    assertEquals(
        List.of("ONLY"),
        env.alloy().alloy().extraEnv().stream()
            .map(EnvVarValues::name)
            .collect(Collectors.toList()));
  }

  @Test
  void nullRemovesAKeyAndTheModelFallsBackToItsDefault() {
    RunnerValues v =
        load(
            "organization: null\nnats:\n  serverUrl: null\nagentManager:\n  env:\n"
                + "    ENVIRONMENT: null\n");
    assertEquals("", v.organization(), "an unset string renders empty, as in Helm");
    assertEquals(
        "tls://connect.ngs.global", v.nats().serverUrl(), "documented fallback of nats.serverUrl");
    assertFalse(v.agentManager().env().containsKey("ENVIRONMENT"));
    assertTrue(v.agentManager().env().containsKey("KUBIYA_NATS_CREDS"));
  }

  @Test
  void nullOnAnOptionalSectionRemovesIt() {
    RunnerValues v = load("agentManager:\n  resources: null\n");
    assertTrue(v.agentManager().resources().isEmpty());
    assertTrue(D.agentManager().resources().isPresent());
  }

  static Stream<Arguments> requiredValuesRemoved() {
    return Stream.of(
        arguments("agentManager:\n  replicas: null\n", "agentManager.replicas"),
        arguments("agentManager:\n  image: null\n", "agentManager.image"),
        arguments("toolManager:\n  image:\n    tag: null\n", "toolManager.image.tag"),
        arguments(
            "dagger:\n  additionalResources:\n    service:\n      name: null\n",
            "dagger.additionalResources.service.name"));
  }

  @ParameterizedTest
  @MethodSource("requiredValuesRemoved")
  void nullOnARequiredValueFailsWithItsPath(String yaml, String path) {
    ValuesException e = assertThrows(ValuesException.class, () -> load(yaml));
    assertEquals(path, e.path());
    assertEquals(path + ": required value is missing", e.getMessage());
  }

  @Test
  void aLaterFileCanSetAgainWhatAnEarlierFileRemoved() {
    // helm layers the files first (env: null, then env: {ONLY: x}), then merges over the chart's
    // env
    RunnerValues v = load("agentManager:\n  env: null\n", "agentManager:\n  env:\n    ONLY: x\n");
    assertEquals("x", v.agentManager().env().get("ONLY"));
    assertEquals(D.agentManager().env().size() + 1, v.agentManager().env().size());
  }

  @Test
  void setAppliesAfterEveryFileWhateverTheCallOrder() throws IOException {
    Path f = file("org.yaml", "organization: from-file\nagentManager:\n  replicas: 7\n");
    RunnerValues v =
        RunnerConfigLoader.create()
            .set("organization=from-set")
            .valuesFile(f)
            .valuesYaml("late.yaml", "organization: late-file\n")
            .load()
            .values();
    assertEquals("from-set", v.organization());
    assertEquals(7, v.agentManager().replicas());
  }

  @Test
  void setIndexesIntoAListAValuesFileDefines() {
    // helm: --set parses into the merged values files, so the other elements stay.
    RunnerValues v =
        RunnerConfigLoader.create()
            .valuesYaml(
                "azure.yaml",
                "alloy:\n  alloy:\n    extraEnv:\n"
                    + "    - {name: AZURE_REMOTE_WRITE_URL, value: https://prom.example}\n"
                    + "    - {name: AZURE_CLIENT_ID, value: client}\n"
                    + "    - {name: AZURE_CLIENT_SECRET, value: xxx}\n")
            .set("alloy.alloy.extraEnv[2].value=real-secret")
            .load()
            .values();
    List<EnvVarValues> env = v.alloy().alloy().extraEnv();
    assertEquals(3, env.size());
    assertEquals("AZURE_CLIENT_SECRET", env.get(2).name());
    assertEquals("real-secret", env.get(2).value().orElseThrow());
    assertEquals("client", env.get(1).value().orElseThrow());
  }

  @Test
  void aNullInAnEarlierFileStillRemovesTheDefaultWhenALaterFileLeavesItAlone() {
    RunnerValues v =
        load(
            "agentManager:\n  env:\n    ENVIRONMENT: null\n",
            "agentManager:\n  env:\n    OTHER: z\n");
    assertFalse(v.agentManager().env().containsKey("ENVIRONMENT"));
    assertEquals("z", v.agentManager().env().get("OTHER"));
  }

  @Test
  void setIntoAListOnlyTheDefaultsDefineReplacesTheList() {
    // helm: the chart's defaults are not part of what --set parses into, so the list becomes
    // [null, {value: x}] and the first element has no name
    ValuesException e =
        assertThrows(
            ValuesException.class,
            () -> RunnerConfigLoader.create().set("alloy.alloy.extraEnv[1].value=x").load());
    assertTrue(e.path().startsWith("alloy.alloy.extraEnv["), e.getMessage());
  }

  @Test
  void setNullRemovesAKeyAfterTheFiles() {
    RunnerValues v =
        RunnerConfigLoader.create()
            .valuesYaml("a.yaml", "organization: acme\n")
            .set("organization=null")
            .load()
            .values();
    assertEquals("", v.organization());
  }

  @Test
  void setStringKeepsStringsAndTypedSetConverts() {
    RunnerValues v =
        RunnerConfigLoader.create()
            .set("agentManager.replicas=4")
            .setString("organization=0042")
            .load()
            .values();
    assertEquals(4, v.agentManager().replicas());
    assertEquals("0042", v.organization());
  }

  @Test
  void valuesGivenAsMapsAreNotModified() {
    Map<String, Object> tree = ValuesDocuments.parse("agentManager:\n  replicas: 3\n", "t");
    Map<String, Object> before = HelmMerge.deepCopy(tree);
    RunnerConfigLoader.create().values(tree).set("agentManager.replicas=9").load();
    assertEquals(before, tree);
  }

  @Test
  void aMissingFileFailsNamingTheFile() {
    Path missing = dir.resolve("nope.yaml");
    ValuesException e =
        assertThrows(
            ValuesException.class, () -> RunnerConfigLoader.create().valuesFile(missing).load());
    assertEquals(missing + ": no such file", e.getMessage());
  }

  @Test
  void malformedYamlFailsWithFileAndLineOnOneLine() throws IOException {
    Path f = file("bad.yaml", "organization: acme\nuuid: x\n  bad: indent\n");
    ValuesException e =
        assertThrows(ValuesException.class, () -> RunnerConfigLoader.create().valuesFile(f).load());
    assertEquals(f + ":3", e.path());
    assertTrue(e.getMessage().startsWith(f + ":3: malformed YAML"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void anUnterminatedFlowListFailsWithTheSourceName() {
    ValuesException e =
        assertThrows(ValuesException.class, () -> load("organization: acme\nlist: [1, 2\n"));
    assertTrue(e.path().startsWith("values-1.yaml:"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  static Stream<Arguments> notMaps() {
    return Stream.of(
        arguments("- a\n- b\n", "a list"),
        arguments("just text\n", "a string"),
        arguments("42\n", "a number"));
  }

  @ParameterizedTest
  @MethodSource("notMaps")
  void aDocumentThatIsNotAMapFails(String yaml, String kind) throws IOException {
    Path f = file("list.yaml", yaml);
    ValuesException e =
        assertThrows(ValuesException.class, () -> RunnerConfigLoader.create().valuesFile(f).load());
    assertEquals(f + ":1: a values document must be a map, got " + kind, e.getMessage());
  }

  @Test
  void emptyAndCommentOnlyDocumentsChangeNothing() throws IOException {
    Path empty = file("empty.yaml", "");
    Path comments = file("comments.yaml", "# nothing here\n");
    assertEquals(
        D, RunnerConfigLoader.create().valuesFile(empty).valuesFile(comments).load().values());
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        arguments(
            "agentManager:\n  replicas: abc\n",
            "agentManager.replicas: expected an integer, got a string"),
        arguments(
            "agentManager:\n  replicas: 2.5\n",
            "agentManager.replicas: expected an integer, got a number"),
        arguments(
            "dagger:\n  enabled: maybe\n", "dagger.enabled: expected true or false, got a string"),
        arguments(
            "agentManager:\n  livenessProbe:\n    enabled: notabool\n",
            "agentManager.livenessProbe.enabled: expected true or false, got a string"),
        arguments("imagePullSecrets: foo\n", "imagePullSecrets: expected a list, got a string"),
        arguments("agentManager: 5\n", "agentManager: expected a map, got a number"),
        arguments("agentManager:\n  env: [a]\n", "agentManager.env: expected a map, got a list"),
        arguments(
            "toolManager:\n  command: [{a: b}]\n",
            "toolManager.command[0]: expected a string, got a map"),
        arguments(
            "alloy:\n  alloy:\n    extraEnv: [5]\n",
            "alloy.alloy.extraEnv[0]: expected a map, got a number"),
        arguments(
            "alloy:\n  alloy:\n    extraEnv:\n    - value: x\n",
            "alloy.alloy.extraEnv[0].name: required value is missing"),
        arguments(
            "kubestatemetrics:\n  selfMonitor:\n    telemetryPort: http\n",
            "kubestatemetrics.selfMonitor.telemetryPort: expected an integer, got a string"));
  }

  @ParameterizedTest
  @MethodSource("wrongTypes")
  void wrongTypesFailWithThePathOnOneLine(String yaml, String message) {
    ValuesException e = assertThrows(ValuesException.class, () -> load(yaml));
    assertEquals(message, e.getMessage());
  }

  @Test
  void wrongTypesThroughSetNameThePath() {
    ValuesException e =
        assertThrows(
            ValuesException.class,
            () -> RunnerConfigLoader.create().set("agentManager.replicas=abc").load());
    assertEquals("agentManager.replicas: expected an integer, got a string", e.getMessage());
  }

  @Test
  void anIntegerOutOfRangeNamesThePath() {
    ValuesException e =
        assertThrows(ValuesException.class, () -> load("agentManager:\n  replicas: 99999999999\n"));
    assertEquals("agentManager.replicas", e.path());
    assertTrue(e.detail().startsWith("expected an integer"), e.getMessage());
  }

  @Test
  void valuesExceptionSplitsPathAndDetail() {
    ValuesException e = new ValuesException("a.b", "went wrong");
    assertEquals("a.b: went wrong", e.getMessage());
    assertEquals("a.b", e.path());
    assertEquals("went wrong", e.detail());
    assertEquals(0, e.getStackTrace().length, "a user error, not a crash: no stack trace");
  }
}
