package ai.kubiya.runner.dashboards.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Numbers a dashboard's panels and queries where they are not numbered yet: free panel ids in
 * document order, and free query letters per panel. Numbers already given are kept.
 */
final class Numbering {
  private final Dashboard dashboard;
  private final Set<Integer> usedIds = new HashSet<>();
  private int nextId = 1;

  Numbering(Dashboard dashboard) {
    this.dashboard = dashboard;
    for (Panel p : dashboard.allPanels()) {
      p.id().ifPresent(usedIds::add);
    }
  }

  boolean isComplete() {
    return dashboard.allPanels().stream()
        .allMatch(
            p -> p.id().isPresent() && p.targets().stream().allMatch(t -> t.refId().isPresent()));
  }

  List<Panel> apply() {
    List<Panel> out = new ArrayList<>();
    for (Panel p : dashboard.panels()) {
      Panel numbered = number(p);
      if (numbered instanceof RowPanel && !((RowPanel) numbered).panels().isEmpty()) {
        List<Panel> inner = new ArrayList<>();
        ((RowPanel) numbered).panels().forEach(q -> inner.add(number(q)));
        numbered = ImmutableRowPanel.copyOf((RowPanel) numbered).withPanels(inner);
      }
      out.add(numbered);
    }
    return out;
  }

  private Panel number(Panel panel) {
    Panel p = panel.id().isPresent() ? panel : panel.withId(freeId());
    if (p.targets().stream().allMatch(t -> t.refId().isPresent())) {
      return p;
    }
    Set<String> used = new HashSet<>();
    p.targets().forEach(t -> t.refId().ifPresent(used::add));
    List<Target> targets = new ArrayList<>();
    for (Target t : p.targets()) {
      if (t.refId().isPresent()) {
        targets.add(t);
      } else {
        String refId = freeRefId(used);
        used.add(refId);
        targets.add(ImmutableTarget.copyOf(t).withRefId(refId));
      }
    }
    return p.withTargets(targets);
  }

  private int freeId() {
    while (usedIds.contains(nextId)) {
      nextId++;
    }
    usedIds.add(nextId);
    return nextId;
  }

  /** A, B, ..., Z, then AA, AB, ... as Grafana's query editor names them. */
  static String freeRefId(Set<String> used) {
    for (int i = 0; ; i++) {
      String candidate = letters(i);
      if (!used.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static String letters(int index) {
    StringBuilder sb = new StringBuilder();
    int i = index;
    do {
      sb.insert(0, (char) ('A' + i % 26));
      i = i / 26 - 1;
    } while (i >= 0);
    return sb.toString();
  }
}
