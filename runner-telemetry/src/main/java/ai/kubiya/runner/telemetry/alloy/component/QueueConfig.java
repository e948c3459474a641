package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;

/** A {@code queue_config} block: how a remote-write endpoint batches and retries. */
public final class QueueConfig {
  private final Block block;

  private QueueConfig(Block block) {
    this.block = block;
  }

  /** A builder; attributes print in the order they are set. */
  public static Builder builder() {
    return new Builder();
  }

  Block toBlock() {
    return block;
  }

  /** Builds {@link QueueConfig}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private Builder() {
      super("queue_config", null);
    }

    /** {@code capacity}: samples buffered per shard. */
    public Builder capacity(long capacity) {
      return attribute("capacity", Expr.number(capacity));
    }

    /** {@code min_shards}. */
    public Builder minShards(long shards) {
      return attribute("min_shards", Expr.number(shards));
    }

    /** {@code max_shards}. */
    public Builder maxShards(long shards) {
      return attribute("max_shards", Expr.number(shards));
    }

    /** {@code max_samples_per_send}. */
    public Builder maxSamplesPerSend(long samples) {
      return attribute("max_samples_per_send", Expr.number(samples));
    }

    /** {@code batch_send_deadline}, a duration. */
    public Builder batchSendDeadline(String deadline) {
      return duration("batch_send_deadline", deadline);
    }

    /** {@code min_backoff}, a duration. */
    public Builder minBackoff(String backoff) {
      return duration("min_backoff", backoff);
    }

    /** {@code max_backoff}, a duration. */
    public Builder maxBackoff(String backoff) {
      return duration("max_backoff", backoff);
    }

    /** {@code retry_on_http_429}. */
    public Builder retryOnHttp429(boolean retry) {
      return bool("retry_on_http_429", retry);
    }

    /** The block. */
    public QueueConfig build() {
      return new QueueConfig(buildBlock());
    }
  }
}
