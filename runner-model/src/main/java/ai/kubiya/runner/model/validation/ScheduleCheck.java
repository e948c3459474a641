package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import java.util.List;

/** The image-updater CronJob schedule must be one Kubernetes accepts. */
final class ScheduleCheck implements ConfigCheck {
  @Override
  public List<Finding> check(RunnerConfig config) {
    String schedule = config.values().imageUpdater().cronJob().schedule();
    String problem = Formats.cronProblem(schedule);
    return problem == null
        ? List.of()
        : List.of(
            Finding.error(
                "imageUpdater.cronJob.schedule",
                "invalid cron schedule '" + schedule + "': " + problem));
  }
}
