package ai.kubiya.runner.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * SIGINT and SIGTERM as a request to stop (so {@code watch} ends cleanly with exit 0 instead of the
 * JVM's 130/143); the previous handlers come back on {@link #close()}.
 *
 * <p>Signals are only reachable through {@code sun.misc.Signal} (module jdk.unsupported). It is
 * used by reflection so that the build, which treats every javac warning as an error, does not meet
 * javac's unsuppressible "internal proprietary API" warning; when the JDK lacks it, the default
 * signal handling applies.
 */
final class StopSignals implements AutoCloseable {
  private final List<Object> signals = new ArrayList<>();
  private final List<Object> previous = new ArrayList<>();
  private final Method handle;

  private StopSignals(Method handle) {
    this.handle = handle;
  }

  /**
   * Calls {@code onStop} on SIGINT or SIGTERM until closed. Signals the platform lacks are skipped.
   */
  static StopSignals install(Runnable onStop) {
    try {
      Class<?> signalType = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Constructor<?> newSignal = signalType.getConstructor(String.class);
      StopSignals installed =
          new StopSignals(signalType.getMethod("handle", signalType, handlerType));
      Object handler =
          Proxy.newProxyInstance(
              StopSignals.class.getClassLoader(),
              new Class<?>[] {handlerType},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "handle":
                    onStop.run();
                    return null;
                  case "equals":
                    return proxy == args[0];
                  case "hashCode":
                    return System.identityHashCode(proxy);
                  default:
                    return "StopSignals handler";
                }
              });
      for (String name : new String[] {"INT", "TERM"}) {
        try {
          Object signal = newSignal.newInstance(name);
          installed.previous.add(installed.handle.invoke(null, signal, handler));
          installed.signals.add(signal);
        } catch (InvocationTargetException unavailable) {
          // the platform (or -Xrs) does not let this signal be handled; the default applies
        }
      }
      return installed;
    } catch (ReflectiveOperationException | RuntimeException absent) {
      return new StopSignals(null); // no sun.misc.Signal: the JVM's default handling applies
    }
  }

  @Override
  public void close() {
    for (int i = 0; i < signals.size(); i++) {
      try {
        handle.invoke(null, signals.get(i), previous.get(i));
      } catch (ReflectiveOperationException e) {
        // restoring is best effort; the process is about to end
      }
    }
  }
}
