package ai.kubiya.runner.manifests.internal;

/**
 * Writes block-style YAML as Kubernetes manifests are written by hand: two-space indents, lists
 * under their key, empty collections as {@code {}} and {@code []}. Its caller walks the objects and
 * says what comes next (a key, a value, the start or end of a map or list); strings are written by
 * {@link YamlScalars}.
 *
 * <p>Hand-written because rendering is the SDK's hot path: jackson-dataformat-yaml goes through
 * SnakeYAML's general emitter, several times slower for these documents. It is apart from Jackson
 * too, so that a render loads none of Jackson's generator classes; {@link YamlGenerator} puts
 * Jackson's generator API over it for the values Jackson's serializers write. {@code
 * YamlEmitterTest} reads everything back.
 */
public final class YamlWriter {
  /** An open map or list: where its entries are indented, how many it has so far. */
  private static final class Frame {
    boolean map;
    int indent;

    /** The first entry continues the current line (after {@code - } or at the document start). */
    boolean inline;

    int count;

    /** In a map: a key was written, its value has not been. */
    boolean keyWritten;

    Frame set(boolean map, int indent, boolean inline) {
      this.map = map;
      this.indent = indent;
      this.inline = inline;
      this.count = 0;
      this.keyWritten = false;
      return this;
    }
  }

  private final StringBuilder out;

  /** The open collections, innermost last; frames are reused as the depth comes back. */
  private Frame[] frames = new Frame[16];

  private int depth;

  /** A writer appending to {@code out}. */
  public YamlWriter(StringBuilder out) {
    this.out = out;
  }

  // --- structure -------------------------------------------------------------------------------

  /** Starts a map as the next value. */
  public void startObject() {
    open(true);
  }

  /** Ends the innermost map. */
  public void endObject() {
    closeFrame(true);
  }

  /** Starts a list as the next value. */
  public void startArray() {
    open(false);
  }

  /** Ends the innermost list. */
  public void endArray() {
    closeFrame(false);
  }

  /** Writes a key of the innermost map. */
  public void fieldName(String name) {
    beginKey(name);
    YamlScalars.key(out, name);
    out.append(':');
  }

  /**
   * Writes a key whose YAML text {@link YamlKey} holds already, indentation included: for names
   * written again and again, such as a model class's property names.
   */
  public void fieldName(YamlKey key) {
    Frame map = keyFrame(key.name);
    if (map.count++ > 0 || !map.inline) {
      if (map.count == 1) {
        out.append('\n');
      }
      out.append(key.indented(map.indent));
    } else {
      out.append(key.text);
    }
  }

  private void beginKey(String name) {
    Frame map = keyFrame(name);
    if (map.count++ > 0 || !map.inline) {
      if (map.count == 1) {
        out.append('\n');
      }
      YamlScalars.indent(out, map.indent);
    }
  }

  /** The innermost frame, a map now expecting a key; the key {@code name} is then written. */
  private Frame keyFrame(String name) {
    Frame map = peek();
    if (map == null || !map.map || map.keyWritten) {
      throw new IllegalStateException("cannot write the key '" + name + "': expecting a value");
    }
    map.keyWritten = true;
    return map;
  }

  /** Opens a collection as the next value: where its entries go depends on where it stands. */
  private void open(boolean map) {
    Frame parent = valueFrame();
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

  /** The innermost frame, checked to take a value now; null at the top level. */
  private Frame valueFrame() {
    Frame parent = peek();
    if (parent != null && parent.map) {
      if (!parent.keyWritten) {
        throw new IllegalStateException("cannot write a value: expecting a key");
      }
      parent.keyWritten = false;
    }
    return parent;
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

  private void closeFrame(boolean map) {
    Frame frame = peek();
    if (frame == null || frame.map != map) {
      throw new IllegalStateException("no open " + (map ? "map" : "list") + " to close");
    }
    if (frame.keyWritten) {
      throw new IllegalStateException("cannot close a map: its last key has no value");
    }
    depth--;
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
    Frame parent = valueFrame();
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

  // --- scalars ---------------------------------------------------------------------------------

  /** Writes a string: plain, as a literal block or double-quoted, as YAML readers need it. */
  public void string(String text) {
    if (text == null) {
      nullValue();
      return;
    }
    int indent = beginScalar();
    YamlScalars.scalar(out, text, indent);
    out.append('\n');
  }

  /** Writes a number or a boolean as its text, which YAML reads as that number or boolean. */
  public void plain(String text) {
    beginScalar();
    out.append(text);
    out.append('\n');
  }

  /** Writes {@code null}. */
  public void nullValue() {
    plain("null");
  }
}
