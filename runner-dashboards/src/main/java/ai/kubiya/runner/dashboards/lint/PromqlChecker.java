package ai.kubiya.runner.dashboards.lint;

import java.util.List;
import java.util.Optional;

/** Says whether PromQL expressions parse. */
public interface PromqlChecker {
  /** For each expression, in order: empty when it parses, else why not. */
  List<Optional<String>> check(List<String> expressions);

  /** What checks, for reports: {@code promtool 2.42.0}, {@code structure only}. */
  String name();
}
