package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.dashboards.model.DashboardJson;
import ai.kubiya.runner.dashboards.runner.RunnerDashboard;
import ai.kubiya.runner.dashboards.runner.RunnerDashboards;
import ai.kubiya.runner.deployer.DeployOptions;
import ai.kubiya.runner.deployer.DeployResult;
import ai.kubiya.runner.deployer.Plan;
import ai.kubiya.runner.deployer.ReleaseId;
import ai.kubiya.runner.deployer.RunnerDeployer;
import ai.kubiya.runner.manifests.ManifestSet;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.validation.RunnerValidator;
import ai.kubiya.runner.model.validation.ValidationReport;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.telemetry.alloy.RunnerPipeline;
import ai.kubiya.runner.telemetry.alloy.RunnerPipelineSettings;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root README's main snippets, run as a consumer runs them: this project imports only
 * runner-bom. The text between "// README <name>" and "// end" is the README's block of that name
 * (the SDK build's ReadmeJavaBlocksTest fails when they differ).
 */
class ReadmeSnippetsTest {
  private static final String OVERRIDES =
      "organization: acme\n"
          + "uuid: 3f1e6a0c-8d4b-4f7e-9a51-2c7d0b6e4a19\n"
          + "alloy:\n"
          + "  alloy:\n"
          + "    extraEnv:\n"
          + "    - {name: AZURE_REMOTE_WRITE_URL, value: \"https://acme.example/api/v1/write\"}\n";

  private static RunnerConfig loadValidateRender() throws Exception {
    Files.writeString(Path.of("acme-prod-overrides.yaml"), OVERRIDES);
    // README load-validate-render
    RunnerConfig config = RunnerConfigLoader.create()
        .release("acme-prod").namespace("kubiya")
        .valuesFile(Path.of("acme-prod-overrides.yaml"))  // -f, in order
        .set("agentManager.replicas=3")                   // --set; ValuesException names bad paths
        .load();

    ValidationReport report = RunnerValidator.standard().validate(config);
    report.findings().forEach(System.out::println);     // e.g. WARNING nats.jwt: ...

    ManifestSet objects = RunnerManifests.of(config).build();   // fabric8 Deployment, Service, ...
    Deployment toolManager = objects.find(Deployment.class, "tool-manager").orElseThrow();
    String yaml = objects.toYaml();                              // what helm template prints
    // end
    assertFalse(report.hasErrors(), report.findings().toString());
    assertEquals(3, config.values().agentManager().replicas());
    assertEquals("acme", config.values().organization());
    assertEquals("tool-manager", toolManager.getMetadata().getName());
    assertTrue(yaml.contains("name: AZURE_REMOTE_WRITE_URL"), "the values file reached the render");
    assertTrue(yaml.contains("kind: Deployment"));
    return config;
  }

  @Test
  void loadValidateAndRenderWithSet() throws Exception {
    loadValidateRender();
  }

  @Test
  void buildTheAlloyPipeline() throws Exception {
    RunnerConfig config = loadValidateRender();
    // README pipeline
    // what the chart renders for this config; config.alloy as alloy fmt prints it
    RunnerPipelineSettings settings = RunnerPipelineSettings.of(config);
    String configAlloy = RunnerPipeline.render(settings);
    // end
    assertEquals("acme-prod", settings.release());
    assertTrue(configAlloy.contains("\"acme-prod\""), configAlloy);
    assertTrue(configAlloy.contains("prometheus.remote_write"), configAlloy);
  }

  @Test
  void writeTheDashboards(@TempDir Path dir) throws Exception {
    // README dashboards
    for (RunnerDashboard d : RunnerDashboards.catalogue("my-prometheus-uid")) {
      Files.writeString(dir.resolve(d.fileName() + ".json"), DashboardJson.write(d.build()));
    }
    // end
    try (var files = Files.list(dir)) {
      List<Path> written = files.toList();
      assertEquals(9, written.size(), written.toString());
      for (Path p : written) {
        assertFalse(DashboardJson.read(p).title().isBlank(), p + " reads back as a dashboard");
      }
    }
  }

  @Test
  void planAndInstallOnTheMockServer() throws Exception {
    RunnerConfig config = loadValidateRender();
    KubernetesMockServer server = new KubernetesMockServer(
        new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
    server.init();
    Map<String, String> properties = Map.of(
        "kubernetes.master", server.url("/"),
        "kubernetes.auth.tryKubeConfig", "false",
        "kubernetes.auth.tryServiceAccount", "false",
        "kubernetes.namespace", "kubiya",
        "kubernetes.request.retry.backoffLimit", "0");
    properties.forEach(System::setProperty);
    try {
      // README plan
      // a client from the kubeconfig, or in-cluster
      try (KubernetesClient client = new KubernetesClientBuilder().build()) {
        RunnerDeployer deployer = RunnerDeployer.create(client, DeployOptions.builder()
            .waitForReady(false)        // fabric8's mock server runs no pods: do not wait for them
            .build());
        Plan plan = deployer.plan(config);                   // reads only
        System.out.print(plan.render());                     // + created, ~ changed, - deleted
        DeployResult installed = deployer.install(config);   // revision 1; again: nothing to write
      }
      // end
      try (KubernetesClient client = server.createClient()) {
        RunnerDeployer deployer =
            RunnerDeployer.create(client, DeployOptions.builder().waitForReady(false).build());
        assertEquals(
            1, deployer.history(ReleaseId.of("acme-prod", "kubiya")).size(), "revision 1 recorded");
        assertFalse(deployer.plan(config).changesObjects(), "installed: nothing left to change");
        assertTrue(
            client.apps().deployments().inNamespace("kubiya").withName("tool-manager").get()
                != null);
      }
    } finally {
      properties.keySet().forEach(System::clearProperty);
      server.destroy();
    }
  }
}
