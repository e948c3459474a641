package ai.kubiya.runner.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.internal.ValuesDocuments;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import ai.kubiya.runner.testfixtures.RenderCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The names and labels Helm rendered for each render case are the ones {@link RunnerNames} gives.
 */
class RenderCaseNamesTest {
  private static final String CHART = "kubiya-runner/";
  private static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  /** Where each component's pod spec is rendered. */
  private static final Map<String, Component> WORKLOADS =
      Map.of(
          "templates/components/kubiya-operator/kubiya-operator-deployment.yaml",
              Component.KUBIYA_OPERATOR,
          "templates/components/agent-manager/agent-manager-deployment.yaml",
              Component.AGENT_MANAGER,
          "templates/components/tool-manager/tool-manager-deployment.yaml", Component.TOOL_MANAGER,
          "templates/components/image-updater/image-updater-cronjob.yaml", Component.IMAGE_UPDATER,
          "charts/dagger/templates/engine-daemonset.yaml", Component.DAGGER_ENGINE,
          "charts/alloy/templates/controllers/deployment.yaml", Component.ALLOY,
          "charts/kubestatemetrics/templates/deployment.yaml", Component.KUBE_STATE_METRICS);

  /** Where the chart's own service accounts are rendered. */
  private static final Map<String, Component> SERVICE_ACCOUNTS =
      Map.of(
          "templates/components/kubiya-operator/kubiya-operator-serviceAccount.yaml",
              Component.KUBIYA_OPERATOR,
          "templates/components/agent-manager/agent-manager-serviceAccount.yaml",
              Component.AGENT_MANAGER,
          "templates/components/tool-manager/tool-manager-serviceAccount.yaml",
              Component.TOOL_MANAGER,
          "templates/components/image-updater/image-updater-serviceAccount.yaml",
              Component.IMAGE_UPDATER);

  /** One rendered object and the template it came from. */
  static final class Rendered {
    final String source;
    final Map<String, Object> object;

    Rendered(String source, Map<String, Object> object) {
      this.source = source;
      this.object = object;
    }
  }

  /** One render case: its names, and what Helm rendered. */
  static final class Case {
    final String name;
    final RunnerNames names;
    final List<Rendered> rendered;

    Case(String name, RunnerNames names, List<Rendered> rendered) {
      this.name = name;
      this.names = names;
      this.rendered = rendered;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (RenderCase renderCase : ConformanceFixtures.renderCases()) {
      cases.add(read(renderCase));
    }
    return cases;
  }

  private static Case read(RenderCase renderCase) throws IOException {
    RunnerNames names =
        RunnerNames.of(
            RunnerConfigLoader.create()
                .release(renderCase.release())
                .namespace(renderCase.namespace())
                .valuesFiles(renderCase.valuesFiles())
                .load());
    return new Case(renderCase.name(), names, rendered(renderCase.expected()));
  }

  /** The documents of a {@code helm template} output, each with its {@code # Source:} template. */
  private static List<Rendered> rendered(Path expected) throws IOException {
    List<Rendered> out = new ArrayList<>();
    for (String doc : Files.readString(expected).split("(?m)^---\\s*$")) {
      String source =
          doc.lines()
              .filter(l -> l.startsWith("# Source: "))
              .map(l -> l.substring("# Source: ".length()))
              .findFirst()
              .orElse("");
      Map<String, Object> object = ValuesDocuments.parse(doc, expected + " (" + source + ")");
      if (!object.isEmpty() && source.startsWith(CHART)) {
        out.add(new Rendered(source.substring(CHART.length()), object));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> tree, String path) {
    Object cur = tree;
    for (String key : path.split("\\.")) {
      cur = cur instanceof Map ? ((Map<String, Object>) cur).get(key) : null;
    }
    return cur;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> labels(Map<String, Object> object, String path) {
    Map<String, String> labels = new LinkedHashMap<>();
    Object found = at(object, path);
    if (found instanceof Map) {
      ((Map<String, Object>) found).forEach((k, v) -> labels.put(k, String.valueOf(v)));
    }
    return labels;
  }

  private static Map<String, String> withoutManagedBy(Map<String, String> labels) {
    Map<String, String> copy = new LinkedHashMap<>(labels);
    copy.remove(MANAGED_BY);
    return copy;
  }

  private static Component byLabel(String label) {
    return Stream.of(Component.values())
        .filter(c -> c.label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void runnerObjectsCarryTheCommonOrComponentLabels(Case c) {
    int checked = 0;
    for (Rendered r : c.rendered) {
      for (String path : List.of("metadata.labels", "spec.template.metadata.labels")) {
        Map<String, String> labels = labels(r.object, path);
        if (!("kubiya-runner-0.6.2".equals(labels.get("helm.sh/chart")))) {
          continue;
        }
        String component = labels.get(RunnerNames.COMPONENT_LABEL);
        Map<String, String> expected =
            component == null ? c.names.commonLabels() : c.names.componentLabels(component);
        assertEquals(
            withoutManagedBy(expected), withoutManagedBy(labels), () -> r.source + " " + path);
        checked++;
      }
    }
    assertTrue(checked >= 15, c + ": only " + checked + " labelled runner objects");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void runnerDeploymentsSelectByTheComponentSelectorLabels(Case c) {
    int checked = 0;
    for (Rendered r : c.rendered) {
      Map<String, String> selector = labels(r.object, "spec.selector.matchLabels");
      if (r.source.startsWith("templates/") && !selector.isEmpty()) {
        Component component = byLabel(selector.get(RunnerNames.COMPONENT_LABEL));
        assertEquals(c.names.componentSelectorLabels(component), selector, r.source);
        checked++;
      }
    }
    assertEquals(3, checked, c + ": kubiya-operator, agent-manager and tool-manager Deployments");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void podsRunAsTheComponentsServiceAccount(Case c) {
    int checked = 0;
    for (Rendered r : c.rendered) {
      Component component = WORKLOADS.get(r.source);
      if (component == null) {
        continue;
      }
      String pod =
          component == Component.IMAGE_UPDATER
              ? "spec.jobTemplate.spec.template.spec"
              : "spec.template.spec";
      assertEquals(
          c.names.serviceAccount(component), at(r.object, pod + ".serviceAccountName"), r.source);
      checked++;
    }
    assertTrue(checked >= 3, c + ": only " + checked + " workloads");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void serviceAccountObjectsAreNamedAsRunnerNamesSays(Case c) {
    for (Rendered r : c.rendered) {
      if (!"ServiceAccount".equals(r.object.get("kind"))) {
        continue;
      }
      Object name = at(r.object, "metadata.name");
      Component component = SERVICE_ACCOUNTS.get(r.source);
      if (component != null) {
        assertEquals(c.names.serviceAccount(component), name, r.source);
      } else {
        String alias = r.source.split("/")[1];
        assertEquals(subchart(c.names, alias).fullname(), name, r.source);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void subchartObjectsCarryTheSubchartNameAndRelease(Case c) {
    for (Rendered r : c.rendered) {
      if (!r.source.startsWith("charts/")) {
        continue;
      }
      SubchartNames sub = subchart(c.names, r.source.split("/")[1]);
      Map<String, String> labels = labels(r.object, "metadata.labels");
      if (labels.containsKey("app.kubernetes.io/name")) {
        assertEquals(sub.name(), labels.get("app.kubernetes.io/name"), r.source);
        assertEquals(c.names.release(), labels.get("app.kubernetes.io/instance"), r.source);
      }
      String name = String.valueOf(at(r.object, "metadata.name"));
      // the dagger headless Service is named by dagger.additionalResources.service.name
      if (!r.source.equals("charts/dagger/templates/service.yaml")) {
        assertTrue(
            name.startsWith(sub.fullname()),
            () -> r.source + ": " + name + " is not named after " + sub.fullname());
      }
    }
  }

  private static SubchartNames subchart(RunnerNames names, String alias) {
    switch (alias) {
      case "dagger":
        return names.dagger();
      case "alloy":
        return names.alloy();
      case "kubestatemetrics":
        return names.kubeStateMetrics();
      default:
        throw new AssertionError("unknown subchart " + alias);
    }
  }
}
