package ai.kubiya.runner.manifests;

import static ai.kubiya.runner.manifests.Renders.container;
import static ai.kubiya.runner.manifests.Renders.deployment;
import static ai.kubiya.runner.manifests.Renders.env;
import static ai.kubiya.runner.manifests.Renders.has;
import static ai.kubiya.runner.manifests.Renders.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every switch of the chart, one component at a time. */
class ComponentSwitchesTest {
  @Nested
  class KubiyaOperator {
    @Test
    void fullAccessAddsAWildcardRule() {
      Role plain = render().find(Role.class, "kubiya-runner-operator").orElseThrow();
      Role full =
          render("kubiyaOperator.fullAccess=true")
              .find(Role.class, "kubiya-runner-operator")
              .orElseThrow();
      assertEquals(2, plain.getRules().size());
      assertEquals(3, full.getRules().size());
      assertEquals(List.of("*"), full.getRules().get(2).getVerbs());
    }

    @Test
    void createFalseRendersNoOperator() {
      ManifestSet set = render("kubiyaOperator.create=false");
      assertFalse(has(set, "Deployment", "kubiya-operator"));
      assertFalse(has(set, "Role", "kubiya-runner-operator"));
      assertFalse(has(set, "ServiceAccount", "kubiya-runner-operator"));
    }

    @Test
    void serviceAccountSwitches() {
      ManifestSet noSa = render("kubiyaOperator.serviceAccount.create=false");
      assertFalse(has(noSa, "ServiceAccount", "kubiya-runner-operator"));
      assertEquals(
          "default",
          deployment(noSa, "kubiya-operator")
              .getSpec()
              .getTemplate()
              .getSpec()
              .getServiceAccountName());
      ManifestSet named = render("kubiyaOperator.serviceAccount.name=ops");
      assertTrue(has(named, "ServiceAccount", "ops"));
      assertEquals(
          "ops",
          deployment(named, "kubiya-operator")
              .getSpec()
              .getTemplate()
              .getSpec()
              .getServiceAccountName());
    }

    @Test
    void livenessProbeOnlyWhenEnabled() {
      assertNull(
          container(deployment(render(), "kubiya-operator"), "kubiya-operator").getLivenessProbe());
      Container c =
          container(
              deployment(
                  render(
                      "kubiyaOperator.livenessProbe.enabled=true",
                      "kubiyaOperator.livenessProbe.httpGet.path=/health"),
                  "kubiya-operator"),
              "kubiya-operator");
      assertEquals("/health", c.getLivenessProbe().getHttpGet().getPath());
      assertEquals(80, c.getLivenessProbe().getHttpGet().getPort().getIntVal());
    }

    @Test
    void envIsTemplated() {
      Container c =
          container(
              deployment(render("nats.subject=runs.demo"), "kubiya-operator"), "kubiya-operator");
      assertEquals("runs.demo", env(c, "NATS_SUBJECT"));
      assertEquals("kubiya", env(c, "NAMESPACE"));
    }
  }

  @Nested
  class AgentManager {
    @Test
    void replicasImageResourcesAndEnv() {
      Deployment d =
          deployment(
              render(
                  "agentManager.replicas=4",
                  "agentManager.image.tag=v9",
                  "agentManager.resources.limits.cpu=2",
                  "agentManager.env.EXTRA=x-{{ .Release.Name }}"),
              "agent-manager");
      assertEquals(4, d.getSpec().getReplicas());
      Container c = container(d, "agent-manager");
      assertEquals("ghcr.io/kubiyabot/agent-manager:v9", c.getImage());
      assertEquals("2", c.getResources().getLimits().get("cpu").toString());
      assertEquals("x-demo", env(c, "EXTRA"));
      assertEquals("http://tool-manager.kubiya:80", env(c, "TOOL_MANAGER_URL"));
      assertEquals(
          List.of("ENVIRONMENT", "EXTRA", "KUBIYA_NATS_CREDS", "TOOL_MANAGER_URL"),
          c.getEnv().stream().map(e -> e.getName()).collect(Collectors.toList()),
          "env sorted by name as Helm ranges over maps");
    }

    @Test
    void livenessUsesTargetPortAndCanBeDisabled() {
      Container c =
          container(
              deployment(render("agentManager.service.targetPort=9090"), "agent-manager"),
              "agent-manager");
      assertEquals(9090, c.getLivenessProbe().getHttpGet().getPort().getIntVal());
      assertEquals(9090, c.getPorts().get(0).getContainerPort());
      assertNull(
          container(
                  deployment(render("agentManager.livenessProbe.enabled=false"), "agent-manager"),
                  "agent-manager")
              .getLivenessProbe());
    }

    @Test
    void serviceAndPodExtras() {
      ManifestSet set =
          render(
              "agentManager.service.port=8081",
              "agentManager.service.serviceType=NodePort",
              "agentManager.nodeSelector.pool=runners");
      Service s = set.find(Service.class, "agent-manager").orElseThrow();
      assertEquals(8081, s.getSpec().getPorts().get(0).getPort());
      assertEquals("NodePort", s.getSpec().getType());
      assertEquals(
          "runners",
          deployment(set, "agent-manager")
              .getSpec()
              .getTemplate()
              .getSpec()
              .getNodeSelector()
              .get("pool"));
      assertEquals(
          "true",
          deployment(set, "agent-manager")
              .getSpec()
              .getTemplate()
              .getMetadata()
              .getAnnotations()
              .get("prometheus.io/scrape"));
    }
  }

  @Nested
  class ToolManager {
    @Test
    void adminClusterRoleSwitch() {
      assertFalse(has(render(), "ClusterRole", "kubiya-runner-tool-manager-fullaccess"));
      ManifestSet admin = render("toolManager.adminClusterRole.create=true");
      assertTrue(has(admin, "ClusterRole", "kubiya-runner-tool-manager-fullaccess"));
      assertTrue(has(admin, "ClusterRoleBinding", "kubiya-runner-tool-manager-fullaccess-binding"));
    }

    @Test
    void sidecarAndProbes() {
      Deployment d =
          deployment(
              render(
                  "toolManager.sdkServer.image.tag=v2", "toolManager.livenessProbe.enabled=false"),
              "tool-manager");
      assertEquals(2, d.getSpec().getTemplate().getSpec().getContainers().size());
      Container sdk = container(d, "kubiya-sdk-server");
      assertEquals("ghcr.io/kubiyabot/sdk-py:v2", sdk.getImage());
      assertEquals(8000, sdk.getLivenessProbe().getHttpGet().getPort().getIntVal());
      assertNull(container(d, "tool-manager").getLivenessProbe());
      assertEquals(
          "tcp://dagger-engine-service:8080",
          env(container(d, "tool-manager"), "KUBIYA_DAGGER_ENGINE_SERVICE_URL"));
    }

    @Test
    void serviceAccountNameFlowsToEnvAndBindings() {
      ManifestSet set = render("toolManager.serviceAccount.name=tools");
      assertTrue(has(set, "ServiceAccount", "tools"));
      assertEquals(
          "tools",
          env(
              container(deployment(set, "tool-manager"), "tool-manager"),
              "KUBIYA_SERVICE_ACCOUNT"));
    }
  }

  @Nested
  class ImageUpdater {
    @Test
    void cronJobSwitchKeepsClusterRbac() {
      ManifestSet off = render("imageUpdater.cronJob.create=false");
      assertFalse(has(off, "CronJob", "demo-kubiya-runner-helm-updater"));
      assertFalse(has(off, "ServiceAccount", "kubiya-runner-image-updater"));
      assertTrue(has(off, "ClusterRole", "kubiya-runner-image-updater-clusterrole"));
    }

    @Test
    void scheduleSuspendAndScript() {
      CronJob job =
          render("imageUpdater.cronJob.schedule=0 */6 * * *", "imageUpdater.cronJob.suspend=true")
              .find(CronJob.class, "demo-kubiya-runner-helm-updater")
              .orElseThrow();
      assertEquals("0 */6 * * *", job.getSpec().getSchedule());
      assertTrue(job.getSpec().getSuspend());
      String script =
          job.getSpec()
              .getJobTemplate()
              .getSpec()
              .getTemplate()
              .getSpec()
              .getContainers()
              .get(0)
              .getArgs()
              .get(1);
      assertTrue(script.contains("helm get values demo -n kubiya -o yaml"), script);
    }
  }

  @Nested
  class SharedSecrets {
    @Test
    void natsSecretsNeedBothCreds() {
      assertFalse(has(render("nats.jwt=abc"), "Secret", "kubiya-runner-nats-creds-runner"));
      ManifestSet both = render("nats.jwt=abc", "nats.secondJwt=def");
      Secret runner = both.find(Secret.class, "kubiya-runner-nats-creds-runner").orElseThrow();
      assertEquals("abc", runner.getData().get("nats.creds"));
      assertEquals(
          "def",
          both.find(Secret.class, "kubiya-runner-nats-creds-customer")
              .orElseThrow()
              .getData()
              .get("nats.creds"));
      assertEquals(
          "pre-install,pre-upgrade", runner.getMetadata().getAnnotations().get("helm.sh/hook"));
    }

    @Test
    void registrySecretNeedsBothParts() {
      assertTrue(has(render(), "Secret", "registry-tls-secret"));
      assertFalse(has(render("registryTls.key="), "Secret", "registry-tls-secret"));
      assertEquals(
          "kubernetes.io/tls",
          render().find(Secret.class, "registry-tls-secret").orElseThrow().getType());
    }
  }

  @Nested
  class Dagger {
    @Test
    void disabledRendersNothing() {
      ManifestSet set = render("dagger.enabled=false");
      assertTrue(set.ofType(DaemonSet.class).isEmpty());
      assertFalse(has(set, "Service", "dagger-engine-service"));
    }

    @Test
    void serviceNameAndPort() {
      Service s =
          render(
                  "dagger.additionalResources.service.name=engine",
                  "dagger.additionalResources.service.port=9000")
              .find(Service.class, "engine")
              .orElseThrow();
      assertEquals(9000, s.getSpec().getPorts().get(0).getPort());
      assertEquals("None", s.getSpec().getClusterIP());
    }

    @Test
    void checksumFollowsTheEngineConfig() {
      String a = checksum(render());
      String b = checksum(render("dagger.engine.config=debug = true"));
      assertTrue(a.matches("[0-9a-f]{64}"));
      assertNotEquals(a, b);
      assertEquals(
          a, checksum(render("organization=other")), "unrelated values do not roll the engine");
    }

    private String checksum(ManifestSet set) {
      return set.ofType(DaemonSet.class)
          .get(0)
          .getSpec()
          .getTemplate()
          .getMetadata()
          .getAnnotations()
          .get("checksum/config");
    }
  }

  @Nested
  class KubeStateMetrics {
    @Test
    void disabledRendersNothing() {
      assertFalse(
          has(render("kubestatemetrics.enabled=false"), "Deployment", "demo-kubestatemetrics"));
    }

    @Test
    void clusterRoleWhenAsked() {
      ManifestSet set = render("kubestatemetrics.rbac.useClusterRole=true");
      assertTrue(has(set, "ClusterRole", "demo-kubestatemetrics"));
      assertFalse(has(set, "Role", "demo-kubestatemetrics"));
    }

    @Test
    void argsFollowTheValues() {
      List<String> args =
          container(
                  deployment(
                      render(
                          "kubestatemetrics.selfMonitor.enabled=false",
                          "kubestatemetrics.collectors={pods,services}"),
                      "demo-kubestatemetrics"),
                  "kubestatemetrics")
              .getArgs();
      assertTrue(args.contains("--resources=pods,services"), args.toString());
      assertTrue(args.contains("--namespaces=kubiya"), args.toString());
      // as the subchart (and Helm's output in the conformance corpus): the telemetry flags follow
      // selfMonitor.telemetryHost/Port whether or not selfMonitor is enabled
      assertTrue(args.contains("--telemetry-port=8081"), args.toString());
      ClusterRole none = render().find(ClusterRole.class, "demo-kubestatemetrics").orElse(null);
      assertNull(none);
      assertEquals(
          2,
          render("kubestatemetrics.collectors={pods,services}")
              .find(Role.class, "demo-kubestatemetrics")
              .orElseThrow()
              .getRules()
              .size());
    }
  }

  @Nested
  class Alloy {
    @Test
    void disabledRendersNeitherAlloyNorItsPipeline() {
      ManifestSet set = render("alloy.enabled=false");
      assertFalse(has(set, "Deployment", "demo-alloy"));
      assertFalse(has(set, "ConfigMap", "kubiya-runner-alloy-config"));
    }

    @Test
    void extraEnvStabilityResourcesAndController() {
      ManifestSet set =
          render(
              "alloy.alloy.extraEnv[0].name=AZURE_REMOTE_WRITE_URL",
                  "alloy.alloy.extraEnv[0].value=https://example.invalid",
              "alloy.alloy.stabilityLevel=experimental", "alloy.alloy.resources.limits.memory=2Gi");
      Container c = container(deployment(set, "demo-alloy"), "alloy");
      assertEquals("https://example.invalid", env(c, "AZURE_REMOTE_WRITE_URL"));
      assertTrue(c.getArgs().contains("--stability.level=experimental"));
      assertEquals("2Gi", c.getResources().getLimits().get("memory").toString());
      assertNotNull(
          render("alloy.controller.type=daemonset")
              .find(DaemonSet.class, "demo-alloy")
              .orElse(null));
    }

    @Test
    void pipelineFollowsTheSwitches() {
      String plain = pipeline(render());
      String variant =
          pipeline(
              render(
                  "alloy.livedebugging.enabled=true",
                  "alloy.extraExporters.cadvisor.enabled=true",
                  "alloy.scrapeIntervals.blackboxExporter=15s"));
      assertFalse(plain.contains("livedebugging {"));
      assertTrue(variant.contains("livedebugging {"));
      assertTrue(variant.contains("prometheus.exporter.cadvisor"));
      assertTrue(variant.contains("\"15s\""));
      assertTrue(
          plain.contains("replacement  = \"demo\"") || plain.contains("replacement = \"demo\""),
          "runner label is the release");
    }

    private String pipeline(ManifestSet set) {
      return set.find(ConfigMap.class, "kubiya-runner-alloy-config")
          .orElseThrow()
          .getData()
          .get("config.alloy");
    }
  }

  @Test
  void serviceAccountsAreOnlyCreatedWhenAsked() {
    ManifestSet set =
        render(
            "agentManager.serviceAccount.create=false", "agentManager.serviceAccount.name=shared");
    assertFalse(
        set.ofType(ServiceAccount.class).stream()
            .anyMatch(sa -> sa.getMetadata().getName().equals("shared")));
    assertEquals(
        "shared",
        deployment(set, "agent-manager").getSpec().getTemplate().getSpec().getServiceAccountName());
  }
}
