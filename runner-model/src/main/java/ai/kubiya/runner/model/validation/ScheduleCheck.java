package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.ImageUpdaterValues;
import ai.kubiya.runner.model.RunnerConfig;
import java.util.List;

/**
 * The image-updater CronJob schedule must be one Kubernetes accepts; memoized by the {@code
 * imageUpdater} section object ({@link SectionMemo}).
 */
final class ScheduleCheck implements ConfigCheck {
  /** Shared by every instance: {@code RunnerValidator.standard()} makes new checks each time. */
  private static final SectionMemo MEMO = new SectionMemo();

  private static final String SECTION = "imageUpdater";

  @Override
  public List<Finding> check(RunnerConfig config) {
    ImageUpdaterValues imageUpdater = config.values().imageUpdater();
    List<Finding> seen = MEMO.seen(SECTION, imageUpdater);
    if (seen != null) {
      return seen;
    }
    String schedule = imageUpdater.cronJob().schedule();
    String problem = Formats.cronProblem(schedule);
    return MEMO.remember(
        SECTION,
        imageUpdater,
        problem == null
            ? List.of()
            : List.of(
                Finding.error(
                    "imageUpdater.cronJob.schedule",
                    "invalid cron schedule '" + schedule + "': " + problem)));
  }
}
