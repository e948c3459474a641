package ai.kubiya.runner.telemetry.alloy.remotewrite;

import java.util.List;
import java.util.Objects;

/**
 * How the preflight authenticates to a remote-write endpoint. Secrets never appear in {@code
 * toString()}.
 */
public sealed interface RemoteWriteAuth {
  /** No credentials. */
  static RemoteWriteAuth none() {
    return None.INSTANCE;
  }

  /** No credentials. */
  final class None implements RemoteWriteAuth {
    static final None INSTANCE = new None();

    private None() {}

    @Override
    public String toString() {
      return "none";
    }
  }

  /**
   * OAuth2 client credentials: a token is fetched from {@code tokenUrl} first and sent as a bearer
   * token.
   */
  record OAuth2ClientCredentials(
      String clientId, String clientSecret, String tokenUrl, List<String> scopes)
      implements RemoteWriteAuth {
    public OAuth2ClientCredentials {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(clientSecret, "clientSecret");
      Objects.requireNonNull(tokenUrl, "tokenUrl");
      scopes = List.copyOf(scopes);
    }

    @Override
    public String toString() {
      return "OAuth2ClientCredentials[clientId="
          + clientId
          + ", clientSecret=<redacted>, tokenUrl="
          + tokenUrl
          + ", scopes="
          + scopes
          + "]";
    }
  }

  /** HTTP basic auth. */
  record Basic(String username, String password) implements RemoteWriteAuth {
    public Basic {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "Basic[username=" + username + ", password=<redacted>]";
    }
  }

  /** A static bearer token. */
  record Bearer(String token) implements RemoteWriteAuth {
    public Bearer {
      Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
      return "Bearer[token=<redacted>]";
    }
  }
}
