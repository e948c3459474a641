package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;

/** The {@code livedebugging} block: lets Alloy's UI stream data flowing through components. */
public final class LiveDebugging implements PipelineBlock {
  private final Block block;

  private LiveDebugging(Block block) {
    this.block = block;
  }

  /** {@code livedebugging { enabled = <enabled> }}. */
  public static LiveDebugging enabled(boolean enabled, String... comment) {
    return new LiveDebugging(
        Block.builder("livedebugging")
            .comment(comment)
            .attribute("enabled", ai.kubiya.runner.telemetry.alloy.syntax.Expr.bool(enabled))
            .build());
  }

  @Override
  public Block toBlock() {
    return block;
  }
}
