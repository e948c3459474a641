package ai.kubiya.runner.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTrimTest {
  static List<RevisionRecord> history(RevisionStatus... statuses) {
    List<RevisionRecord> records = new ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      records.add(
          RevisionRecord.builder()
              .release(Fixtures.RELEASE)
              .revision(i + 1)
              .time(Instant.EPOCH)
              .chartVersion("0.6.2")
              .status(statuses[i])
              .description("")
              .valuesYaml("")
              .manifestYaml("")
              .build());
    }
    return records;
  }

  @Test
  void failedRevisionsCountAndTheDeployedOneIsKept() {
    RevisionStatus f = RevisionStatus.FAILED;
    List<RevisionRecord> records = history(RevisionStatus.DEPLOYED, f, f, f, f, f);
    assertEquals(List.of(2, 3), HistoryTrim.doomed(records, 6, 4));
  }

  @Test
  void theLatestSupersededRevisionIsKeptForRollback() {
    RevisionStatus f = RevisionStatus.FAILED;
    List<RevisionRecord> records =
        history(RevisionStatus.SUPERSEDED, f, f, f, RevisionStatus.DEPLOYED);
    assertEquals(List.of(2), HistoryTrim.doomed(records, 5, 4));
  }

  @Test
  void nothingIsTrimmedWithinTheLimitAndProtectedRevisionsMayExceedIt() {
    assertEquals(
        List.of(),
        HistoryTrim.doomed(history(RevisionStatus.DEPLOYED, RevisionStatus.FAILED), 2, 10));
    assertEquals(
        List.of(),
        HistoryTrim.doomed(history(RevisionStatus.SUPERSEDED, RevisionStatus.DEPLOYED), 2, 1));
  }
}
