package ai.kubiya.runner.dashboards.lint;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus exporter on loopback serving the series of a fixture file in the text exposition
 * format. Counters ({@code _total}, {@code _count}, {@code _sum}, {@code _bucket}) grow by one per
 * scrape, so that rates are not empty.
 */
final class FixtureExporter implements AutoCloseable {
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*\\})? (\\S+)$");

  private final HttpServer server;
  private final String fixture;
  private final AtomicInteger scrapes = new AtomicInteger();

  private FixtureExporter(String fixture) throws IOException {
    this.fixture = fixture;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/metrics",
        exchange -> {
          byte[] body = render(scrapes.incrementAndGet()).getBytes(StandardCharsets.UTF_8);
          exchange
              .getResponseHeaders()
              .set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** Serves the fixture at this classpath resource. */
  static FixtureExporter serving(String resource) {
    try (InputStream in = FixtureExporter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new FixtureExporter(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code 127.0.0.1:port}. */
  String address() {
    return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
  }

  int scrapes() {
    return scrapes.get();
  }

  String render(int scrape) {
    StringBuilder out = new StringBuilder();
    for (String line : fixture.split("\n")) {
      Matcher m = SAMPLE.matcher(line);
      if (m.matches() && isCounter(m.group(1))) {
        out.append(m.group(1))
            .append(m.group(2) == null ? "" : m.group(2))
            .append(' ')
            .append(new BigDecimal(m.group(3)).add(BigDecimal.valueOf(scrape)).toPlainString());
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static boolean isCounter(String name) {
    return name.endsWith("_total")
        || name.endsWith("_count")
        || name.endsWith("_sum")
        || name.endsWith("_bucket");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
