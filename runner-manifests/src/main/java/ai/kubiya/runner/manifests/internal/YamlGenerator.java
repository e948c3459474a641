package ai.kubiya.runner.manifests.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import java.math.BigDecimal;
import java.math.BigInteger;

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
    boolean map;
    int indent;

    /** The first entry continues the current line (after {@code - } or at the document start). */
    boolean inline;

    int count;

    Frame set(boolean map, int indent, boolean inline) {
      this.map = map;
      this.indent = indent;
      this.inline = inline;
      this.count = 0;
      return this;
    }
  }

  private final StringBuilder out;

  /** The open collections, innermost last; frames are reused as the depth comes back. */
  private Frame[] frames = new Frame[16];

  private int depth;

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
    beginKey(name);
    YamlScalars.key(out, name);
    out.append(':');
  }

  /**
   * Writes a field name whose YAML text {@link YamlKey} holds already, indentation included: for
   * names written again and again, such as a model class's property names.
   */
  public void writeFieldName(YamlKey key) throws java.io.IOException {
    if (_writeContext.writeFieldName(key.name) == JsonWriteContext.STATUS_EXPECT_VALUE) {
      _reportError("Cannot write a field name, expecting a value");
    }
    Frame map = peek();
    if (map.count++ > 0 || !map.inline) {
      if (map.count == 1) {
        out.append('\n');
      }
      out.append(key.indented(map.indent));
    } else {
      out.append(key.text);
    }
  }

  private void beginKey(String name) throws java.io.IOException {
    if (_writeContext.writeFieldName(name) == JsonWriteContext.STATUS_EXPECT_VALUE) {
      _reportError("Cannot write a field name, expecting a value");
    }
    Frame map = peek();
    if (map.count++ > 0 || !map.inline) {
      if (map.count == 1) {
        out.append('\n');
      }
      YamlScalars.indent(out, map.indent);
    }
  }

  /** Opens a collection as the next value: where its entries go depends on where it stands. */
  private void open(boolean map) {
    Frame parent = peek();
    if (parent == null) {
      push().set(map, 0, true);
    } else if (parent.map) {
      // after "key:": a map's entries go below, indented; a list's items go below at the key's
      // indent
      push().set(map, map ? parent.indent + 2 : parent.indent, false);
    } else {
      beginItem(parent);
      push().set(map, parent.indent + 2, true);
    }
  }

  /** The innermost open collection, or null at the top level. */
  private Frame peek() {
    return depth == 0 ? null : frames[depth - 1];
  }

  /** A frame for a collection one level deeper, to be set by the caller. */
  private Frame push() {
    if (depth == frames.length) {
      frames = java.util.Arrays.copyOf(frames, depth * 2);
    }
    Frame frame = frames[depth];
    if (frame == null) {
      frame = new Frame();
      frames[depth] = frame;
    }
    depth++;
    return frame;
  }

  private void closeFrame() {
    if (depth == 0) {
      throw new java.util.NoSuchElementException("no open collection to close");
    }
    Frame frame = frames[--depth];
    if (frame.count == 0) {
      Frame parent = peek();
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
    Frame parent = peek();
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
  public void close() {
    _closed = true; // nothing to flush or release: writes go straight to the StringBuilder
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
