package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;

/** A {@code tls_config} block. */
public final class TlsConfig {
  private final Block block;

  private TlsConfig(Block block) {
    this.block = block;
  }

  /** A builder; attributes print in the order they are set. */
  public static Builder builder() {
    return new Builder();
  }

  Block toBlock() {
    return block;
  }

  /** Builds {@link TlsConfig}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private Builder() {
      super("tls_config", null);
    }

    /** {@code ca_file}. */
    public Builder caFile(String path) {
      return string("ca_file", path);
    }

    /** {@code cert_file}. */
    public Builder certFile(String path) {
      return string("cert_file", path);
    }

    /** {@code key_file}. */
    public Builder keyFile(String path) {
      return string("key_file", path);
    }

    /** {@code server_name}. */
    public Builder serverName(String name) {
      return string("server_name", name);
    }

    /** {@code insecure_skip_verify}. */
    public Builder insecureSkipVerify(boolean skip) {
      return bool("insecure_skip_verify", skip);
    }

    /** {@code min_version}: {@code TLS12} or {@code TLS13}. */
    public Builder minVersion(String version) {
      return string("min_version", version);
    }

    /** The block. */
    public TlsConfig build() {
      return new TlsConfig(buildBlock());
    }
  }
}
