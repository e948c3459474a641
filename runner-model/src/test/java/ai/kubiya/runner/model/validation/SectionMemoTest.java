package ai.kubiya.runner.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks that remember a section's findings (images, placeholders, unknown keys, quantities,
 * durations, the schedule) give every config its own findings, whether its sections are shared with
 * the configs before it or not.
 */
class SectionMemoTest {
  private static final String BAD =
      "toolManager.image.tag=-bad,toolManager.env.TOKEN_X=changeme,toolManager.imagee=1,"
          + "toolManager.resources.limits.cpu=lots,toolManager.env.KUBIYA_TOOL_TIMEOUT=soon";

  private static List<String> findings(RunnerValues values) {
    RunnerConfig config = RunnerConfig.of("r", "ns", values);
    return RunnerValidator.standard().validate(config).findings().stream()
        .map(Finding::toString)
        .toList();
  }

  private static RunnerValues load(String set) {
    return RunnerConfigLoader.create().release("r").namespace("ns").setString(set).load().values();
  }

  @Test
  void sharedSectionsKeepTheirFindingsAndOthersGetTheirOwn() {
    RunnerValues bad = load(BAD);
    List<String> expected = findings(bad);
    List<String> mine = toolManager(expected);
    assertEquals(5, mine.size(), expected.toString());

    RunnerValues good = RunnerValues.defaults();
    List<String> defaults = findings(good);
    assertEquals(List.of(), toolManager(defaults));
    assertEquals(expected, findings(bad));

    // a copy sharing the bad section: the same findings, taken from the memo or not
    RunnerValues sharing = bad.withOrganization("other");
    assertSame(bad.toolManager(), sharing.toolManager());
    assertEquals(expected, findings(sharing));

    // the good section in an otherwise bad config: no finding of the bad one stays
    RunnerValues mended = bad.withToolManager(good.toolManager());
    assertEquals(defaults, findings(mended));
    assertEquals(expected, findings(load(BAD)));
  }

  @Test
  void theScheduleAndTheScrapeIntervalsAreCheckedAgainForAnotherSectionOnly() {
    RunnerValues bad =
        load("imageUpdater.cronJob.schedule=never,alloy.scrapeIntervals.cadvisor=often");
    List<String> expected = findings(bad);
    assertEquals(
        2,
        expected.stream()
            .filter(
                f ->
                    f.contains(" imageUpdater.cronJob.schedule:")
                        || f.contains(" alloy.scrapeIntervals.cadvisor:"))
            .count(),
        expected.toString());
    RunnerValues good = RunnerValues.defaults();
    // one section mended at a time, right after the bad config: only the other's finding stays
    assertEquals(
        without(expected, " imageUpdater.cronJob.schedule:"),
        findings(bad.withImageUpdater(good.imageUpdater())));
    assertEquals(expected, findings(bad));
    assertEquals(
        without(expected, " alloy.scrapeIntervals.cadvisor:"),
        findings(bad.withAlloy(good.alloy())));
    assertEquals(expected, findings(bad.withOrganization("other")));
    assertEquals(
        findings(good),
        findings(bad.withImageUpdater(good.imageUpdater()).withAlloy(good.alloy())));
    assertEquals(expected, findings(bad));
  }

  /** {@code findings} without those that contain {@code about}. */
  private static List<String> without(List<String> findings, String about) {
    return findings.stream().filter(f -> !f.contains(about)).toList();
  }

  /** The findings about the tool-manager section. */
  private static List<String> toolManager(List<String> findings) {
    return findings.stream().filter(f -> f.contains(" toolManager.")).toList();
  }
}
