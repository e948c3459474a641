package ai.kubiya.runner.deployer.preflight;

import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xerial.snappy.Snappy;

/** Test-side decoder of a snappy-compressed remote-write {@code WriteRequest}, field by field. */
final class WriteRequestDecoder {
  record Series(Map<String, String> labels, List<double[]> samples) {}

  private WriteRequestDecoder() {}

  static List<Series> decode(byte[] snappyBody) throws IOException {
    byte[] raw = Snappy.uncompress(snappyBody);
    CodedInputStream in = CodedInputStream.newInstance(raw);
    List<Series> out = new ArrayList<>();
    int tag;
    while ((tag = in.readTag()) != 0) {
      if (tag >>> 3 == 1) {
        out.add(series(in.readBytes().toByteArray()));
      } else {
        in.skipField(tag);
      }
    }
    return out;
  }

  private static Series series(byte[] bytes) throws IOException {
    CodedInputStream in = CodedInputStream.newInstance(bytes);
    Map<String, String> labels = new LinkedHashMap<>();
    List<double[]> samples = new ArrayList<>();
    int tag;
    while ((tag = in.readTag()) != 0) {
      switch (tag >>> 3) {
        case 1 -> {
          CodedInputStream l = CodedInputStream.newInstance(in.readBytes().toByteArray());
          String name = null;
          String value = null;
          int t;
          while ((t = l.readTag()) != 0) {
            if (t >>> 3 == 1) {
              name = l.readString();
            } else if (t >>> 3 == 2) {
              value = l.readString();
            } else {
              l.skipField(t);
            }
          }
          labels.put(name, value);
        }
        case 2 -> {
          CodedInputStream s = CodedInputStream.newInstance(in.readBytes().toByteArray());
          double value = Double.NaN;
          long ts = 0;
          int t;
          while ((t = s.readTag()) != 0) {
            if (t >>> 3 == 1) {
              value = s.readDouble();
            } else if (t >>> 3 == 2) {
              ts = s.readInt64();
            } else {
              s.skipField(t);
            }
          }
          samples.add(new double[] {value, ts});
        }
        default -> in.skipField(tag);
      }
    }
    return new Series(labels, samples);
  }
}
