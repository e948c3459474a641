package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.ScrapeIntervalsValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values read as Go durations (scrape intervals, tool timeouts) must parse as Go durations. */
final class DurationChecks implements ConfigCheck {
  private static final List<String> DURATION_ENV =
      List.of("KUBIYA_TOOL_TIMEOUT", "KUBIYA_LONG_RUNNING_TOOL_TIMEOUT");

  @Override
  public List<Finding> check(RunnerConfig config) {
    RunnerValues v = config.values();
    ScrapeIntervalsValues s = v.alloy().scrapeIntervals();
    Map<String, String> durations = new LinkedHashMap<>();
    durations.put("alloy.scrapeIntervals.default", s.defaultInterval());
    durations.put("alloy.scrapeIntervals.runnerExporters", s.runnerExporters());
    durations.put("alloy.scrapeIntervals.alloyExporter", s.alloyExporter());
    durations.put("alloy.scrapeIntervals.blackboxExporter", s.blackboxExporter());
    durations.put("alloy.scrapeIntervals.kubeStateMetrics", s.kubeStateMetrics());
    durations.put("alloy.scrapeIntervals.cadvisor", s.cadvisor());
    for (String name : DURATION_ENV) {
      durations.put("toolManager.env." + name, v.toolManager().env().getOrDefault(name, ""));
      durations.put(
          "toolManager.sdkServer.env." + name,
          v.toolManager().sdkServer().env().getOrDefault(name, ""));
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, String> e : durations.entrySet()) {
      String value = e.getValue();
      if (!value.isEmpty() && !Formats.isDuration(value)) {
        out.add(
            Finding.error(
                e.getKey(), "'" + value + "' is not a Go duration (e.g. 60s, 5m, 1h30m)"));
      }
    }
    if (s.defaultInterval().isEmpty()) {
      out.add(
          Finding.error(
              "alloy.scrapeIntervals.default",
              "must be set: targets without their own interval use it"));
    }
    return out;
  }
}
