package ai.kubiya.runner.dashboards.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DashboardJson;
import ai.kubiya.runner.dashboards.runner.RunnerDashboards;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DashboardConfigMapsTest {
  private final List<Dashboard> dashboards = RunnerDashboards.build("prom");

  @Test
  void oneLabelledConfigMapPerDashboardWithItsJsonAndFolder() {
    List<ConfigMap> maps =
        DashboardConfigMaps.builder()
            .namespace("monitoring")
            .folder("Customer Runners")
            .putExtraLabel("app.kubernetes.io/part-of", "kubiya-runner")
            .build()
            .configMaps(dashboards);

    assertEquals(9, maps.size());
    assertEquals(9, maps.stream().map(m -> m.getMetadata().getName()).distinct().count());
    for (int i = 0; i < maps.size(); i++) {
      ConfigMap m = maps.get(i);
      Dashboard d = dashboards.get(i);
      assertEquals("v1", m.getApiVersion());
      assertEquals("ConfigMap", m.getKind());
      assertEquals("monitoring", m.getMetadata().getNamespace());
      assertEquals("1", m.getMetadata().getLabels().get("grafana_dashboard"));
      assertEquals("kubiya-runner", m.getMetadata().getLabels().get("app.kubernetes.io/part-of"));
      assertEquals(Map.of("grafana_folder", "Customer Runners"), m.getMetadata().getAnnotations());
      String json = m.getData().get(d.uid() + ".json");
      assertEquals(
          d, DashboardJson.read(json, "configmap"), "the JSON reads back as the dashboard");
      assertTrue(!json.contains("\n"), "compact JSON");
      assertTrue(
          m.getMetadata().getName().matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?"),
          m.getMetadata().getName());
    }
  }

  @Test
  void namesAreDns1123FromTheUid() {
    DashboardConfigMaps maps = DashboardConfigMaps.builder().build();
    Dashboard d = Dashboard.builder().uid("pS6Zu_GV7z").title("t").build();
    assertEquals("grafana-dashboard-ps6zu-gv7z", maps.name(d));
    assertEquals(Map.of("grafana_dashboard", "1"), maps.configMap(d).getMetadata().getLabels());
    assertEquals(null, maps.configMap(d).getMetadata().getAnnotations());
  }

  @Test
  void uidsThatDifferOnlyInCaseCannotShareANameSpace() {
    DashboardConfigMaps maps = DashboardConfigMaps.builder().build();
    List<Dashboard> clash =
        List.of(
            Dashboard.builder().uid("Abc").title("a").build(),
            Dashboard.builder().uid("abc").title("b").build());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> maps.configMaps(clash));
    assertEquals(
        "dashboards Abc and abc would share the ConfigMap name grafana-dashboard-abc",
        e.getMessage());
  }

  @Test
  void labelAndAnnotationFollowTheSidecarsSettings() {
    ConfigMap m =
        DashboardConfigMaps.builder()
            .label("dashboards")
            .labelValue("runner")
            .folderAnnotation("k8s-sidecar-target-directory")
            .folder("/tmp/dashboards/runners")
            .namePrefix("kubiya-")
            .build()
            .configMap(dashboards.get(0));
    assertEquals("runner", m.getMetadata().getLabels().get("dashboards"));
    assertEquals(
        "/tmp/dashboards/runners",
        m.getMetadata().getAnnotations().get("k8s-sidecar-target-directory"));
    assertTrue(m.getMetadata().getName().startsWith("kubiya-"));
    assertEquals(
        List.of(dashboards.get(0).uid() + ".json"),
        m.getData().keySet().stream().collect(Collectors.toList()));
  }

  @Test
  void aBadNamePrefixIsRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> DashboardConfigMaps.builder().namePrefix("Grafana_").build());
    assertTrue(e.getMessage().startsWith("namePrefix \"Grafana_\""), e.getMessage());
  }
}
