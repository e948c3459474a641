package ai.kubiya.runner.nats;

import io.nats.client.support.NatsUri;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The value of {@code nats.serverUrl}: one NATS server URL, or several separated by commas, each
 * {@code nats://}, {@code tls://}, {@code ws://} or {@code wss://}. Shown without any user or
 * password part.
 */
final class NatsServerUrls {
  private static final Set<String> SCHEMES = Set.of("nats", "tls", "opentls", "ws", "wss");

  private NatsServerUrls() {}

  /**
   * The URLs of {@code value}; an {@link IllegalArgumentException} says why when it holds none
   * usable.
   */
  static List<NatsUri> parse(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("is empty: there is no NATS server to connect to");
    }
    List<NatsUri> servers = new ArrayList<>();
    for (String url : value.split(",")) {
      if (url.isBlank()) {
        continue;
      }
      NatsUri uri;
      try {
        uri = new NatsUri(url.strip());
      } catch (URISyntaxException | RuntimeException e) {
        throw notAUrl();
      }
      if (!SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
        throw notAUrl();
      }
      servers.add(uri);
    }
    if (servers.isEmpty()) {
      throw new IllegalArgumentException("is empty: there is no NATS server to connect to");
    }
    return servers;
  }

  private static IllegalArgumentException notAUrl() {
    return new IllegalArgumentException(
        "is not a NATS server URL such as tls://host:4222 or "
            + "nats://host:4222 (schemes: nats, tls, ws, wss)");
  }

  /** The servers as {@code scheme://host:port}, without any user or password. */
  static String display(List<NatsUri> servers) {
    List<String> shown = new ArrayList<>();
    for (NatsUri uri : servers) {
      shown.add(uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort());
    }
    return String.join(",", shown);
  }
}
