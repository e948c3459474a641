package ai.kubiya.runner.model.validation;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings a check made for the last tree it saw under each top-level section of the values
 * ({@code toolManager}, {@code alloy}, ...). A section's tree is memoized by its immutable section
 * object, and {@code with*} copies of the values share the sections they leave alone, so a fleet of
 * runners made from the same defaults hands a check the very same tree again and again: its
 * findings, which depend only on the section's name and tree, are then taken from here instead of
 * walking the tree once more. A tree is recognized by identity only, never by content; the memo
 * holds one tree per section name.
 */
final class SectionMemo {
  /** The model's sections: their trees are the memoized ones. */
  private static final Set<String> SECTIONS =
      Set.of(
          "nats",
          "registryTls",
          "kubiyaOperator",
          "agentManager",
          "toolManager",
          "imageUpdater",
          "dagger",
          "kubestatemetrics",
          "alloy");

  private final ConcurrentHashMap<String, Seen> last = new ConcurrentHashMap<>();

  /** A tree and what the check found in it; immutable, so safe to share between threads. */
  private static final class Seen {
    final Object tree;
    final List<Finding> findings;

    Seen(Object tree, List<Finding> findings) {
      this.tree = tree;
      this.findings = findings;
    }
  }

  /**
   * The findings of the last walk over {@code tree}, the value of the top-level key {@code key},
   * when that walk was over this very tree of a section; else null (walk it, then {@link #remember}
   * what it found). Two calls, not one taking the walk as a lambda: each lambda costs a fresh JVM a
   * class spun at run time.
   */
  List<Finding> seen(String key, Object tree) {
    Seen seen = last.get(key);
    return seen != null && seen.tree == tree ? seen.findings : null;
  }

  /**
   * {@code found}, the findings of a walk over {@code tree}, kept for {@link #seen} if a section.
   */
  List<Finding> remember(String key, Object tree, List<Finding> found) {
    if (!SECTIONS.contains(key)) {
      return found;
    }
    List<Finding> kept = List.copyOf(found);
    last.put(key, new Seen(tree, kept));
    return kept;
  }
}
