package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.List;

/**
 * An {@code oauth2} block: OAuth2 client credentials. Pass secrets as {@link Expr#env(String)} so
 * they are read from Alloy's environment, never written into the configuration.
 */
public final class OAuth2 {
  private final Block block;

  private OAuth2(Block block) {
    this.block = block;
  }

  /** A builder; attributes print in the order they are set. */
  public static Builder builder() {
    return new Builder();
  }

  Block toBlock() {
    return block;
  }

  /** Builds {@link OAuth2}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private Builder() {
      super("oauth2", null);
    }

    /** {@code client_id}. */
    public Builder clientId(Expr clientId) {
      return attribute("client_id", clientId);
    }

    /** {@code client_secret}. */
    public Builder clientSecret(Expr secret) {
      return attribute("client_secret", secret);
    }

    /** {@code client_secret_file}. */
    public Builder clientSecretFile(String path) {
      return string("client_secret_file", path);
    }

    /** {@code token_url}. */
    public Builder tokenUrl(Expr url) {
      return attribute("token_url", url);
    }

    /** {@code scopes}. */
    public Builder scopes(List<String> scopes) {
      return strings("scopes", scopes);
    }

    /** A nested {@code tls_config} block for the token endpoint. */
    public Builder tlsConfig(TlsConfig tls) {
      return statement(tls.toBlock());
    }

    /** The block. */
    public OAuth2 build() {
      return new OAuth2(buildBlock());
    }
  }
}
