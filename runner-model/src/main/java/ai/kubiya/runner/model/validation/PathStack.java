package ai.kubiya.runner.model.validation;

import java.util.Arrays;

/**
 * Where a walk of the values tree stands: map keys and list indexes, innermost last. Its text is
 * made only when a finding needs it, not for every value walked.
 */
final class PathStack {
  private Object[] parts = new Object[16];
  private int size;

  /** Steps into a map key ({@link String} or any key) or a list index ({@link Integer}). */
  void push(Object keyOrIndex) {
    if (size == parts.length) {
      parts = Arrays.copyOf(parts, size * 2);
    }
    parts[size++] = keyOrIndex;
  }

  /** Steps back out. */
  void pop() {
    parts[--size] = null;
  }

  /**
   * The path as text: keys joined by {@code .}, indexes as {@code [i]}. With {@code dotAfterEmpty}
   * every key but the first is preceded by a dot; without it a key after an empty text is not.
   */
  String text(boolean dotAfterEmpty) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < size; i++) {
      Object part = parts[i];
      if (part instanceof Integer) {
        out.append('[').append(part).append(']');
      } else if (i > 0 && (dotAfterEmpty || out.length() > 0)) {
        out.append('.').append(part);
      } else {
        out.append(part);
      }
    }
    return out.toString();
  }
}
