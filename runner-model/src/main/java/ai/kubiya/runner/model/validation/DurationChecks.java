package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.AlloyValues;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.ScrapeIntervalsValues;
import ai.kubiya.runner.model.ToolManagerValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Values read as Go durations (scrape intervals, tool timeouts) must parse as Go durations. The
 * findings of the {@code alloy} and {@code toolManager} sections are memoized by their section
 * objects ({@link SectionMemo}).
 */
final class DurationChecks implements ConfigCheck {
  /** Shared by every instance: {@code RunnerValidator.standard()} makes new checks each time. */
  private static final SectionMemo MEMO = new SectionMemo();

  private static final List<String> DURATION_ENV =
      List.of("KUBIYA_TOOL_TIMEOUT", "KUBIYA_LONG_RUNNING_TOOL_TIMEOUT");

  @Override
  public List<Finding> check(RunnerConfig config) {
    AlloyValues alloy = config.values().alloy();
    ToolManagerValues toolManager = config.values().toolManager();
    List<Finding> out = new ArrayList<>();
    List<Finding> intervals = MEMO.seen("alloy", alloy);
    out.addAll(intervals != null ? intervals : MEMO.remember("alloy", alloy, intervals(alloy)));
    List<Finding> timeouts = MEMO.seen("toolManager", toolManager);
    out.addAll(
        timeouts != null
            ? timeouts
            : MEMO.remember("toolManager", toolManager, timeouts(toolManager)));
    if (alloy.scrapeIntervals().defaultInterval().isEmpty()) {
      out.add(
          Finding.error(
              "alloy.scrapeIntervals.default",
              "must be set: targets without their own interval use it"));
    }
    return out;
  }

  private static List<Finding> intervals(AlloyValues alloy) {
    ScrapeIntervalsValues s = alloy.scrapeIntervals();
    List<Finding> out = new ArrayList<>();
    check("alloy.scrapeIntervals.default", s.defaultInterval(), out);
    check("alloy.scrapeIntervals.runnerExporters", s.runnerExporters(), out);
    check("alloy.scrapeIntervals.alloyExporter", s.alloyExporter(), out);
    check("alloy.scrapeIntervals.blackboxExporter", s.blackboxExporter(), out);
    check("alloy.scrapeIntervals.kubeStateMetrics", s.kubeStateMetrics(), out);
    check("alloy.scrapeIntervals.cadvisor", s.cadvisor(), out);
    return out;
  }

  private static List<Finding> timeouts(ToolManagerValues toolManager) {
    List<Finding> out = new ArrayList<>();
    for (String name : DURATION_ENV) {
      check("toolManager.env." + name, toolManager.env().getOrDefault(name, ""), out);
      check(
          "toolManager.sdkServer.env." + name,
          toolManager.sdkServer().env().getOrDefault(name, ""),
          out);
    }
    return out;
  }

  private static void check(String path, String value, List<Finding> out) {
    if (!value.isEmpty() && !Formats.isDuration(value)) {
      out.add(Finding.error(path, "'" + value + "' is not a Go duration (e.g. 60s, 5m, 1h30m)"));
    }
  }
}
