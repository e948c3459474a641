package ai.kubiya.runner.cli;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT and SIGTERM as a request to stop (so {@code watch} ends cleanly with exit 0 instead of the
 * JVM's 130/143); the previous handlers come back on {@link #close()}.
 */
final class StopSignals implements AutoCloseable {
  private final List<Signal> signals = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();

  private StopSignals() {}

  /**
   * Calls {@code onStop} on SIGINT or SIGTERM until closed. Signals the platform lacks are skipped.
   */
  static StopSignals install(Runnable onStop) {
    StopSignals installed = new StopSignals();
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        Signal signal = new Signal(name);
        installed.previous.add(Signal.handle(signal, s -> onStop.run()));
        installed.signals.add(signal);
      } catch (IllegalArgumentException unavailable) {
        // the platform (or -Xrs) does not let this signal be handled; the default applies
      }
    }
    return installed;
  }

  @Override
  public void close() {
    for (int i = 0; i < signals.size(); i++) {
      Signal.handle(signals.get(i), previous.get(i));
    }
  }
}
