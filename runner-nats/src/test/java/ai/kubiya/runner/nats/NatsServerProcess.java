package ai.kubiya.runner.nats;

import ai.kubiya.runner.testfixtures.InstalledTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real {@code nats-server} (the Debian package) started on a free loopback port with a given
 * configuration, for as long as a test class needs it. Tests that use it fail, naming the package
 * to install, when no {@code nats-server} binary is installed (never skip: scripts/test.sh installs
 * it).
 */
final class NatsServerProcess implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(15);

  private final Process process;
  private final int port;
  private final Path log;

  private NatsServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The installed nats-server; fails the calling test, naming the package, when there is none. */
  static Path binary() {
    return InstalledTools.require("nats-server", "nats-server");
  }

  /**
   * Starts nats-server in {@code dir} with {@code config} (which must not set {@code listen}) and
   * waits until it accepts connections; tries another port when the one picked was taken meanwhile.
   */
  static NatsServerProcess start(Path dir, String config) throws IOException, InterruptedException {
    Path binary = binary();
    for (int attempt = 1; ; attempt++) {
      int port = freeLoopbackPort();
      Path conf = dir.resolve("nats-server-" + port + ".conf");
      Files.writeString(conf, "listen: 127.0.0.1:" + port + "\n" + config, StandardCharsets.UTF_8);
      Path log = dir.resolve("nats-server-" + port + ".log");
      Process process =
          new ProcessBuilder(binary.toString(), "-c", conf.toString())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      NatsServerProcess server = new NatsServerProcess(process, port, log);
      if (server.awaitReady()) {
        return server;
      }
      if (attempt == 3 || !server.log().contains("address already in use")) {
        throw new IllegalStateException(
            "nats-server did not start on port " + port + ":\n" + server.log());
      }
    }
  }

  int port() {
    return port;
  }

  /** {@code nats://127.0.0.1:port}. */
  String url() {
    return url("nats");
  }

  String url(String scheme) {
    return scheme + "://127.0.0.1:" + port;
  }

  /** What the server logged so far. */
  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * True once the server accepts connections; false (and stopped) when it exits or never listens.
   */
  private boolean awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return true;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    close();
    return false;
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Stops the server and everything it started. */
  @Override
  public void close() {
    process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroy();
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
