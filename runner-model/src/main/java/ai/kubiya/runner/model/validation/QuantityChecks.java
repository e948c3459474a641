package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.ResourcesValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resource limits and requests must be quantities Kubernetes accepts. */
final class QuantityChecks implements ConfigCheck {
  @Override
  public List<Finding> check(RunnerConfig config) {
    RunnerValues v = config.values();
    Map<String, Optional<ResourcesValues>> all = new LinkedHashMap<>();
    all.put("kubiyaOperator.resources", v.kubiyaOperator().resources());
    all.put("agentManager.resources", v.agentManager().resources());
    all.put("toolManager.resources", v.toolManager().resources());
    all.put("toolManager.sdkServer.resources", v.toolManager().sdkServer().resources());
    all.put("dagger.engine.resources", v.dagger().engine().resources());
    all.put("kubestatemetrics.resources", v.kubestatemetrics().resources());
    all.put("alloy.resources", v.alloy().resources());
    all.put("alloy.alloy.resources", v.alloy().alloy().resources());
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Optional<ResourcesValues>> e : all.entrySet()) {
      if (e.getValue().isPresent()) {
        ResourcesValues r = e.getValue().get();
        checkAll(e.getKey() + ".limits", r.limits(), out);
        checkAll(e.getKey() + ".requests", r.requests(), out);
      }
    }
    return out;
  }

  private static void checkAll(String path, Map<String, String> quantities, List<Finding> out) {
    for (Map.Entry<String, String> e : quantities.entrySet()) {
      String at = path + "." + e.getKey();
      String quantity = e.getValue();
      if (quantity == null || !Formats.isQuantity(quantity.trim())) {
        out.add(
            Finding.error(
                at, "'" + quantity + "' is not a Kubernetes quantity (e.g. 100m, 1, 512Mi, 1Gi)"));
      } else if (quantity.trim().startsWith("-")) {
        out.add(Finding.error(at, "must not be negative, got '" + quantity + "'"));
      }
    }
  }
}
