package ai.kubiya.runner.model.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.ReferenceData;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.internal.ValuesCodec;
import ai.kubiya.runner.model.internal.ValuesDocuments;
import ai.kubiya.runner.testfixtures.RenderCase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code toValuesYaml()} loads back to equal values. */
class RoundTripTest {
  private static RunnerValues reload(RunnerValues values) {
    return RunnerConfigLoader.create()
        .valuesYaml("round-trip.yaml", values.toValuesYaml())
        .load()
        .values();
  }

  @Test
  void defaultsRoundTrip() {
    RunnerValues d = RunnerValues.defaults();
    assertEquals(d, reload(d));
    assertEquals(d, ValuesCodec.bind(d.toMap()));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theYamlHasNoKeysTheValuesDoNotHold() {
    String yaml = RunnerValues.defaults().toValuesYaml();
    Map<String, Object> tree = ValuesDocuments.parse(yaml, "round-trip.yaml");
    Map<String, Object> alloy =
        (Map<String, Object>) ((Map<String, Object>) tree.get("alloy")).get("alloy");
    for (Object env : (List<Object>) alloy.get("extraEnv")) {
      assertEquals(
          Set.of("name", "value"),
          ((Map<String, Object>) env).keySet(),
          "derived properties are not values");
    }
    assertFalse(alloy.containsKey("stabilityLevel"), "absent optional values are left out");
    assertFalse(yaml.contains(": null"), yaml);
  }

  @Test
  void theYamlIsAValuesDocumentOnItsOwn() {
    // Over an empty base (no chart defaults) it is the whole tree again.
    RunnerValues d = RunnerValues.defaults();
    Map<String, Object> tree = ValuesDocuments.parse(d.toValuesYaml(), "round-trip.yaml");
    assertEquals(d, ValuesCodec.bind(tree));
  }

  static List<RenderCase> cases() {
    return ReferenceData.renderCases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyRenderCaseRoundTrips(RenderCase renderCase) {
    RunnerValues values = ReferenceData.load(renderCase).values();
    assertEquals(values, reload(values));
  }

  @Test
  void aDefaultKeyTheValuesRemoveStaysRemoved() {
    // Found by the conformance corpus: a later values file's "GIT_SHA: null" removes the chart's
    // default; the YAML must say so, or loading it over the defaults brings the default back.
    RunnerValues values =
        RunnerConfigLoader.create()
            .valuesYaml("1.yaml", "toolManager:\n  env:\n    EXTRA: x\n")
            .valuesYaml("2.yaml", "toolManager:\n  env:\n    GIT_SHA: null\n")
            .load()
            .values();
    assertFalse(values.toolManager().env().containsKey("GIT_SHA"));
    assertTrue(values.toValuesYaml().contains("GIT_SHA: null"), values.toValuesYaml());
    assertEquals(values, reload(values));
  }

  @Test
  void unknownKeysSurviveTheRoundTrip() {
    RunnerValues values =
        RunnerConfigLoader.create()
            .valuesYaml(
                "unknown.yaml",
                "kubeStateMetrics:\n  enabled: false\nopentelemetry-collector:\n"
                    + "  enabled: false\nagentManager:\n  podSecurityContext:\n"
                    + "    runAsNonRoot: true\nnats:\n  tlsFirst: true\ndagger:\n"
                    + "  fullnameOverride: engine\n  engine:\n    hostPath: /var/lib/dagger\n"
                    + "alloy:\n  alloy:\n    extraEnv:\n    - name: A\n      value: b\n"
                    + "      extraField: kept\n")
            .load()
            .values();
    RunnerValues back = reload(values);
    assertEquals(values, back);
    assertEquals(Map.of("enabled", false), back.extras().get("kubeStateMetrics"));
    assertEquals(Map.of("enabled", false), back.extras().get("opentelemetry-collector"));
    assertEquals(
        Map.of("runAsNonRoot", true), back.agentManager().extras().get("podSecurityContext"));
    assertEquals(true, back.nats().extras().get("tlsFirst"));
    assertEquals("engine", back.dagger().extras().get("fullnameOverride"));
    assertEquals("/var/lib/dagger", back.dagger().engine().extras().get("hostPath"));
    assertEquals("kept", back.alloy().alloy().extraEnv().get(0).extras().get("extraField"));
  }

  @Test
  void changedValuesRoundTrip() {
    RunnerValues d = RunnerValues.defaults();
    RunnerValues changed =
        d.withOrganization("acme")
            .withUuid("0b7c3f6e-1c2d-4e5f-8a9b-0c1d2e3f4a5b")
            .withAgentManager(d.agentManager().withReplicas(0))
            .withToolManager(
                d.toolManager().withCommand(List.of("a: b", "{{ not yaml }}", "0755", "true")));
    assertEquals(changed, reload(changed));
  }
}
