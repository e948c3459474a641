package ai.kubiya.runner.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.audit.internal.ValueMap;
import ai.kubiya.runner.manifests.ManifestSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every value the audit names as a switch really is one: with the risk on, some findings carry the
 * switch's path; turning the switch off removes exactly those findings (and any finding of an
 * object the switch removes), and nothing else.
 */
class SwitchesTest {
  /** A switch: the render case and extra sets where its risk is on, and the set turning it off. */
  record Case(String path, String renderCase, List<String> on, String off) {}

  static final List<Case> CASES =
      List.of(
          new Case("dagger.enabled", "default", List.of(), "dagger.enabled=false"),
          new Case("alloy.enabled", "default", List.of(), "alloy.enabled=false"),
          new Case(
              "kubestatemetrics.enabled", "default", List.of(), "kubestatemetrics.enabled=false"),
          new Case(
              "kubestatemetrics.rbac.useClusterRole",
              "default",
              List.of("kubestatemetrics.rbac.useClusterRole=true"),
              "kubestatemetrics.rbac.useClusterRole=false"),
          new Case(
              "imageUpdater.cronJob.create",
              "default",
              List.of(),
              "imageUpdater.cronJob.create=false"),
          new Case(
              "toolManager.adminClusterRole.create",
              "admin-access",
              List.of(),
              "toolManager.adminClusterRole.create=false"),
          new Case(
              "kubiyaOperator.fullAccess",
              "admin-access",
              List.of(),
              "kubiyaOperator.fullAccess=false"),
          new Case("kubiyaOperator.create", "default", List.of(), "kubiyaOperator.create=false"),
          new Case(
              "agentManager.serviceAccount.automountServiceAccountToken",
              "default",
              List.of(),
              "agentManager.serviceAccount.automountServiceAccountToken=false"),
          new Case(
              "toolManager.serviceAccount.automountServiceAccountToken",
              "default",
              List.of(),
              "toolManager.serviceAccount.automountServiceAccountToken=false"),
          new Case(
              "kubiyaOperator.serviceAccount.automountServiceAccountToken",
              "default",
              List.of(),
              "kubiyaOperator.serviceAccount.automountServiceAccountToken=false"),
          new Case(
              "imageUpdater.serviceAccount.automountServiceAccountToken",
              "default",
              List.of(),
              "imageUpdater.serviceAccount.automountServiceAccountToken=false"));

  /**
   * The SDK does not model this one (kube-state-metrics' ServiceAccount token is always mounted).
   */
  static final Set<String> NOT_SETTABLE =
      Set.of("kubestatemetrics.serviceAccount.automountServiceAccountToken");

  @Test
  void everySwitchTheAuditNamesIsTested() {
    Set<String> named = new TreeSet<>(ValueMap.switches());
    named.addAll(ValueMap.automountSwitches());
    named.removeAll(NOT_SETTABLE);
    Set<String> tested =
        CASES.stream().map(Case::path).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(named, tested);
  }

  @Test
  void turningEachSwitchOffRemovesItsFindingsAndOnlyThose() {
    for (Case c : CASES) {
      String[] onSets = c.on().toArray(String[]::new);
      ManifestSet onSet = Renders.render("deployment-x", c.renderCase(), onSets);
      List<String> offSets = new ArrayList<>(c.on());
      offSets.add(c.off());
      ManifestSet offSet =
          Renders.render("deployment-x", c.renderCase(), offSets.toArray(String[]::new));
      AuditReport on = RunnerAudit.of(onSet).run();
      AuditReport off = RunnerAudit.of(offSet).run();

      Set<String> attributed =
          keys(
              on.findings().stream()
                  .filter(f -> f.value().equals(java.util.Optional.of(c.path())))
                  .toList());
      assertFalse(attributed.isEmpty(), c.path() + ": no finding names it with the risk on");
      Set<String> remaining = keys(off.findings());
      for (String key : attributed) {
        assertFalse(remaining.contains(key), c.path() + " off still finds " + key);
      }
      Set<String> offObjects =
          offSet.objects().stream()
              .map(o -> o.getKind() + "/" + o.getMetadata().getName())
              .collect(Collectors.toSet());
      for (Finding f : on.findings()) {
        if (remaining.contains(key(f)) || attributed.contains(key(f))) {
          continue;
        }
        // a vanished finding not named after the switch: its object must be gone with it
        String kindName = f.object().replaceAll("^([^/]+)/(?:[^/]+/)?([^/]+)$", "$1/$2");
        assertFalse(
            offObjects.contains(kindName),
            c.path()
                + " off removed "
                + key(f)
                + " though it names "
                + f.value().orElse("no value"));
      }
    }
  }

  @Test
  void imageUpdaterOffLeavesItsClusterBindingToAMissingServiceAccount() {
    AuditReport off = Renders.audit("default", "imageUpdater.cronJob.create=false");
    List<Finding> dangling = off.findings(AuditRule.RBAC_DANGLING_SUBJECT);
    assertEquals(1, dangling.size(), dangling.toString());
    assertEquals(
        "ClusterRoleBinding/kubiya-runner-image-updater-clusterrolebinding",
        dangling.get(0).object());
    assertEquals(
        "ServiceAccount/kubiya/kubiya-runner-image-updater",
        dangling.get(0).subject().orElseThrow());
    // the ClusterRole's reach stays: the chart renders it whatever cronJob.create says
    assertTrue(
        off.findings(AuditRule.RBAC_WRITE).stream()
            .anyMatch(
                f -> f.object().equals("ClusterRole/kubiya-runner-image-updater-clusterrole")));
  }

  static Set<String> keys(List<Finding> findings) {
    return findings.stream().map(SwitchesTest::key).collect(Collectors.toCollection(TreeSet::new));
  }

  static String key(Finding f) {
    // the message is left out: it may name context (rule counts, pivots) that other switches change
    return f.rule().id()
        + "|"
        + f.object()
        + "|"
        + f.container().orElse("")
        + "|"
        + f.subject().orElse("");
  }
}
