package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Elastic tabstops, with the semantics of Go's {@code text/tabwriter} as Alloy's printer configures
 * it (min width 0, tab width 8, padding 1, pad with spaces, discard empty columns, indent with
 * tabs). A tab or vertical tab ends a cell; the cells of a column in consecutive lines are padded
 * to one width; a formfeed ends a line and the alignment block. Text between {@link #ESCAPE} bytes
 * is one unit whose tabs and newlines are not interpreted.
 */
final class ElasticTabWriter {
  static final byte ESCAPE = (byte) 0xff;

  private static final int MIN_WIDTH = 0;
  private static final int TAB_WIDTH = 8;
  private static final int PADDING = 1;

  private static final class Cell {
    int size;
    int width;
    boolean htab;
  }

  private final ByteSink output;
  private final ByteBuffer buf = new ByteBuffer();
  private int pos;
  private Cell cell = new Cell();
  private boolean inEscape;
  private final List<List<Cell>> lines = new ArrayList<>();
  private final List<Integer> widths = new ArrayList<>();

  ElasticTabWriter(ByteSink output) {
    this.output = output;
    reset();
  }

  private void reset() {
    buf.truncate(0);
    pos = 0;
    cell = new Cell();
    inEscape = false;
    lines.clear();
    widths.clear();
    lines.add(new ArrayList<>());
  }

  void write(byte[] data) {
    int n = 0;
    for (int i = 0; i < data.length; i++) {
      byte ch = data[i];
      if (!inEscape) {
        if (ch == '\t' || ch == 0x0B || ch == '\n' || ch == '\f') {
          append(data, n, i);
          updateWidth();
          n = i + 1;
          int ncells = terminateCell(ch == '\t');
          if (ch == '\n' || ch == '\f') {
            lines.add(new ArrayList<>());
            if (ch == '\f' || ncells == 1) {
              flush();
            }
          }
        } else if (ch == ESCAPE) {
          append(data, n, i);
          updateWidth();
          n = i;
          inEscape = true;
        }
      } else if (ch == ESCAPE) {
        append(data, n, i + 1);
        n = i + 1;
        endEscape();
      }
    }
    append(data, n, data.length);
  }

  void flush() {
    if (cell.size > 0) {
      if (inEscape) {
        endEscape();
      }
      terminateCell(false);
    }
    format(0, 0, lines.size());
    reset();
  }

  private void append(byte[] data, int from, int to) {
    buf.write(data, from, to - from);
    cell.size += to - from;
  }

  private void updateWidth() {
    cell.width += runeCount(buf.array(), pos, buf.size());
    pos = buf.size();
  }

  private void endEscape() {
    updateWidth();
    cell.width -= 2; // the escape bytes take no room
    pos = buf.size();
    inEscape = false;
  }

  private int terminateCell(boolean htab) {
    cell.htab = htab;
    List<Cell> line = lines.get(lines.size() - 1);
    line.add(cell);
    cell = new Cell();
    return line.size();
  }

  /** Runes in UTF-8 bytes: every byte that is not a continuation byte starts one. */
  private static int runeCount(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        n++;
      }
    }
    return n;
  }

  private int format(int pos0, int line0, int line1) {
    int p = pos0;
    int column = widths.size();
    for (int row = line0; row < line1; row++) {
      List<Cell> line = lines.get(row);
      if (column >= line.size() - 1) {
        continue;
      }
      p = writeLines(p, line0, row);
      line0 = row;

      int width = MIN_WIDTH;
      boolean discardable = true;
      for (; row < line1; row++) {
        line = lines.get(row);
        if (column >= line.size() - 1) {
          break;
        }
        Cell c = line.get(column);
        width = Math.max(width, c.width + PADDING);
        if (c.width > 0 || c.htab) {
          discardable = false;
        }
      }
      if (discardable) {
        width = 0;
      }
      widths.add(width);
      p = format(p, line0, row);
      widths.remove(widths.size() - 1);
      line0 = row;
    }
    return writeLines(p, line0, line1);
  }

  private int writeLines(int pos0, int line0, int line1) {
    int p = pos0;
    for (int i = line0; i < line1; i++) {
      List<Cell> line = lines.get(i);
      boolean useTabs = true;
      for (int j = 0; j < line.size(); j++) {
        Cell c = line.get(j);
        if (c.size == 0) {
          if (j < widths.size()) {
            writePadding(c.width, widths.get(j), useTabs);
          }
        } else {
          useTabs = false;
          output.write(buf.array(), p, c.size);
          p += c.size;
          if (j < widths.size()) {
            writePadding(c.width, widths.get(j), false);
          }
        }
      }
      if (i + 1 == lines.size()) {
        output.write(buf.array(), p, cell.size);
        p += cell.size;
      } else {
        output.write(new byte[] {'\n'});
      }
    }
    return p;
  }

  private void writePadding(int textWidth, int cellWidth, boolean useTabs) {
    if (useTabs) {
      int cw = (cellWidth + TAB_WIDTH - 1) / TAB_WIDTH * TAB_WIDTH;
      int n = cw - textWidth;
      repeat((byte) '\t', (n + TAB_WIDTH - 1) / TAB_WIDTH);
      return;
    }
    repeat((byte) ' ', cellWidth - textWidth);
  }

  private void repeat(byte b, int n) {
    if (n <= 0) {
      return;
    }
    byte[] bytes = new byte[n];
    java.util.Arrays.fill(bytes, b);
    output.write(bytes);
  }
}
