package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.ResourcesValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resource limits and requests must be quantities Kubernetes accepts. The findings of each section
 * are memoized by its section object ({@link SectionMemo}): a fleet made from the same defaults
 * checks each section's quantities once.
 */
final class QuantityChecks implements ConfigCheck {
  /** Shared by every instance: {@code RunnerValidator.standard()} makes new checks each time. */
  private static final SectionMemo MEMO = new SectionMemo();

  @Override
  public List<Finding> check(RunnerConfig config) {
    RunnerValues v = config.values();
    List<Finding> out = new ArrayList<>();
    out.addAll(section("kubiyaOperator", v.kubiyaOperator(), v));
    out.addAll(section("agentManager", v.agentManager(), v));
    out.addAll(section("toolManager", v.toolManager(), v));
    out.addAll(section("dagger", v.dagger(), v));
    out.addAll(section("kubestatemetrics", v.kubestatemetrics(), v));
    out.addAll(section("alloy", v.alloy(), v));
    return out;
  }

  /** The findings of the resources under the top-level section {@code key}, {@code section}. */
  private static List<Finding> section(String key, Object section, RunnerValues v) {
    List<Finding> seen = MEMO.seen(key, section);
    if (seen != null) {
      return seen;
    }
    List<Finding> found = new ArrayList<>();
    switch (key) {
      case "kubiyaOperator":
        resources("kubiyaOperator.resources", v.kubiyaOperator().resources(), found);
        break;
      case "agentManager":
        resources("agentManager.resources", v.agentManager().resources(), found);
        break;
      case "toolManager":
        resources("toolManager.resources", v.toolManager().resources(), found);
        resources(
            "toolManager.sdkServer.resources", v.toolManager().sdkServer().resources(), found);
        break;
      case "dagger":
        resources("dagger.engine.resources", v.dagger().engine().resources(), found);
        break;
      case "kubestatemetrics":
        resources("kubestatemetrics.resources", v.kubestatemetrics().resources(), found);
        break;
      case "alloy":
        resources("alloy.resources", v.alloy().resources(), found);
        resources("alloy.alloy.resources", v.alloy().alloy().resources(), found);
        break;
      default:
        throw new IllegalArgumentException("no resources under " + key);
    }
    return MEMO.remember(key, section, found);
  }

  private static void resources(
      String path, Optional<ResourcesValues> resources, List<Finding> out) {
    if (resources.isPresent()) {
      ResourcesValues r = resources.get();
      checkAll(path, ".limits", r.limits(), out);
      checkAll(path, ".requests", r.requests(), out);
    }
  }

  /** The path's text is made only for a finding. */
  private static void checkAll(
      String path, String kind, Map<String, String> quantities, List<Finding> out) {
    for (Map.Entry<String, String> e : quantities.entrySet()) {
      String quantity = e.getValue();
      if (quantity == null || !Formats.isQuantity(quantity.trim())) {
        out.add(
            Finding.error(
                path + kind + "." + e.getKey(),
                "'" + quantity + "' is not a Kubernetes quantity (e.g. 100m, 1, 512Mi, 1Gi)"));
      } else if (quantity.trim().startsWith("-")) {
        out.add(
            Finding.error(
                path + kind + "." + e.getKey(), "must not be negative, got '" + quantity + "'"));
      }
    }
  }
}
