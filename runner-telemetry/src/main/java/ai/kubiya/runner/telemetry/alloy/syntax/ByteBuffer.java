package ai.kubiya.runner.telemetry.alloy.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array that is also a {@link ByteSink}. */
final class ByteBuffer implements ByteSink {
  private byte[] bytes = new byte[256];
  private int size;

  @Override
  public void write(byte[] data, int off, int len) {
    ensure(len);
    System.arraycopy(data, off, bytes, size, len);
    size += len;
  }

  void append(byte b) {
    ensure(1);
    bytes[size++] = b;
  }

  void append(String s) {
    write(s.getBytes(StandardCharsets.UTF_8));
  }

  int size() {
    return size;
  }

  byte get(int i) {
    return bytes[i];
  }

  byte[] array() {
    return bytes;
  }

  void truncate(int newSize) {
    size = newSize;
  }

  byte[] toArray() {
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public String toString() {
    return new String(bytes, 0, size, StandardCharsets.UTF_8);
  }

  private void ensure(int extra) {
    if (size + extra > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
    }
  }
}
