package ai.kubiya.runner.manifests.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A Jackson generator that writes block-style YAML as Kubernetes manifests are written by hand:
 * two-space indents, lists under their key, empty collections as {@code {}} and {@code []}.
 * Jackson's serializers drive it directly, so no intermediate tree is built.
 *
 * <p>Hand-written because rendering is the SDK's hot path: jackson-dataformat-yaml goes through
 * SnakeYAML's general emitter, several times slower for these documents. Strings are written by
 * {@link YamlScalars}; {@code YamlEmitterTest} reads everything back.
 */
public final class YamlGenerator extends GeneratorBase {
  /** An open map or list: where its entries are indented, how many it has so far. */
  private static final class Frame {
    final boolean map;
    final int indent;

    /** The first entry continues the current line (after {@code - } or at the document start). */
    final boolean inline;

    int count;

    Frame(boolean map, int indent, boolean inline) {
      this.map = map;
      this.indent = indent;
      this.inline = inline;
    }
  }

  private final StringBuilder out;
  private final Deque<Frame> frames = new ArrayDeque<>();

  // GeneratorBase's replacement constructor wants an IOContext (buffers, stream constraints) that a
  // generator writing into a StringBuilder never uses.
  @SuppressWarnings("deprecation")
  public YamlGenerator(StringBuilder out) {
    super(0, null);
    this.out = out;
  }

  // --- structure -------------------------------------------------------------------------------

  @Override
  public void writeStartObject() throws java.io.IOException {
    _verifyValueWrite("start an object");
    open(true);
    _writeContext = _writeContext.createChildObjectContext(null);
  }

  @Override
  public void writeEndObject() {
    closeFrame();
    _writeContext = _writeContext.clearAndGetParent();
  }

  @Override
  public void writeStartArray() throws java.io.IOException {
    _verifyValueWrite("start an array");
    open(false);
    _writeContext = _writeContext.createChildArrayContext(null);
  }

  @Override
  public void writeEndArray() {
    closeFrame();
    _writeContext = _writeContext.clearAndGetParent();
  }

  @Override
  public void writeFieldName(String name) throws java.io.IOException {
    if (_writeContext.writeFieldName(name) == JsonWriteContext.STATUS_EXPECT_VALUE) {
      _reportError("Cannot write a field name, expecting a value");
    }
    Frame map = frames.peek();
    if (map.count++ > 0 || !map.inline) {
      if (map.count == 1) {
        out.append('\n');
      }
      YamlScalars.indent(out, map.indent);
    }
    YamlScalars.key(out, name);
    out.append(':');
  }

  /** Opens a collection as the next value: where its entries go depends on where it stands. */
  private void open(boolean map) {
    Frame parent = frames.peek();
    if (parent == null) {
      frames.push(new Frame(map, 0, true));
    } else if (parent.map) {
      // after "key:": a map's entries go below, indented; a list's items go below at the key's
      // indent
      frames.push(new Frame(map, map ? parent.indent + 2 : parent.indent, false));
    } else {
      beginItem(parent);
      frames.push(new Frame(map, parent.indent + 2, true));
    }
  }

  private void closeFrame() {
    Frame frame = frames.pop();
    if (frame.count == 0) {
      Frame parent = frames.peek();
      if (parent != null && parent.map) {
        out.append(' ');
      }
      out.append(frame.map ? "{}" : "[]");
      out.append('\n');
    }
  }

  /** Starts a list item: on a new line unless the list continues the current one. */
  private void beginItem(Frame list) {
    if (list.count++ > 0 || !list.inline) {
      if (list.count == 1) {
        out.append('\n');
      }
      YamlScalars.indent(out, list.indent);
    }
    out.append("- ");
  }

  /** Before a scalar: the separator after {@code key:}, or the {@code - } of a list item. */
  private int beginScalar() {
    Frame parent = frames.peek();
    if (parent == null) {
      return 0;
    }
    if (parent.map) {
      out.append(' ');
      return parent.indent + 2;
    }
    beginItem(parent);
    return parent.indent + 2;
  }

  private void endScalar() {
    out.append('\n');
  }

  // --- scalars ---------------------------------------------------------------------------------

  @Override
  public void writeString(String text) throws java.io.IOException {
    if (text == null) {
      writeNull();
      return;
    }
    _verifyValueWrite("write a string");
    int indent = beginScalar();
    YamlScalars.scalar(out, text, indent);
    endScalar();
  }

  @Override
  public void writeString(char[] text, int offset, int len) throws java.io.IOException {
    writeString(new String(text, offset, len));
  }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) throws java.io.IOException {
    writeString(new String(text, offset, length, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) throws java.io.IOException {
    writeString(new String(text, offset, length, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public void writeBinary(Base64Variant variant, byte[] data, int offset, int len)
      throws java.io.IOException {
    writeString(variant.encode(java.util.Arrays.copyOfRange(data, offset, offset + len)));
  }

  @Override
  public void writeNumber(int v) throws java.io.IOException {
    plain(Integer.toString(v));
  }

  @Override
  public void writeNumber(long v) throws java.io.IOException {
    plain(Long.toString(v));
  }

  @Override
  public void writeNumber(BigInteger v) throws java.io.IOException {
    plain(v.toString());
  }

  @Override
  public void writeNumber(double v) throws java.io.IOException {
    plain(Double.toString(v));
  }

  @Override
  public void writeNumber(float v) throws java.io.IOException {
    plain(Float.toString(v));
  }

  @Override
  public void writeNumber(BigDecimal v) throws java.io.IOException {
    plain(v.toPlainString());
  }

  @Override
  public void writeNumber(String encodedValue) throws java.io.IOException {
    plain(encodedValue);
  }

  @Override
  public void writeBoolean(boolean state) throws java.io.IOException {
    plain(state ? "true" : "false");
  }

  @Override
  public void writeNull() throws java.io.IOException {
    plain("null");
  }

  private void plain(String text) throws java.io.IOException {
    _verifyValueWrite("write a value");
    beginScalar();
    out.append(text);
    endScalar();
  }

  // --- what YAML output does not do ------------------------------------------------------------

  @Override
  public void writeRaw(String text) {
    throw new UnsupportedOperationException("raw output is not supported in YAML manifests");
  }

  @Override
  public void writeRaw(String text, int offset, int len) {
    writeRaw(text);
  }

  @Override
  public void writeRaw(char[] text, int offset, int len) {
    writeRaw(new String(text, offset, len));
  }

  @Override
  public void writeRaw(char c) {
    writeRaw(String.valueOf(c));
  }

  @Override
  public void flush() {
    // writes go straight to the StringBuilder
  }

  @Override
  protected void _releaseBuffers() {
    // no buffers
  }

  @Override
  protected void _verifyValueWrite(String typeMsg) throws java.io.IOException {
    if (_writeContext.writeValue() == JsonWriteContext.STATUS_EXPECT_NAME) {
      _reportError("Cannot " + typeMsg + ", expecting a field name");
    }
  }
}
