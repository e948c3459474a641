package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;

/** The {@code logging} block: Alloy's own log level and format. */
public final class Logging implements PipelineBlock {
  private final Block block;

  private Logging(Block block) {
    this.block = block;
  }

  /** A builder of the {@code logging} block. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Block toBlock() {
    return block;
  }

  /** Builds {@link Logging}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private Builder() {
      super("logging", null);
    }

    /** {@code level}: {@code debug}, {@code info}, {@code warn} or {@code error}. */
    public Builder level(String level) {
      return string("level", level);
    }

    /** {@code format}: {@code logfmt} or {@code json}. */
    public Builder format(String format) {
      return string("format", format);
    }

    /** The block. */
    public Logging build() {
      return new Logging(buildBlock());
    }
  }
}
