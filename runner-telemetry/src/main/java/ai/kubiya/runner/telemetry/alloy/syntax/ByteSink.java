package ai.kubiya.runner.telemetry.alloy.syntax;

/** A destination of bytes (the stages of the printer's output pipeline). */
interface ByteSink {
  void write(byte[] data, int off, int len);

  default void write(byte[] data) {
    write(data, 0, data.length);
  }
}
