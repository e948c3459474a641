package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;

/**
 * Anything that becomes one top-level block of a pipeline: a component or a configuration block.
 */
public interface PipelineBlock {
  /** The block as Alloy syntax. */
  Block toBlock();
}
