package ai.kubiya.runner.model.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A values tree as compact bytes, so the chart's defaults load at start-up without parsing YAML:
 * resolving YAML 1.1 scalars with regular expressions in a fresh JVM costs tens of milliseconds,
 * decoding these bytes under one. The build writes the snapshot of {@code chart-values.yaml} next
 * to it ({@link #main}); the snapshot carries the CRC-32 of the YAML it was made from, and a
 * snapshot that does not match the YAML beside it is ignored (the YAML is parsed instead). Holds
 * exactly the types {@link YamlTree} produces: maps with string keys (in order), lists, strings,
 * booleans, ints, longs, doubles and null.
 */
public final class TreeSnapshot {
  private static final int MAGIC = 0x4b525631; // "KRV1"
  private static final byte NULL = 0;
  private static final byte TRUE = 1;
  private static final byte FALSE = 2;
  private static final byte INT = 3;
  private static final byte LONG = 4;
  private static final byte DOUBLE = 5;
  private static final byte STRING = 6;
  private static final byte LIST = 7;
  private static final byte MAP = 8;

  private TreeSnapshot() {}

  /** The snapshot of {@code tree}, parsed from {@code yaml}. */
  public static byte[] encode(Map<String, Object> tree, byte[] yaml) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeLong(crc(yaml));
      write(out, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The tree in {@code snapshot} when it was made from {@code yaml}; null when it was not (or is
   * not a snapshot), so the caller parses the YAML.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> decode(byte[] snapshot, byte[] yaml) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
      if (in.readInt() != MAGIC || in.readLong() != crc(yaml)) {
        return null;
      }
      Object tree = read(in);
      return tree instanceof Map && in.read() == -1 ? (Map<String, Object>) tree : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }

  private static void write(DataOutputStream out, Object value) throws IOException {
    if (value == null) {
      out.writeByte(NULL);
    } else if (value instanceof Boolean) {
      out.writeByte((Boolean) value ? TRUE : FALSE);
    } else if (value instanceof Integer) {
      out.writeByte(INT);
      out.writeInt((Integer) value);
    } else if (value instanceof Long) {
      out.writeByte(LONG);
      out.writeLong((Long) value);
    } else if (value instanceof Double) {
      out.writeByte(DOUBLE);
      out.writeDouble((Double) value);
    } else if (value instanceof String) {
      out.writeByte(STRING);
      writeString(out, (String) value);
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object item : list) {
        write(out, item);
      }
    } else if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      out.writeByte(MAP);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        writeString(out, (String) e.getKey());
        write(out, e.getValue());
      }
    } else {
      throw new IllegalArgumentException("not a values tree type: " + value.getClass().getName());
    }
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static Object read(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    switch (tag) {
      case NULL:
        return null;
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      case INT:
        return in.readInt();
      case LONG:
        return in.readLong();
      case DOUBLE:
        return in.readDouble();
      case STRING:
        return readString(in);
      case LIST:
        {
          int size = in.readInt();
          List<Object> list = new ArrayList<>(Math.min(size, 1024));
          for (int i = 0; i < size; i++) {
            list.add(read(in));
          }
          return list;
        }
      case MAP:
        {
          int size = in.readInt();
          Map<String, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < size; i++) {
            String key = readString(in);
            map.put(key, read(in));
          }
          return map;
        }
      default:
        throw new IOException("unknown tag " + tag);
    }
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("bad string length " + length);
    }
    byte[] utf8 = new byte[length];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /**
   * Build step: writes {@code NAME.bin} beside each {@code NAME.yaml} given, relative to the
   * classes directory {@code args[0]}.
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      Path yaml = classes.resolve(args[i]);
      byte[] source = Files.readAllBytes(yaml);
      Map<String, Object> tree =
          ValuesDocuments.parse(new String(source, StandardCharsets.UTF_8), yaml.toString());
      String name = yaml.getFileName().toString().replaceFirst("\\.yaml$", ".bin");
      Files.write(yaml.resolveSibling(name), encode(tree, source));
    }
  }
}
