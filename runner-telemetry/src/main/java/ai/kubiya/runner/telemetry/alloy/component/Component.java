package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Expr;

/**
 * A labeled Alloy component ({@code prometheus.scrape "alloy"}); other components refer to its
 * exports as {@code kind.label.field}.
 */
public interface Component extends PipelineBlock {
  /** The component's kind: {@code prometheus.scrape}. */
  String kind();

  /** The component's label: {@code alloy}. */
  String label();

  /** A reference to one of this component's exports: {@code prometheus.scrape.alloy.field}. */
  default Expr export(String field) {
    return Expr.ref(kind() + "." + label() + "." + field);
  }
}
