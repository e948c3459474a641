package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Replica counts must not be negative. */
final class ReplicaChecks implements ConfigCheck {
  @Override
  public List<Finding> check(RunnerConfig config) {
    RunnerValues v = config.values();
    Map<String, Integer> replicas = new LinkedHashMap<>();
    replicas.put("kubiyaOperator.replicas", v.kubiyaOperator().replicas());
    replicas.put("agentManager.replicas", v.agentManager().replicas());
    replicas.put("toolManager.replicas", v.toolManager().replicas());
    replicas.put("kubestatemetrics.replicas", v.kubestatemetrics().replicas());
    replicas.put("alloy.controller.replicas", v.alloy().controller().replicas());
    replicas.put(
        "imageUpdater.cronJob.successfulJobsHistoryLimit",
        v.imageUpdater().cronJob().successfulJobsHistoryLimit());
    replicas.put(
        "imageUpdater.cronJob.failedJobsHistoryLimit",
        v.imageUpdater().cronJob().failedJobsHistoryLimit());
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : replicas.entrySet()) {
      if (e.getValue() < 0) {
        out.add(Finding.error(e.getKey(), "must be >= 0, got " + e.getValue()));
      }
    }
    return out;
  }
}
