package ai.kubiya.runner.deployer.preflight;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.xerial.snappy.Snappy;

/**
 * Encodes a Prometheus remote-write 1.0 {@code WriteRequest} with one time series of one sample,
 * and compresses it with snappy's block format, as the protocol requires.
 *
 * <pre>
 * WriteRequest { repeated TimeSeries timeseries = 1; }
 * TimeSeries   { repeated Label labels = 1; repeated Sample samples = 2; }
 * Label        { string name = 1; string value = 2; }
 * Sample       { double value = 1; int64 timestamp = 2; }   // timestamp in ms
 * </pre>
 */
final class WriteRequestEncoder {
  private WriteRequestEncoder() {}

  /** The protobuf bytes; labels are written sorted by name, as receivers expect. */
  static byte[] encode(Map<String, String> labels, double value, long timestampMillis) {
    ByteArrayOutputStream series = new ByteArrayOutputStream();
    write(
        series,
        out -> {
          for (Map.Entry<String, String> l : new TreeMap<>(labels).entrySet()) {
            out.writeByteArray(
                1,
                message(
                    o -> {
                      o.writeString(1, l.getKey());
                      o.writeString(2, l.getValue());
                    }));
          }
          out.writeByteArray(
              2,
              message(
                  o -> {
                    o.writeDouble(1, value);
                    o.writeInt64(2, timestampMillis);
                  }));
        });
    return message(out -> out.writeByteArray(1, series.toByteArray()));
  }

  /** Snappy block compression of {@code bytes}. */
  static byte[] compress(byte[] bytes) {
    try {
      return Snappy.compress(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Body {
    void write(CodedOutputStream out) throws IOException;
  }

  private static byte[] message(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(bytes, body);
    return bytes.toByteArray();
  }

  private static void write(ByteArrayOutputStream target, Body body) {
    try {
      CodedOutputStream out = CodedOutputStream.newInstance(target);
      body.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
