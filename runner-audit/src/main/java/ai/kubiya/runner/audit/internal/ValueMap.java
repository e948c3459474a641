package ai.kubiya.runner.audit.internal;

import ai.kubiya.runner.naming.Component;
import ai.kubiya.runner.naming.RunnerNames;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which chart values produce which objects, and which values shape which parts of them: the
 * knowledge behind each finding's {@code value}. Read from chart 0.6.2's templates (and its three
 * subcharts'): objects are recognised by the labels the chart puts on them, each component has the
 * switch that removes it (if any), the switches of single objects or RBAC rules within it, and the
 * values that set each container's image, resources, security context and env.
 *
 * <p>A finding takes the most specific path that applies: a rule's switch, else the value that
 * shapes the field at fault, else the switch of the object, else the switch of its component.
 */
public final class ValueMap {
  /** What part of an object a finding is about. */
  public enum Aspect {
    /** The object as a whole (its existence). */
    OBJECT,
    /** A container's securityContext. */
    SECURITY_CONTEXT,
    /** The pod's securityContext. */
    POD_SECURITY_CONTEXT,
    /** A container's resources. */
    RESOURCES,
    /** A container's image. */
    IMAGE,
    /** A container's env. */
    ENV,
    /** The pod's own automountServiceAccountToken. */
    POD_AUTOMOUNT,
    /** The ServiceAccount's automountServiceAccountToken. */
    SERVICE_ACCOUNT_AUTOMOUNT
  }

  private static final String NAME_LABEL = "app.kubernetes.io/name";

  /** The chart's component labels, and the subcharts' name labels. */
  private static final Map<String, Component> BY_COMPONENT_LABEL =
      Map.of(
          "operator", Component.KUBIYA_OPERATOR,
          "kubiya-operator", Component.KUBIYA_OPERATOR,
          "agent-manager", Component.AGENT_MANAGER,
          "tool-manager", Component.TOOL_MANAGER,
          "image-updater", Component.IMAGE_UPDATER,
          "dagger-engine", Component.DAGGER_ENGINE,
          "alloy", Component.ALLOY);

  private static final Map<String, Component> BY_NAME_LABEL =
      Map.of(
          "alloy", Component.ALLOY,
          "dagger", Component.DAGGER_ENGINE,
          "kubestatemetrics", Component.KUBE_STATE_METRICS,
          "kube-state-metrics", Component.KUBE_STATE_METRICS);

  /** The values that shape one container. */
  record ContainerPaths(String image, String resources, String securityContext, String env) {}

  /** Objects of these kinds (whose names end so) exist only when {@code path} is on. */
  record ObjectSwitch(Set<String> kinds, String nameSuffix, String path) {
    boolean matches(HasMetadata o) {
      return kinds.contains(o.getKind()) && o.getMetadata().getName().endsWith(nameSuffix);
    }
  }

  /** A rule of a role of this kind that grants everything exists only when {@code path} is on. */
  record WildcardRuleSwitch(String roleKind, String path) {}

  /** One component's values. */
  record Profile(
      String componentSwitch,
      Map<String, ContainerPaths> containers,
      String podSecurityContext,
      String podAutomount,
      String serviceAccountAutomount,
      List<ObjectSwitch> objectSwitches,
      List<WildcardRuleSwitch> ruleSwitches) {}

  private static final Map<Component, Profile> PROFILES =
      Map.of(
          Component.KUBIYA_OPERATOR,
          new Profile(
              "kubiyaOperator.create",
              Map.of(
                  "kubiya-operator",
                  new ContainerPaths(
                      "kubiyaOperator.image",
                      "kubiyaOperator.resources",
                      null,
                      "kubiyaOperator.env")),
              null,
              null,
              "kubiyaOperator.serviceAccount.automountServiceAccountToken",
              List.of(),
              List.of(new WildcardRuleSwitch("Role", "kubiyaOperator.fullAccess"))),
          Component.AGENT_MANAGER,
          new Profile(
              null,
              Map.of(
                  "agent-manager",
                  new ContainerPaths(
                      "agentManager.image", "agentManager.resources", null, "agentManager.env")),
              null,
              null,
              "agentManager.serviceAccount.automountServiceAccountToken",
              List.of(),
              List.of()),
          Component.TOOL_MANAGER,
          new Profile(
              null,
              Map.of(
                  "tool-manager",
                      new ContainerPaths(
                          "toolManager.image", "toolManager.resources", null, "toolManager.env"),
                  "kubiya-sdk-server",
                      new ContainerPaths(
                          "toolManager.sdkServer.image",
                          "toolManager.sdkServer.resources",
                          null,
                          "toolManager.sdkServer.env")),
              null,
              null,
              "toolManager.serviceAccount.automountServiceAccountToken",
              List.of(
                  new ObjectSwitch(
                      Set.of("ClusterRole"), "-fullaccess", "toolManager.adminClusterRole.create"),
                  new ObjectSwitch(
                      Set.of("ClusterRoleBinding"),
                      "-fullaccess-binding",
                      "toolManager.adminClusterRole.create")),
              List.of()),
          Component.IMAGE_UPDATER,
          new Profile(
              null,
              Map.of("image-updater", new ContainerPaths("imageUpdater.image", null, null, null)),
              null,
              null,
              "imageUpdater.serviceAccount.automountServiceAccountToken",
              // the chart renders the ClusterRole and its binding whatever cronJob.create says
              List.of(
                  new ObjectSwitch(
                      Set.of("CronJob", "Role", "RoleBinding", "ServiceAccount"),
                      "",
                      "imageUpdater.cronJob.create")),
              List.of()),
          Component.DAGGER_ENGINE,
          new Profile(
              "dagger.enabled",
              // the engine's securityContext (privileged, ALL capabilities, root) is hard-coded
              Map.of(
                  "dagger-engine",
                  new ContainerPaths(
                      "dagger.engine.image.ref", "dagger.engine.resources", null, null)),
              null,
              null,
              null,
              List.of(),
              List.of()),
          Component.KUBE_STATE_METRICS,
          new Profile(
              "kubestatemetrics.enabled",
              Map.of(
                  "kubestatemetrics",
                  new ContainerPaths(
                      "kubestatemetrics.image", "kubestatemetrics.resources",
                      "kubestatemetrics.containerSecurityContext", "kubestatemetrics.env")),
              "kubestatemetrics.securityContext",
              "kubestatemetrics.automountServiceAccountToken",
              "kubestatemetrics.serviceAccount.automountServiceAccountToken",
              List.of(
                  new ObjectSwitch(
                      Set.of("ClusterRole", "ClusterRoleBinding"),
                      "",
                      "kubestatemetrics.rbac.useClusterRole")),
              List.of()),
          Component.ALLOY,
          new Profile(
              "alloy.enabled",
              Map.of(
                  "alloy",
                      new ContainerPaths(
                          "alloy.image",
                          "alloy.alloy.resources",
                          "alloy.alloy.securityContext",
                          "alloy.alloy.extraEnv"),
                  "config-reloader",
                      new ContainerPaths(
                          "alloy.configReloader.image",
                          "alloy.configReloader.resources",
                          "alloy.configReloader.securityContext",
                          null)),
              // the subchart's ServiceAccount has no automountServiceAccountToken value
              "alloy.global.podSecurityContext",
              null,
              null,
              List.of(),
              List.of()));

  private ValueMap() {}

  /**
   * Every value path that switches objects or rules on and off (component, object and rule
   * switches), for tests and documentation.
   */
  public static Set<String> switches() {
    Set<String> all = new java.util.TreeSet<>();
    for (Profile p : PROFILES.values()) {
      if (p.componentSwitch() != null) {
        all.add(p.componentSwitch());
      }
      p.objectSwitches().forEach(s -> all.add(s.path()));
      p.ruleSwitches().forEach(s -> all.add(s.path()));
    }
    return all;
  }

  /** The ServiceAccount automountServiceAccountToken values of the components that have one. */
  public static Set<String> automountSwitches() {
    Set<String> all = new java.util.TreeSet<>();
    for (Profile p : PROFILES.values()) {
      if (p.serviceAccountAutomount() != null) {
        all.add(p.serviceAccountAutomount());
      }
    }
    return all;
  }

  /** The runner component an object belongs to, from the labels the chart gives it. */
  public static Optional<Component> component(HasMetadata o) {
    String component = ObjectRefs.label(o, RunnerNames.COMPONENT_LABEL);
    if (component != null && BY_COMPONENT_LABEL.containsKey(component)) {
      return Optional.of(BY_COMPONENT_LABEL.get(component));
    }
    String name = ObjectRefs.label(o, NAME_LABEL);
    return Optional.ofNullable(name == null ? null : BY_NAME_LABEL.get(name));
  }

  /** The value that removes this object: its own switch, else its component's. */
  public static Optional<String> forObject(HasMetadata o) {
    Optional<Profile> profile = component(o).map(PROFILES::get);
    if (profile.isEmpty()) {
      return Optional.empty();
    }
    for (ObjectSwitch s : profile.get().objectSwitches()) {
      if (s.matches(o)) {
        return Optional.of(s.path());
      }
    }
    return Optional.ofNullable(profile.get().componentSwitch());
  }

  /** The value that puts this rule into this role, else the value that removes the role. */
  public static Optional<String> forRule(HasMetadata role, PolicyRule rule) {
    Optional<Profile> profile = component(role).map(PROFILES::get);
    if (profile.isPresent() && grantsEverything(rule)) {
      for (WildcardRuleSwitch s : profile.get().ruleSwitches()) {
        if (s.roleKind().equals(role.getKind())) {
          return Optional.of(s.path());
        }
      }
    }
    return forObject(role);
  }

  /** The value that shapes this aspect of a workload (or one of its containers). */
  public static Optional<String> forWorkload(
      HasMetadata workload, String container, Aspect aspect) {
    Optional<Profile> found = component(workload).map(PROFILES::get);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Profile profile = found.get();
    ContainerPaths paths = container == null ? null : profile.containers().get(container);
    String path = null;
    switch (aspect) {
      case SECURITY_CONTEXT:
        path = paths == null ? null : paths.securityContext();
        break;
      case POD_SECURITY_CONTEXT:
        path = profile.podSecurityContext();
        break;
      case RESOURCES:
        path = paths == null ? null : paths.resources();
        break;
      case IMAGE:
        path = paths == null ? null : paths.image();
        break;
      case ENV:
        path = paths == null ? null : paths.env();
        break;
      case POD_AUTOMOUNT:
        path = profile.podAutomount();
        break;
      case SERVICE_ACCOUNT_AUTOMOUNT:
        path = profile.serviceAccountAutomount();
        break;
      case OBJECT:
      default:
        break;
    }
    return path != null ? Optional.of(path) : forObject(workload);
  }

  private static boolean grantsEverything(PolicyRule rule) {
    return has(rule.getApiGroups(), "*")
        && has(rule.getResources(), "*")
        && has(rule.getVerbs(), "*");
  }

  private static boolean has(List<String> list, String item) {
    return list != null && list.contains(item);
  }
}
