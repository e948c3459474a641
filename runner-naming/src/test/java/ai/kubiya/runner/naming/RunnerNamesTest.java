package ai.kubiya.runner.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Names and labels as chart 0.6.2 computes them. */
class RunnerNamesTest {
  private static RunnerNames names(String release, String... sets) {
    RunnerConfigLoader loader = RunnerConfigLoader.create().release(release).namespace("kubiya");
    for (String s : sets) {
      loader.set(s);
    }
    return RunnerNames.of(loader.load());
  }

  /** The chart README's "Using Name Overrides", for {@code helm install my-release}. */
  static Stream<Arguments> readmeExamples() {
    return Stream.of(
        arguments("runnerNameOverride=my-metrics-test", "my-metrics-test", "my-metrics-test"),
        arguments("nameOverride=custom", "custom", "my-release-custom"),
        arguments("fullnameOverride=full-custom", "kubiya-runner", "full-custom"),
        arguments("fullnameOverride=full-custom,nameOverride=custom", "custom", "full-custom"),
        arguments("organization=acme", "kubiya-runner", "my-release-kubiya-runner"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readmeExamples")
  void theChartReadmeNameOverrideExamples(String overrides, String name, String fullname) {
    RunnerNames n = names("my-release", overrides);
    assertEquals(name, n.name());
    assertEquals(fullname, n.fullname());
    assertEquals("my-release", n.release());
  }

  @Test
  void runnerNameOverrideWinsOverTheOtherOverrides() {
    RunnerNames n =
        names(
            "my-release",
            "runnerNameOverride=runner-a,nameOverride=custom,fullnameOverride=full-custom");
    assertEquals("runner-a", n.name());
    assertEquals("runner-a", n.fullname());
    assertEquals("runner-a", n.runnerName());
  }

  @Test
  void theRunnerNameIsTheReleaseUnlessOverridden() {
    assertEquals("my-release", names("my-release").runnerName());
    assertEquals(
        "my-release",
        names("my-release", "nameOverride=custom,fullnameOverride=full").runnerName());
    assertEquals(
        "my-metrics-test", names("my-release", "runnerNameOverride=my-metrics-test").runnerName());
  }

  @ParameterizedTest
  @CsvSource({
    "kubiya-runner-prod, '', kubiya-runner-prod",
    "prod-kubiya-runner-eu, '', prod-kubiya-runner-eu",
    "custom-env, custom, custom-env",
    "kubiya-prod, '', kubiya-prod-kubiya-runner",
  })
  void aReleaseThatContainsTheNameIsTheFullname(
      String release, String nameOverride, String fullname) {
    assertEquals(fullname, names(release, "nameOverride=" + nameOverride).fullname());
  }

  @Test
  void longNamesAreTruncatedTo63AndLoseATrailingDash() {
    String release = "r".repeat(53);
    RunnerNames n = names(release);
    assertEquals((release + "-kubiya-runner").substring(0, 63), n.fullname());
    assertEquals(63, n.fullname().length());

    // cut right after a dash: the dash goes
    RunnerNames dash = names("r".repeat(49), "nameOverride=" + "c".repeat(12) + "-tail");
    assertEquals("r".repeat(49) + "-" + "c".repeat(12), dash.fullname());
    RunnerNames trailing = names("x", "fullnameOverride=" + "f".repeat(62) + "-tail");
    assertEquals("f".repeat(62), trailing.fullname());

    RunnerNames longOverride = names("x", "runnerNameOverride=" + "o".repeat(70));
    assertEquals("o".repeat(63), longOverride.name());
    assertEquals("o".repeat(63), longOverride.fullname());
    assertEquals("o".repeat(63), longOverride.runnerName());
    assertEquals("n".repeat(63), names("x", "nameOverride=" + "n".repeat(64)).name());
  }

  @Test
  void chartLabel() {
    assertEquals("kubiya-runner-0.6.2", names("x").chartLabel());
    assertEquals("chart-1.0.0_build.5", RunnerNames.chartLabel("chart", "1.0.0+build.5"));
    assertEquals(63, RunnerNames.chartLabel("c".repeat(60), "1.0.0").length());
  }

  @Test
  void selectorAndCommonLabels() {
    RunnerNames n = names("my-release", "nameOverride=custom");
    Map<String, String> selector = new LinkedHashMap<>();
    selector.put("app.kubernetes.io/name", "my-release-custom");
    selector.put("app.kubernetes.io/instance", "my-release");
    assertEquals(selector, n.selectorLabels());

    Map<String, String> common = new LinkedHashMap<>();
    common.put("helm.sh/chart", "kubiya-runner-0.6.2");
    common.put("app.kubernetes.io/managed-by", RunnerNames.MANAGED_BY);
    common.put("app.kubernetes.io/name", "my-release-custom");
    common.put("app.kubernetes.io/instance", "my-release");
    common.put("app.kubernetes.io/version", "0.6.2");
    common.put("app.kubernetes.io/part-of", "my-release-custom");
    assertEquals(common, n.commonLabels());
    assertEquals(
        List.copyOf(common.keySet()),
        List.copyOf(n.commonLabels().keySet()),
        "the chart's label order");
  }

  @Test
  void componentLabels() {
    RunnerNames n = names("my-release");
    Map<String, String> expected = new LinkedHashMap<>(n.commonLabels());
    expected.put("app.kubernetes.io/kubiya-runner-component", "tool-manager");
    assertEquals(expected, n.componentLabels(Component.TOOL_MANAGER));
    assertEquals(expected, n.componentLabels("tool-manager"));

    Map<String, String> selector = new LinkedHashMap<>(n.selectorLabels());
    selector.put(RunnerNames.COMPONENT_LABEL, "agent-manager");
    assertEquals(selector, n.componentSelectorLabels(Component.AGENT_MANAGER));
  }

  @Test
  void labelMapsAreFreshCopies() {
    RunnerNames n = names("my-release");
    n.commonLabels().put("x", "y");
    n.selectorLabels().clear();
    assertEquals(6, n.commonLabels().size());
    assertEquals(2, n.selectorLabels().size());
  }

  @Test
  void componentLabelValues() {
    assertEquals(
        List.of(
            "kubiya-operator",
            "agent-manager",
            "tool-manager",
            "image-updater",
            "dagger-engine",
            "kube-state-metrics",
            "alloy"),
        Stream.of(Component.values())
            .filter(Component::isWorkload)
            .map(Component::label)
            .collect(java.util.stream.Collectors.toList()));
    assertEquals(
        List.of(Component.SHARED_SECRETS, Component.ALLOY_CONFIG),
        Stream.of(Component.values())
            .filter(c -> !c.isWorkload() && c != Component.SDK_SERVER)
            .collect(java.util.stream.Collectors.toList()));
  }

  /** Component, its values section, and the suffix of the generated service-account name. */
  static Stream<Arguments> runnerComponents() {
    return Stream.of(
        arguments(Component.KUBIYA_OPERATOR, "kubiyaOperator", "operator"),
        arguments(Component.AGENT_MANAGER, "agentManager", "agent-manager"),
        arguments(Component.TOOL_MANAGER, "toolManager", "tool-manager"),
        arguments(Component.IMAGE_UPDATER, "imageUpdater", "image-updater"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runnerComponents")
  void serviceAccountNames(Component component, String section, String suffix) {
    String sa = section + ".serviceAccount.";
    assertEquals(
        "kubiya-runner-" + suffix,
        names("r", sa + "create=true," + sa + "name=").serviceAccount(component));
    assertEquals(
        "custom-" + suffix,
        names("r", sa + "create=true," + sa + "name=,nameOverride=custom")
            .serviceAccount(component));
    assertEquals(
        "my-sa", names("r", sa + "create=true," + sa + "name=my-sa").serviceAccount(component));
    assertEquals(
        "default", names("r", sa + "create=false," + sa + "name=").serviceAccount(component));
    assertEquals(
        "existing-sa",
        names("r", sa + "create=false," + sa + "name=existing-sa").serviceAccount(component));
  }

  @Test
  void serviceAccountsUseTheNameNotTheFullname() {
    RunnerNames n = names("my-release", "fullnameOverride=full-custom");
    assertEquals("kubiya-runner-agent-manager", n.serviceAccount(Component.AGENT_MANAGER));
    assertEquals(
        "my-metrics-test-operator",
        names("my-release", "runnerNameOverride=my-metrics-test")
            .serviceAccount(Component.KUBIYA_OPERATOR));
  }

  @Test
  void theDefaultToolManagerServiceAccountIsTheChartsHardCodedName() {
    assertEquals(
        "kubiya-runner-tool-manager",
        names("r", "nameOverride=custom").serviceAccount(Component.TOOL_MANAGER));
  }

  @Test
  void subchartServiceAccountsAreTheSubchartFullnames() {
    RunnerNames n = names("my-release", "nameOverride=custom");
    assertEquals("my-release-dagger", n.serviceAccount(Component.DAGGER_ENGINE));
    assertEquals("my-release-alloy", n.serviceAccount(Component.ALLOY));
    assertEquals("my-release-kubestatemetrics", n.serviceAccount(Component.KUBE_STATE_METRICS));
  }

  @Test
  void serviceAccountsOfEveryComponent() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("kubiya-operator", "kubiya-runner-operator");
    expected.put("agent-manager", "kubiya-runner-agent-manager");
    expected.put("tool-manager", "kubiya-runner-tool-manager");
    expected.put("image-updater", "kubiya-runner-image-updater");
    expected.put("dagger-engine", "demo-dagger");
    expected.put("kube-state-metrics", "demo-kubestatemetrics");
    expected.put("alloy", "demo-alloy");
    assertEquals(expected, names("demo").serviceAccounts());
  }

  @Test
  void subchartNamesUseTheirAliasAndPassThroughOverrides() {
    RunnerNames plain = names("my-release");
    assertEquals("dagger", plain.dagger().name());
    assertEquals("my-release-dagger", plain.dagger().fullname());
    assertEquals("kubestatemetrics", plain.kubeStateMetrics().name());
    assertEquals("my-release-kubestatemetrics", plain.kubeStateMetrics().fullname());
    assertEquals("alloy", plain.alloy().name());
    assertEquals("my-release-alloy", plain.alloy().fullname());

    RunnerNames overridden =
        names(
            "my-release",
            "dagger.fullnameOverride=engine",
            "kubestatemetrics.nameOverride=ksm",
            "alloy.nameOverride=collector");
    assertEquals("engine", overridden.dagger().fullname());
    assertEquals("dagger", overridden.dagger().name());
    assertEquals("ksm", overridden.kubeStateMetrics().name());
    assertEquals("my-release-ksm", overridden.kubeStateMetrics().fullname());
    assertEquals("my-release-collector", overridden.alloy().fullname());
    assertEquals("engine", overridden.serviceAccount(Component.DAGGER_ENGINE));
  }

  @Test
  void theRunnersOverridesDoNotRenameSubcharts() {
    RunnerNames n =
        names(
            "my-release", "runnerNameOverride=runner-a,nameOverride=custom,fullnameOverride=full");
    assertEquals("my-release-dagger", n.dagger().fullname());
    assertEquals("my-release-alloy", n.alloy().fullname());
  }

  @Test
  void aReleaseThatContainsTheSubchartAliasIsItsFullname() {
    assertEquals("alloy-prod", names("alloy-prod").alloy().fullname());
  }

  @Test
  void configAndReleasePlusValuesGiveTheSameNames() {
    RunnerConfig config = RunnerConfig.of("demo", "kubiya", RunnerValues.defaults());
    assertEquals(
        RunnerNames.of(config).fullname(),
        RunnerNames.of("demo", RunnerValues.defaults()).fullname());
  }
}
