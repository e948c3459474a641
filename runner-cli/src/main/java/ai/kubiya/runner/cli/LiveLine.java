package ai.kubiya.runner.cli;

import java.io.PrintWriter;

/**
 * One live status line on a terminal: {@link #status} rewrites it in place, {@link #line} prints a
 * line above it. Off a terminal (a pipe, a file, CI), every status is a plain line too.
 */
final class LiveLine {
  private static final String CLEAR_LINE = "\r\033[K";
  private final PrintWriter out;
  private final boolean live;
  private boolean shown;

  LiveLine(PrintWriter out, boolean live) {
    this.out = out;
    this.live = live;
  }

  /** A live line when the process runs on a terminal that understands it, else plain lines. */
  static LiveLine on(PrintWriter out) {
    String term = System.getenv("TERM");
    return new LiveLine(out, System.console() != null && term != null && !term.equals("dumb"));
  }

  /** Shows {@code text} as the status line (replacing the previous one on a terminal). */
  synchronized void status(String text) {
    if (!live) {
      line(text);
      return;
    }
    clear();
    out.print("… " + text);
    shown = true;
    out.flush();
  }

  /** Prints {@code text} as a line of its own, above the status line. */
  synchronized void line(String text) {
    clear();
    out.println(text);
    out.flush();
  }

  /** Removes the status line, if one is shown. */
  synchronized void finish() {
    clear();
    out.flush();
  }

  private void clear() {
    if (live && shown) {
      out.print(CLEAR_LINE);
      shown = false;
    }
  }
}
