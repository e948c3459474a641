package ai.kubiya.runner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.kubiya.runner.model.internal.ValuesCodec;
import ai.kubiya.runner.model.internal.ValuesDocuments;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link RunnerValues#defaults()} are the chart's {@code values.yaml}. */
class DefaultsTest {
  private static final RunnerValues D = RunnerValues.defaults();

  @Test
  void bundledChartValuesParseToTheReferenceChartValues() throws IOException {
    Map<String, Object> reference = ValuesDocuments.read(ReferenceData.chartValues());
    String bundled;
    try (InputStream in = RunnerValues.class.getResourceAsStream("chart-values.yaml")) {
      assertNotNull(in, "chart-values.yaml is bundled next to RunnerValues");
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(reference, ValuesDocuments.parse(bundled, "chart-values.yaml"));
    assertEquals(reference, ValuesCodec.defaultTree());
  }

  @Test
  void loadingTheChartValuesFileOverTheDefaultsChangesNothing() {
    RunnerValues loaded =
        RunnerConfigLoader.create().valuesFile(ReferenceData.chartValues()).load().values();
    assertEquals(D, loaded);
  }

  @Test
  void aLoaderWithoutInputsGivesTheDefaults() {
    RunnerConfig config = RunnerConfigLoader.create().release("r").load();
    assertEquals(D, config.values());
    assertEquals("r", config.release());
    assertEquals("default", config.namespace(), "Helm's default namespace");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDefaultTreeIsAFreshCopyEachTime() {
    Map<String, Object> tree = ValuesCodec.defaultTree();
    tree.put("organization", "changed");
    ((Map<String, Object>) tree.get("nats")).put("subject", "changed");
    ((List<Object>) ((Map<String, Object>) tree.get("toolManager")).get("command")).clear();

    Map<String, Object> again = ValuesCodec.defaultTree();
    assertEquals("testOrg", again.get("organization"));
    assertEquals("", ((Map<String, Object>) again.get("nats")).get("subject"));
    assertEquals(
        3, ((List<Object>) ((Map<String, Object>) again.get("toolManager")).get("command")).size());
    assertEquals(D, RunnerValues.defaults());
  }

  /** Dotted chart path, and the typed accessor that reads it. */
  static Stream<Arguments> accessors() {
    return Stream.of(
        a("organization", v -> v.organization()),
        a("uuid", v -> v.uuid()),
        a("runnerNameOverride", v -> v.runnerNameOverride()),
        a("nameOverride", v -> v.nameOverride()),
        a("fullnameOverride", v -> v.fullnameOverride()),
        a("imagePullSecrets", v -> v.imagePullSecrets()),
        a("nats.jwt", v -> v.nats().jwt()),
        a("nats.secondJwt", v -> v.nats().secondJwt()),
        a("nats.subject", v -> v.nats().subject()),
        a("nats.serverUrl", v -> v.nats().serverUrl()),
        a("registryTls.crt", v -> v.registryTls().crt()),
        a("registryTls.key", v -> v.registryTls().key()),
        a("kubiyaOperator.create", v -> v.kubiyaOperator().create()),
        a("kubiyaOperator.fullAccess", v -> v.kubiyaOperator().fullAccess()),
        a("kubiyaOperator.replicas", v -> v.kubiyaOperator().replicas()),
        a(
            "kubiyaOperator.serviceAccount.create",
            v -> v.kubiyaOperator().serviceAccount().create()),
        a("kubiyaOperator.serviceAccount.name", v -> v.kubiyaOperator().serviceAccount().name()),
        a(
            "kubiyaOperator.serviceAccount.automountServiceAccountToken",
            v -> v.kubiyaOperator().serviceAccount().automountServiceAccountToken()),
        a("kubiyaOperator.image.repository", v -> v.kubiyaOperator().image().repository()),
        a("kubiyaOperator.image.pullPolicy", v -> v.kubiyaOperator().image().pullPolicy()),
        a("kubiyaOperator.image.tag", v -> v.kubiyaOperator().image().tag()),
        a(
            "kubiyaOperator.livenessProbe.enabled",
            v -> v.kubiyaOperator().livenessProbe().enabled()),
        a(
            "kubiyaOperator.resources.limits.cpu",
            v -> v.kubiyaOperator().resources().get().limits().get("cpu")),
        a(
            "kubiyaOperator.resources.limits.memory",
            v -> v.kubiyaOperator().resources().get().limits().get("memory")),
        a(
            "kubiyaOperator.resources.requests.cpu",
            v -> v.kubiyaOperator().resources().get().requests().get("cpu")),
        a(
            "kubiyaOperator.resources.requests.memory",
            v -> v.kubiyaOperator().resources().get().requests().get("memory")),
        a("kubiyaOperator.volumeMounts", v -> v.kubiyaOperator().volumeMounts()),
        a("kubiyaOperator.volumes", v -> v.kubiyaOperator().volumes()),
        a("kubiyaOperator.ports.containerPort", v -> v.kubiyaOperator().ports().containerPort()),
        a("kubiyaOperator.env", v -> v.kubiyaOperator().env()),
        a("agentManager.replicas", v -> v.agentManager().replicas()),
        a("agentManager.image.repository", v -> v.agentManager().image().repository()),
        a("agentManager.image.tag", v -> v.agentManager().image().tag()),
        a("agentManager.service.port", v -> v.agentManager().service().port()),
        a("agentManager.service.targetPort", v -> v.agentManager().service().targetPort()),
        a("agentManager.service.serviceType", v -> v.agentManager().service().serviceType()),
        a("agentManager.serviceAccount.create", v -> v.agentManager().serviceAccount().create()),
        a("agentManager.livenessProbe.enabled", v -> v.agentManager().livenessProbe().enabled()),
        a(
            "agentManager.livenessProbe.httpGet.path",
            v -> v.agentManager().livenessProbe().httpGet().get().path()),
        a(
            "agentManager.livenessProbe.initialDelaySeconds",
            v -> v.agentManager().livenessProbe().initialDelaySeconds().get()),
        a(
            "agentManager.livenessProbe.periodSeconds",
            v -> v.agentManager().livenessProbe().periodSeconds().get()),
        a(
            "agentManager.livenessProbe.timeoutSeconds",
            v -> v.agentManager().livenessProbe().timeoutSeconds().get()),
        a("agentManager.extraPodsAnnotations", v -> v.agentManager().extraPodsAnnotations()),
        a("agentManager.volumes", v -> v.agentManager().volumes()),
        a("agentManager.volumeMounts", v -> v.agentManager().volumeMounts()),
        a("agentManager.env", v -> v.agentManager().env()),
        a("toolManager.image.repository", v -> v.toolManager().image().repository()),
        a("toolManager.image.tag", v -> v.toolManager().image().tag()),
        a(
            "toolManager.otelCollectorMetricsScrapeAppName",
            v -> v.toolManager().otelCollectorMetricsScrapeAppName()),
        a("toolManager.service.port", v -> v.toolManager().service().port()),
        a("toolManager.service.targetPort", v -> v.toolManager().service().targetPort()),
        a("toolManager.service.type", v -> v.toolManager().service().type()),
        a("toolManager.replicas", v -> v.toolManager().replicas()),
        a("toolManager.serviceAccount.name", v -> v.toolManager().serviceAccount().name()),
        a("toolManager.adminClusterRole.create", v -> v.toolManager().adminClusterRole().create()),
        a(
            "toolManager.livenessProbe.httpGet.path",
            v -> v.toolManager().livenessProbe().httpGet().get().path()),
        a("toolManager.volumes", v -> v.toolManager().volumes()),
        a("toolManager.containerPort", v -> v.toolManager().containerPort()),
        a("toolManager.env", v -> v.toolManager().env()),
        a(
            "toolManager.resources.limits.memory",
            v -> v.toolManager().resources().get().limits().get("memory")),
        a("toolManager.volumeMounts", v -> v.toolManager().volumeMounts()),
        a("toolManager.command", v -> v.toolManager().command()),
        a(
            "toolManager.sdkServer.image.repository",
            v -> v.toolManager().sdkServer().image().repository()),
        a("toolManager.sdkServer.image.tag", v -> v.toolManager().sdkServer().image().tag()),
        a("toolManager.sdkServer.command", v -> v.toolManager().sdkServer().command()),
        a("toolManager.sdkServer.containerPort", v -> v.toolManager().sdkServer().containerPort()),
        a("toolManager.sdkServer.defaultMode", v -> v.toolManager().sdkServer().defaultMode()),
        a(
            "toolManager.sdkServer.livenessProbe.timeoutSeconds",
            v -> v.toolManager().sdkServer().livenessProbe().timeoutSeconds().get()),
        a("toolManager.sdkServer.env", v -> v.toolManager().sdkServer().env()),
        a("toolManager.sdkServer.volumeMounts", v -> v.toolManager().sdkServer().volumeMounts()),
        a("imageUpdater.cronJob.create", v -> v.imageUpdater().cronJob().create()),
        a("imageUpdater.cronJob.schedule", v -> v.imageUpdater().cronJob().schedule()),
        a("imageUpdater.cronJob.suspend", v -> v.imageUpdater().cronJob().suspend()),
        a(
            "imageUpdater.cronJob.successfulJobsHistoryLimit",
            v -> v.imageUpdater().cronJob().successfulJobsHistoryLimit()),
        a(
            "imageUpdater.cronJob.failedJobsHistoryLimit",
            v -> v.imageUpdater().cronJob().failedJobsHistoryLimit()),
        a("imageUpdater.image.repository", v -> v.imageUpdater().image().repository()),
        a("imageUpdater.image.tag", v -> v.imageUpdater().image().tag()),
        a("imageUpdater.serviceAccount.create", v -> v.imageUpdater().serviceAccount().create()),
        a("dagger.enabled", v -> v.dagger().enabled()),
        a("dagger.volumeMountsPostfix", v -> v.dagger().volumeMountsPostfix()),
        a("dagger.engine.labels", v -> v.dagger().engine().labels()),
        a(
            "dagger.engine.newServiceAccount.name",
            v -> v.dagger().engine().newServiceAccount().name()),
        a(
            "dagger.engine.newServiceAccount.create",
            v -> v.dagger().engine().newServiceAccount().create()),
        a("dagger.engine.image.ref", v -> v.dagger().engine().image().ref()),
        a("dagger.engine.args", v -> v.dagger().engine().args()),
        a("dagger.engine.readinessProbe", v -> v.dagger().engine().readinessProbe()),
        a("dagger.engine.config", v -> v.dagger().engine().config()),
        a(
            "dagger.engine.resources.limits.cpu",
            v -> v.dagger().engine().resources().get().limits().get("cpu")),
        a(
            "dagger.engine.resources.requests.memory",
            v -> v.dagger().engine().resources().get().requests().get("memory")),
        a("dagger.magicache.enabled", v -> v.dagger().magicache().enabled()),
        a(
            "dagger.additionalResources.role.create",
            v -> v.dagger().additionalResources().role().create()),
        a(
            "dagger.additionalResources.roleBinding.create",
            v -> v.dagger().additionalResources().roleBinding().create()),
        a(
            "dagger.additionalResources.service.create",
            v -> v.dagger().additionalResources().service().create()),
        a(
            "dagger.additionalResources.service.name",
            v -> v.dagger().additionalResources().service().name()),
        a(
            "dagger.additionalResources.service.port",
            v -> v.dagger().additionalResources().service().port()),
        a("kubestatemetrics.enabled", v -> v.kubestatemetrics().enabled()),
        a("kubestatemetrics.http.interval", v -> v.kubestatemetrics().http().get().interval()),
        a(
            "kubestatemetrics.metrics.interval",
            v -> v.kubestatemetrics().metrics().get().interval()),
        a("kubestatemetrics.image.tag", v -> v.kubestatemetrics().image().tag()),
        a("kubestatemetrics.updateStrategy", v -> v.kubestatemetrics().updateStrategy()),
        a(
            "kubestatemetrics.revisionHistoryLimit",
            v -> v.kubestatemetrics().revisionHistoryLimit()),
        a(
            "kubestatemetrics.metricLabelsAllowlist",
            v -> v.kubestatemetrics().metricLabelsAllowlist()),
        a("kubestatemetrics.releaseNamespace", v -> v.kubestatemetrics().releaseNamespace()),
        a(
            "kubestatemetrics.rbac.useClusterRole",
            v -> v.kubestatemetrics().rbac().useClusterRole()),
        a(
            "kubestatemetrics.resources.limits.cpu",
            v -> v.kubestatemetrics().resources().get().limits().get("cpu")),
        a(
            "kubestatemetrics.selfMonitor.enabled",
            v -> v.kubestatemetrics().selfMonitor().enabled()),
        a(
            "kubestatemetrics.selfMonitor.telemetryHost",
            v -> v.kubestatemetrics().selfMonitor().telemetryHost()),
        a(
            "kubestatemetrics.selfMonitor.telemetryPort",
            v -> v.kubestatemetrics().selfMonitor().telemetryPort()),
        a("alloy.enabled", v -> v.alloy().enabled()),
        a("alloy.livedebugging.enabled", v -> v.alloy().livedebugging().enabled()),
        a(
            "alloy.extraExporters.cadvisor.enabled",
            v -> v.alloy().extraExporters().cadvisor().enabled()),
        a("alloy.scrapeIntervals.default", v -> v.alloy().scrapeIntervals().defaultInterval()),
        a(
            "alloy.scrapeIntervals.runnerExporters",
            v -> v.alloy().scrapeIntervals().runnerExporters()),
        a("alloy.scrapeIntervals.alloyExporter", v -> v.alloy().scrapeIntervals().alloyExporter()),
        a(
            "alloy.scrapeIntervals.blackboxExporter",
            v -> v.alloy().scrapeIntervals().blackboxExporter()),
        a(
            "alloy.scrapeIntervals.kubeStateMetrics",
            v -> v.alloy().scrapeIntervals().kubeStateMetrics()),
        a("alloy.scrapeIntervals.cadvisor", v -> v.alloy().scrapeIntervals().cadvisor()),
        a("alloy.alloy.securityContext", v -> v.alloy().alloy().securityContext()),
        a("alloy.alloy.configMap.create", v -> v.alloy().alloy().configMap().create()),
        a("alloy.alloy.configMap.key", v -> v.alloy().alloy().configMap().key()),
        a("alloy.alloy.configMap.name", v -> v.alloy().alloy().configMap().name()),
        a("alloy.controller.podLabels", v -> v.alloy().controller().podLabels()),
        a("alloy.controller.type", v -> v.alloy().controller().type()),
        a("alloy.resources.limits.cpu", v -> v.alloy().resources().get().limits().get("cpu")),
        a(
            "alloy.resources.requests.memory",
            v -> v.alloy().resources().get().requests().get("memory")));
  }

  private static Arguments a(String path, Function<RunnerValues, Object> accessor) {
    return arguments(path, accessor);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accessors")
  void typedAccessorsReturnTheChartDefault(String path, Function<RunnerValues, Object> accessor) {
    Object chart = at(ValuesCodec.defaultTree(), path);
    assertNotNull(chart, path + " is a key of the chart's values");
    assertEquals(plain(chart), plain(accessor.apply(D)), path);
  }

  @Test
  void alloyExtraEnvDefaultsAreTheFourAzureVariablesWithPlaceholders() {
    List<String> names =
        D.alloy().alloy().extraEnv().stream().map(EnvVarValues::name).collect(Collectors.toList());
    assertEquals(
        List.of(
            "AZURE_REMOTE_WRITE_URL", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", "AZURE_TOKEN_URL"),
        names);
    D.alloy().alloy().extraEnv().forEach(e -> assertEquals("xxx", e.value().orElseThrow()));
  }

  @Test
  void theChartReadmeDocumentsTheseDefaults() {
    // "Default resource limits for alloy" and the scrape intervals in the chart README.
    assertEquals(Map.of("cpu", "1", "memory", "1Gi"), D.alloy().resources().orElseThrow().limits());
    assertEquals(
        Map.of("cpu", "100m", "memory", "128Mi"), D.alloy().resources().orElseThrow().requests());
    assertEquals("60s", D.alloy().scrapeIntervals().defaultInterval());
    assertEquals("tls://connect.ngs.global", D.nats().serverUrl());
    assertEquals("", D.runnerNameOverride(), "runner name = release name by default");
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> tree, String path) {
    Object cur = tree;
    for (String key : path.split("\\.")) {
      cur = cur instanceof Map ? ((Map<String, Object>) cur).get(key) : null;
    }
    return cur;
  }

  /**
   * Scalars as text (the chart's {@code cpu: 1} is the model's {@code "1"}), collections
   * element-wise.
   */
  @SuppressWarnings("unchecked")
  private static Object plain(Object value) {
    if (value instanceof Map) {
      return ((Map<String, Object>) value)
          .entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> plain(e.getValue())));
    }
    if (value instanceof List) {
      return ((List<Object>) value).stream().map(DefaultsTest::plain).collect(Collectors.toList());
    }
    return String.valueOf(value);
  }
}
