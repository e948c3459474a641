package ai.kubiya.runner.deployer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which revisions to delete to keep a release's history within its limit: the oldest first,
 * counting every revision whatever its status, but never the revision just recorded, the latest
 * deployed one, nor the latest superseded one (what a rollback without a revision goes to).
 */
final class HistoryTrim {
  private HistoryTrim() {}

  /** The revision numbers to delete, oldest first; {@code records} is sorted oldest first. */
  static List<Integer> doomed(List<RevisionRecord> records, int current, int limit) {
    Set<Integer> kept = new HashSet<>();
    kept.add(current);
    latest(records, RevisionStatus.DEPLOYED, kept);
    latest(records, RevisionStatus.SUPERSEDED, kept);
    List<Integer> doomed = new ArrayList<>();
    int excess = records.size() - limit;
    for (RevisionRecord record : records) {
      if (doomed.size() >= excess) {
        break;
      }
      if (!kept.contains(record.revision())) {
        doomed.add(record.revision());
      }
    }
    return doomed;
  }

  private static void latest(
      List<RevisionRecord> records, RevisionStatus status, Set<Integer> kept) {
    for (int i = records.size() - 1; i >= 0; i--) {
      if (records.get(i).status() == status) {
        kept.add(records.get(i).revision());
        return;
      }
    }
  }
}
