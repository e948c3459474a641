package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Arrays;

/** Start offsets of the lines of a source, filled while scanning; maps offsets to positions. */
final class LineTable {
  private int[] starts = new int[64];
  private int size = 1; // line 1 starts at offset 0

  void addLine(int offset) {
    if (offset <= starts[size - 1]) {
      return;
    }
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
    }
    starts[size++] = offset;
  }

  int[] toArray() {
    return Arrays.copyOf(starts, size);
  }

  /** Line (1-based) and byte column (1-based) of {@code offset}. */
  Position position(String file, int offset) {
    int idx = Arrays.binarySearch(starts, 0, size, offset);
    int line = idx >= 0 ? idx : -idx - 2;
    return new Position(file, line + 1, offset - starts[line] + 1);
  }
}
