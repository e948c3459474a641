package ai.kubiya.runner.manifests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestDiffTest {
  private static final String DEPLOYMENT =
      "apiVersion: apps/v1\n"
          + "kind: Deployment\n"
          + "metadata:\n"
          + "  name: agent-manager\n"
          + "  labels:\n"
          + "    app.kubernetes.io/managed-by: Helm\n"
          + "spec:\n"
          + "  replicas: 2\n"
          + "  template:\n"
          + "    spec:\n"
          + "      containers:\n"
          + "        - name: agent-manager\n"
          + "          image: ghcr.io/kubiyabot/agent-manager:v0.1.4\n"
          + "          env:\n"
          + "            - name: ENVIRONMENT\n"
          + "              value: production\n"
          + "            - name: KUBIYA_NATS_CREDS\n"
          + "              value: /nats/nats.creds\n"
          + "          resources:\n"
          + "            limits: {cpu: 1, memory: 1Gi}\n"
          + "        - name: sidecar\n"
          + "          image: busybox:1\n";

  @TempDir Path tmp;

  private static DiffResult diff(String expected, String actual) {
    return ManifestDiff.create().namespace("kubiya").compare(expected, actual);
  }

  private static List<String> lines(DiffResult result) {
    return result.reported().stream().map(Difference::line).collect(Collectors.toList());
  }

  @Test
  void identicalSetsAreEqual() {
    DiffResult result = diff(DEPLOYMENT, DEPLOYMENT);
    assertTrue(result.isEqual());
    assertEquals(1, result.expectedObjects());
    assertEquals(
        "equal (0 allowed differences); objects: 1 expected, 1 actual",
        DiffFormatter.summary(result));
  }

  @Test
  void aChangedReplicaCountIsNamedByPath() {
    DiffResult result = diff(DEPLOYMENT, DEPLOYMENT.replace("replicas: 2", "replicas: 3"));
    assertEquals(
        List.of("Deployment/kubiya/agent-manager spec.replicas changed: expected 2, actual 3"),
        lines(result));
    Difference d = result.reported().get(0);
    assertEquals(ObjectRef.of("Deployment", "kubiya", "agent-manager"), d.object());
    assertEquals("spec.replicas", d.path());
    assertEquals(Difference.Kind.CHANGED, d.kind());
  }

  @Test
  void aRemovedEnvVarIsNamedByItsName() {
    String actual =
        DEPLOYMENT.replace(
            "            - name: ENVIRONMENT\n              value: production\n", "");
    assertEquals(
        List.of(
            "Deployment/kubiya/agent-manager "
                + "spec.template.spec.containers[agent-manager].env[ENVIRONMENT] missing: "
                + "expected {\"name\":\"ENVIRONMENT\",\"value\":\"production\"}, actual <none>"),
        lines(diff(DEPLOYMENT, actual)));
  }

  @Test
  void aChangedImageIsNamedByContainer() {
    String actual = DEPLOYMENT.replace("agent-manager:v0.1.4", "agent-manager:v9");
    assertEquals(
        List.of(
            "Deployment/kubiya/agent-manager "
                + "spec.template.spec.containers[agent-manager].image changed: "
                + "expected \"ghcr.io/kubiyabot/agent-manager:v0.1.4\", actual "
                + "\"ghcr.io/kubiyabot/agent-manager:v9\""),
        lines(diff(DEPLOYMENT, actual)));
  }

  @Test
  void anExtraObjectIsUnexpected() {
    String extra =
        DEPLOYMENT
            + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\ndata:\n  a: b\n";
    DiffResult result = diff(DEPLOYMENT, extra);
    assertEquals(
        List.of("ConfigMap/kubiya/extra unexpected-object: expected <none>, actual ConfigMap"),
        lines(result));
    assertEquals(
        "1 difference (0 allowed); objects: 1 expected, 2 actual", DiffFormatter.summary(result));
    assertEquals(
        List.of(
            "Deployment/kubiya/agent-manager missing-object: expected Deployment, actual <none>"),
        lines(diff(DEPLOYMENT, "")));
  }

  @Test
  void namedListsIgnoreOrderAndIndexedListsDoNot() {
    String swapped =
        DEPLOYMENT.replace(
            "            - name: ENVIRONMENT\n              value: production\n"
                + "            - name: KUBIYA_NATS_CREDS\n              value: /nats/nats.creds\n",
            "            - name: KUBIYA_NATS_CREDS\n              value: /nats/nats.creds\n"
                + "            - name: ENVIRONMENT\n              value: production\n");
    assertTrue(diff(DEPLOYMENT, swapped).isEqual());
    String args =
        "kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      args: [a, b]\n";
    assertEquals(
        List.of(
            "Pod/kubiya/p spec.containers[c].args[0] changed: expected \"a\", actual \"b\"",
            "Pod/kubiya/p spec.containers[c].args[1] changed: expected \"b\", actual \"a\""),
        lines(diff(args, args.replace("[a, b]", "[b, a]"))));
  }

  @Test
  void quantitiesCompareByAmount() {
    assertTrue(
        diff(
                DEPLOYMENT,
                DEPLOYMENT.replace("{cpu: 1, memory: 1Gi}", "{cpu: 1000m, memory: 1024Mi}"))
            .isEqual());
    assertEquals(
        List.of(
            "Deployment/kubiya/agent-manager "
                + "spec.template.spec.containers[agent-manager].resources.limits.cpu changed: "
                + "expected 1, actual \"999m\""),
        lines(
            diff(
                DEPLOYMENT,
                DEPLOYMENT.replace("{cpu: 1, memory: 1Gi}", "{cpu: 999m, memory: 1Gi}"))));
  }

  @Test
  void emptyValuesCountAsAbsentAndManagedByIsIgnored() {
    String actual =
        DEPLOYMENT
            .replace("managed-by: Helm", "managed-by: kubiya-runner-sdk")
            .replace("  replicas: 2\n", "  replicas: 2\n  paused: null\n  strategy: {}\n");
    assertTrue(
        diff(DEPLOYMENT, actual).isEqual(), () -> lines(diff(DEPLOYMENT, actual)).toString());
    String noLabel =
        DEPLOYMENT.replace("    app.kubernetes.io/managed-by: Helm\n", "    other: x\n");
    assertEquals(
        List.of(
            "Deployment/kubiya/agent-manager "
                + "metadata.labels[\"app.kubernetes.io/managed-by\"] missing: "
                + "expected \"Helm\", actual <none>",
            "Deployment/kubiya/agent-manager metadata.labels.other unexpected: "
                + "expected <none>, actual \"x\""),
        lines(diff(DEPLOYMENT, noLabel)));
  }

  @Test
  void namespacesDefaultForNamespacedKindsOnly() {
    String explicit =
        DEPLOYMENT.replace(
            "  name: agent-manager\n", "  name: agent-manager\n  namespace: kubiya\n");
    assertTrue(diff(DEPLOYMENT, explicit).isEqual());
    assertEquals(
        List.of(
            "Deployment/kubiya/agent-manager missing-object: expected Deployment, actual <none>",
            "Deployment/other/agent-manager unexpected-object: expected <none>, actual Deployment"),
        lines(diff(DEPLOYMENT, explicit.replace("namespace: kubiya", "namespace: other"))));
    String role = "kind: ClusterRole\nmetadata:\n  name: r\n";
    String roleWithNs = "kind: ClusterRole\nmetadata:\n  name: r\n  namespace: kubiya\n";
    DiffResult result = diff(role, roleWithNs);
    assertTrue(result.isEqual());
    assertEquals("ClusterRole//r", ObjectRef.of("ClusterRole", "", "r").toString());
  }

  @Test
  void helmAnnotationsAreIgnoredAndChecksumsMustBeSha256() {
    String sha = "a".repeat(64);
    String e =
        "kind: DaemonSet\nmetadata:\n  name: d\n  annotations:\n    helm.sh/hook: pre-install\n"
            + "spec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: "
            + sha
            + "\n";
    assertTrue(
        diff(
                e,
                e.replace("    helm.sh/hook: pre-install\n", "    meta.helm.sh/release-name: x\n")
                    .replace(sha, "b".repeat(64)))
            .isEqual());
    assertEquals(
        List.of(
            "DaemonSet/kubiya/d "
                + "spec.template.metadata.annotations[\"checksum/config\"] bad-checksum: "
                + "expected a SHA-256 hex digest, actual \"not-a-digest\""),
        lines(diff(e, e.replace(sha, "not-a-digest"))));
  }

  @Test
  void configTextComparesLineByLineIgnoringLayout() {
    String e =
        "kind: ConfigMap\nmetadata: {name: c}\ndata:\n  config.alloy: |\n"
            + "    // a comment\n    prometheus.scrape \"x\" {\n      targets    = [a, "
            + "b],\n\n      job_name = \"x\"\n    }\n";
    String same =
        "kind: ConfigMap\nmetadata: {name: c}\ndata:\n  config.alloy: |\n"
            + "    prometheus.scrape \"x\" {\n    \ttargets = [a, b]\n    \tjob_name "
            + "= \"x\"\n    }\n    // trailing\n";
    assertTrue(diff(e, same).isEqual(), () -> lines(diff(e, same)).toString());
    assertEquals(
        List.of(
            "ConfigMap/kubiya/c data[\"config.alloy\"][line 5] changed: expected "
                + "\"job_name = \\\"x\\\"\", actual \"job_name = \\\"y\\\"\""),
        lines(diff(e, e.replace("job_name = \"x\"", "job_name = \"y\""))));
  }

  @Test
  void secretDataIsNeverPrinted() {
    String canary = "Q0FOQVJZLXNlY3JldC12YWx1ZQ==";
    String other = "T1RIRVItY2FuYXJ5LXZhbHVl";
    String e =
        "kind: Secret\nmetadata: {name: s}\ndata:\n  nats.creds: "
            + canary
            + "\nstringData:\n  token: "
            + canary
            + "\n";
    String a =
        "kind: Secret\nmetadata: {name: s}\ndata:\n  nats.creds: "
            + other
            + "\n  extra: "
            + other
            + "\n";
    String env =
        DEPLOYMENT
            .replace("value: production", "value: " + canary)
            .replace("name: ENVIRONMENT", "name: AZURE_CLIENT_SECRET");
    DiffResult secret = diff(e, a);
    DiffResult envSecret =
        diff(env, DEPLOYMENT.replace("name: ENVIRONMENT", "name: AZURE_CLIENT_SECRET"));
    String printed =
        DiffFormatter.format(secret) + DiffFormatter.format(envSecret) + secret + envSecret;
    assertFalse(printed.contains(canary), printed);
    assertFalse(printed.contains(other), printed);
    assertEquals(
        List.of(
            "Secret/kubiya/s data[\"nats.creds\"] changed: expected <redacted>, actual <redacted>",
            "Secret/kubiya/s data.extra unexpected: expected <none>, actual <redacted>",
            "Secret/kubiya/s stringData missing: expected <redacted>, actual <none>"),
        lines(secret));
    DiffResult wholeEnv =
        diff(env, DEPLOYMENT.replaceAll("(?s)          env:.*?(?=          resources)", ""));
    String printedEnv = DiffFormatter.format(wholeEnv);
    assertFalse(printedEnv.contains(canary), printedEnv);
    assertTrue(
        printedEnv.contains("{\"name\":\"AZURE_CLIENT_SECRET\",\"value\":\"<redacted>\"}"),
        printedEnv);
    assertEquals(1, envSecret.reported().size());
    assertTrue(
        envSecret
            .reported()
            .get(0)
            .line()
            .contains(
                "env[AZURE_CLIENT_SECRET].value changed: expected <redacted>, actual <redacted>"));
  }

  @Test
  void allowedDifferencesDoNotCount() {
    DiffResult result =
        ManifestDiff.create()
            .namespace("kubiya")
            .allow(AllowList.of("^Deployment/[^/]+/agent-manager spec\\.replicas changed:"))
            .compare(
                DEPLOYMENT,
                DEPLOYMENT.replace("replicas: 2", "replicas: 3").replace("busybox:1", "busybox:2"));
    assertEquals(2, result.differences().size());
    assertTrue(result.differences().get(0).allowed());
    assertEquals(1, result.allowedCount());
    assertEquals(
        List.of(
            "Deployment/kubiya/agent-manager "
                + "spec.template.spec.containers[sidecar].image changed: expected "
                + "\"busybox:1\", actual \"busybox:2\"",
            "1 difference (1 allowed); objects: 1 expected, 1 actual"),
        DiffFormatter.lines(result));
  }

  @Test
  void allowFilesSkipCommentsAndNameBadRegexesByLine() throws Exception {
    Path file = tmp.resolve("allow");
    Files.writeString(file, "# comment\n\n^Deployment/\n");
    assertEquals(1, AllowList.read(file).size());
    Files.writeString(file, "# comment\n(unclosed\n");
    ManifestDiffException e = assertThrows(ManifestDiffException.class, () -> AllowList.read(file));
    assertTrue(e.getMessage().startsWith(file + ":2: bad regex: "), e.getMessage());
    e = assertThrows(ManifestDiffException.class, () -> AllowList.read(tmp.resolve("absent")));
    assertEquals(tmp.resolve("absent") + ": no such file", e.getMessage());
  }

  @Test
  void badInputNamesFileAndLineWithoutContent() throws Exception {
    Path good = tmp.resolve("good.yaml");
    Files.writeString(good, DEPLOYMENT);
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad, DEPLOYMENT + "---\nkind: ConfigMap\nmetadata:\n  name: [s3cr3t-canary\n");
    ManifestDiffException e =
        assertThrows(ManifestDiffException.class, () -> ManifestDiff.create().compare(good, bad));
    assertTrue(
        e.getMessage()
            .matches(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+: malformed YAML: .*"),
        e.getMessage());
    assertFalse(e.getMessage().contains("s3cr3t-canary"), e.getMessage());
    Files.writeString(bad, DEPLOYMENT + "---\n- a list\n");
    e = assertThrows(ManifestDiffException.class, () -> ManifestDiff.create().compare(good, bad));
    assertEquals(bad + ":24: a manifest document must be a map, got a list", e.getMessage());
    Files.writeString(bad, "metadata: {name: x}\n");
    e = assertThrows(ManifestDiffException.class, () -> ManifestDiff.create().compare(good, bad));
    assertEquals(bad + ":1: document has no kind", e.getMessage());
    e =
        assertThrows(
            ManifestDiffException.class,
            () -> ManifestDiff.create().compare(good, tmp.resolve("none.yaml")));
    assertEquals(tmp.resolve("none.yaml") + ": no such file", e.getMessage());
  }

  @Test
  void duplicateObjectsAreReported() {
    DiffResult result = diff(DEPLOYMENT, DEPLOYMENT + "---\n" + DEPLOYMENT);
    assertEquals(Difference.Kind.DUPLICATE_OBJECT, result.reported().get(0).kind());
  }

  @Test
  void theSdksRenderDiffersFromAnotherOnlyWhereTheValuesDo() {
    String a =
        RunnerManifests.of(RunnerConfigLoader.create().release("r").namespace("kubiya").load())
            .build()
            .toYaml();
    String b =
        RunnerManifests.of(
                RunnerConfigLoader.create()
                    .release("r")
                    .namespace("kubiya")
                    .set("agentManager.replicas=5")
                    .load())
            .build()
            .toYaml();
    assertTrue(diff(a, a).isEqual());
    assertEquals(
        List.of("Deployment/kubiya/agent-manager spec.replicas changed: expected 2, actual 5"),
        lines(diff(a, b)));
  }
}
