package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.Map;

/**
 * An {@code endpoint} block of {@code prometheus.remote_write}: where to send samples and how to
 * authenticate. Pass secrets as {@link Expr#env(String)}.
 */
public final class RemoteWriteEndpoint {
  private final Block block;

  private RemoteWriteEndpoint(Block block) {
    this.block = block;
  }

  /** A builder; attributes print in the order they are set. */
  public static Builder builder() {
    return new Builder();
  }

  Block toBlock() {
    return block;
  }

  /** Builds {@link RemoteWriteEndpoint}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private Builder() {
      super("endpoint", null);
    }

    /** {@code name}: the endpoint's name in metrics and logs. */
    public Builder name(String name) {
      return string("name", name);
    }

    /** {@code url}: the remote-write URL. */
    public Builder url(Expr url) {
      return attribute("url", url);
    }

    /** {@code url}: the remote-write URL. */
    public Builder url(String url) {
      return string("url", url);
    }

    /** {@code remote_timeout}, a duration. */
    public Builder remoteTimeout(String timeout) {
      return duration("remote_timeout", timeout);
    }

    /** {@code follow_redirects}. */
    public Builder followRedirects(boolean follow) {
      return bool("follow_redirects", follow);
    }

    /** {@code headers}: extra HTTP headers. */
    public Builder headers(Map<String, ? extends Expr> headers) {
      return object("headers", headers);
    }

    /** {@code bearer_token}. */
    public Builder bearerToken(Expr token) {
      return attribute("bearer_token", token);
    }

    /** A {@code basic_auth} block. */
    public Builder basicAuth(Expr username, Expr password) {
      return statement(
          Block.builder("basic_auth")
              .attribute("username", username)
              .attribute("password", password)
              .build());
    }

    /** An {@code oauth2} block. */
    public Builder oauth2(OAuth2 oauth2) {
      return statement(oauth2.toBlock());
    }

    /** A {@code tls_config} block. */
    public Builder tlsConfig(TlsConfig tls) {
      return statement(tls.toBlock());
    }

    /** A {@code queue_config} block. */
    public Builder queueConfig(QueueConfig queue) {
      return statement(queue.toBlock());
    }

    /** Appends a {@code write_relabel_config} block. */
    public Builder writeRelabelConfig(RelabelRule rule) {
      return statement(rule.toBlock("write_relabel_config"));
    }

    /** The block. */
    public RemoteWriteEndpoint build() {
      return new RemoteWriteEndpoint(buildBlock());
    }
  }
}
