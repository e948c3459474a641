package ai.kubiya.runner.manifests;

import static ai.kubiya.runner.manifests.Renders.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.naming.ClusterScopedNames;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The opt-in {@link ClusterScopedNames#RELEASE} naming (docs/divergences.md, section 3). */
class ClusterScopedNamesTest {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  /** Every switch that adds a cluster-scoped object on. */
  private static final String[] ALL_SWITCHES = {
    "toolManager.adminClusterRole.create=true",
    "imageUpdater.cronJob.create=true",
    "alloy.enabled=true",
    "kubestatemetrics.enabled=true",
    "kubestatemetrics.rbac.create=true",
    "kubestatemetrics.rbac.useClusterRole=true"
  };

  private static ManifestSet render(
      String release, String namespace, ClusterScopedNames mode, String... sets) {
    return RunnerManifests.of(config(release, namespace, sets)).clusterScopedNames(mode).build();
  }

  /** Kubernetes' cluster-scoped kinds a chart could render. */
  private static final Set<String> CLUSTER_KINDS =
      Set.of(
          "ClusterRole",
          "ClusterRoleBinding",
          "CustomResourceDefinition",
          "PodSecurityPolicy",
          "Namespace",
          "PersistentVolume",
          "StorageClass",
          "PriorityClass",
          "IngressClass",
          "RuntimeClass",
          "MutatingWebhookConfiguration",
          "ValidatingWebhookConfiguration",
          "APIService");

  private static List<HasMetadata> clusterScoped(ManifestSet set) {
    List<HasMetadata> out = new ArrayList<>();
    for (HasMetadata object : set) {
      if (CLUSTER_KINDS.contains(object.getKind())) {
        out.add(object);
      }
    }
    return out;
  }

  private static Set<String> refs(List<HasMetadata> objects) {
    Set<String> out = new TreeSet<>();
    objects.forEach(o -> out.add(o.getKind() + "/" + o.getMetadata().getName()));
    return out;
  }

  @Test
  void chartModeIsTheDefaultAndKeepsTheChartsNames() {
    ManifestSet byDefault = RunnerManifests.of(config("demo", "team-a", ALL_SWITCHES)).build();
    assertEquals(
        byDefault.toYaml(),
        render("demo", "team-a", ClusterScopedNames.CHART, ALL_SWITCHES).toYaml());
    assertEquals(
        Set.of(
            "ClusterRole/kubiya-runner-tool-manager-cluster-pvc-access",
            "ClusterRoleBinding/kubiya-runner-tool-manager-cluster-pvc-access-binding",
            "ClusterRole/kubiya-runner-tool-manager-fullaccess",
            "ClusterRoleBinding/kubiya-runner-tool-manager-fullaccess-binding",
            "ClusterRole/kubiya-runner-image-updater-clusterrole",
            "ClusterRoleBinding/kubiya-runner-image-updater-clusterrolebinding",
            "ClusterRole/demo-alloy",
            "ClusterRoleBinding/demo-alloy",
            "ClusterRole/demo-kubestatemetrics",
            "ClusterRoleBinding/demo-kubestatemetrics"),
        refs(clusterScoped(byDefault)),
        "every cluster-scoped object the chart and its subcharts render with all switches on");
  }

  @Test
  void releaseModeRenamesOnlyClusterScopedObjects() {
    ManifestSet chart = render("demo", "team-a", ClusterScopedNames.CHART, ALL_SWITCHES);
    ManifestSet release = render("demo", "team-a", ClusterScopedNames.RELEASE, ALL_SWITCHES);
    List<HasMetadata> renamed = clusterScoped(release);
    assertEquals(10, renamed.size());
    assertTrue(
        renamed.stream().allMatch(o -> o.getKind().startsWith("ClusterRole")),
        refs(renamed)::toString);
    assertTrue(
        refs(renamed).contains("ClusterRole/demo-kubiya-runner-team-a-image-updater-clusterrole"),
        refs(renamed)::toString);
    assertTrue(
        refs(renamed).contains("ClusterRole/demo-kubiya-runner-team-a-demo-alloy"),
        refs(renamed)::toString);
    Set<String> chartRefs = refs(clusterScoped(chart));
    for (HasMetadata object : renamed) {
      String name = object.getMetadata().getName();
      assertTrue(name.length() <= 63 && DNS_LABEL.matcher(name).matches(), name);
      assertTrue(
          !chartRefs.contains(object.getKind() + "/" + name), name + " kept the chart's name");
    }
    List<String> namespacedChart = new ArrayList<>();
    List<String> namespacedRelease = new ArrayList<>();
    chart.forEach(
        o -> {
          if (!CLUSTER_KINDS.contains(o.getKind())) namespacedChart.add(ManifestYaml.render(o));
        });
    release.forEach(
        o -> {
          if (!CLUSTER_KINDS.contains(o.getKind())) namespacedRelease.add(ManifestYaml.render(o));
        });
    assertEquals(
        namespacedChart, namespacedRelease, "namespaced objects are the same in both modes");
  }

  @Test
  void bindingsFollowTheRenamedRolesAndNameTheReleasesServiceAccounts() {
    ManifestSet set = render("demo", "team-a", ClusterScopedNames.RELEASE, ALL_SWITCHES);
    Set<String> roles = new HashSet<>();
    set.forEach(
        o -> {
          if (o.getKind().equals("ClusterRole")) roles.add(o.getMetadata().getName());
        });
    Set<String> accounts = new HashSet<>();
    set.ofType(ServiceAccount.class).forEach(sa -> accounts.add(sa.getMetadata().getName()));
    List<ClusterRoleBinding> bindings = set.ofType(ClusterRoleBinding.class);
    assertEquals(5, bindings.size());
    for (ClusterRoleBinding binding : bindings) {
      assertTrue(
          roles.contains(binding.getRoleRef().getName()),
          binding.getMetadata().getName()
              + " refers to missing ClusterRole "
              + binding.getRoleRef().getName());
      for (Subject subject : binding.getSubjects()) {
        assertEquals("team-a", subject.getNamespace());
        assertTrue(
            accounts.contains(subject.getName()),
            "subject " + subject.getName() + " is not rendered");
      }
    }
  }

  @Test
  void namesAreUniquePerReleaseAndNamespaceAndStableAcrossUpgrades() {
    Set<String> a =
        refs(clusterScoped(render("demo", "team-a", ClusterScopedNames.RELEASE, ALL_SWITCHES)));
    Set<String> b =
        refs(clusterScoped(render("demo", "team-b", ClusterScopedNames.RELEASE, ALL_SWITCHES)));
    Set<String> c =
        refs(clusterScoped(render("other", "team-a", ClusterScopedNames.RELEASE, ALL_SWITCHES)));
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    assertEquals(Set.of(), shared, "same release in two namespaces");
    shared = new HashSet<>(a);
    shared.retainAll(c);
    assertEquals(Set.of(), shared, "two releases in one namespace");

    String[] upgraded = java.util.Arrays.copyOf(ALL_SWITCHES, ALL_SWITCHES.length + 2);
    upgraded[ALL_SWITCHES.length] = "agentManager.replicas=3";
    upgraded[ALL_SWITCHES.length + 1] = "toolManager.image.tag=v9.9.9";
    assertEquals(
        a, refs(clusterScoped(render("demo", "team-a", ClusterScopedNames.RELEASE, upgraded))));
  }

  @Test
  void longNamesGetAStableHashSuffixWithin63Characters() {
    String release = "a-rather-long-release-name-for-tenant-runners";
    Set<String> one =
        refs(
            clusterScoped(
                render(release, "tenant-namespace-one", ClusterScopedNames.RELEASE, ALL_SWITCHES)));
    Set<String> two =
        refs(
            clusterScoped(
                render(release, "tenant-namespace-two", ClusterScopedNames.RELEASE, ALL_SWITCHES)));
    assertEquals(10, one.size());
    for (String ref : one) {
      String name = ref.substring(ref.indexOf('/') + 1);
      assertTrue(name.length() <= 63 && DNS_LABEL.matcher(name).matches(), name);
      assertTrue(
          Pattern.compile(".*-[0-9a-f]{8}").matcher(name).matches(), name + " has no hash suffix");
    }
    assertNotEquals(one, two);
    Set<String> shared = new HashSet<>(one);
    shared.retainAll(two);
    assertEquals(Set.of(), shared);
    assertEquals(
        one,
        refs(
            clusterScoped(
                render(
                    release, "tenant-namespace-one", ClusterScopedNames.RELEASE, ALL_SWITCHES))));
  }
}
