package ai.kubiya.runner.manifests.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Jackson's generator API over a {@link YamlWriter}, for the values Jackson's serializers write
 * (what the SDK's own writer leaves to them): it keeps Jackson's write context, so a serializer's
 * misuse fails as it would with any generator, and writes through the writer, which knows where in
 * the document it stands. Made only when Jackson writes something.
 */
public final class YamlGenerator extends GeneratorBase {
  private final YamlWriter out;

  // GeneratorBase's replacement constructor wants an IOContext (buffers, stream constraints) that a
  // generator writing into a StringBuilder never uses.
  @SuppressWarnings("deprecation")
  public YamlGenerator(YamlWriter out) {
    super(0, null);
    this.out = out;
  }

  // --- structure -------------------------------------------------------------------------------

  @Override
  public void writeStartObject() throws java.io.IOException {
    _verifyValueWrite("start an object");
    out.startObject();
    _writeContext = _writeContext.createChildObjectContext(null);
  }

  @Override
  public void writeEndObject() {
    out.endObject();
    _writeContext = _writeContext.clearAndGetParent();
  }

  @Override
  public void writeStartArray() throws java.io.IOException {
    _verifyValueWrite("start an array");
    out.startArray();
    _writeContext = _writeContext.createChildArrayContext(null);
  }

  @Override
  public void writeEndArray() {
    out.endArray();
    _writeContext = _writeContext.clearAndGetParent();
  }

  @Override
  public void writeFieldName(String name) throws java.io.IOException {
    if (_writeContext.writeFieldName(name) == JsonWriteContext.STATUS_EXPECT_VALUE) {
      _reportError("Cannot write a field name, expecting a value");
    }
    out.fieldName(name);
  }

  // --- scalars ---------------------------------------------------------------------------------

  @Override
  public void writeString(String text) throws java.io.IOException {
    if (text == null) {
      writeNull();
      return;
    }
    _verifyValueWrite("write a string");
    out.string(text);
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
    out.plain(text);
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
    _closed = true; // nothing to flush or release: writes go straight to the writer
  }

  @Override
  public void flush() {
    // writes go straight to the writer
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
