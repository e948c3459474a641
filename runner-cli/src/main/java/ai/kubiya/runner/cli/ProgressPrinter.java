package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.ProgressEvent;
import ai.kubiya.runner.deployer.ProgressListener;
import java.io.PrintWriter;

/**
 * Shows deployer progress. On a terminal, waiting and retry events rewrite one live status line
 * and every other event prints a line above it; otherwise every event is one plain line.
 */
final class ProgressPrinter implements ProgressListener {
  private static final String CLEAR_LINE = "\r\033[K";
  private final PrintWriter out;
  private final boolean live;
  private boolean statusShown;

  ProgressPrinter(PrintWriter out, boolean live) {
    this.out = out;
    this.live = live;
  }

  /** A printer that draws a live line when the process runs on a terminal. */
  static ProgressPrinter on(PrintWriter out) {
    String term = System.getenv("TERM");
    return new ProgressPrinter(out, System.console() != null && term != null && !term.equals("dumb"));
  }

  @Override
  public void onEvent(ProgressEvent event) {
    boolean transient_ = event.type() == ProgressEvent.Type.WAITING || event.type() == ProgressEvent.Type.RETRYING;
    if (live) {
      if (statusShown) {
        out.print(CLEAR_LINE);
        statusShown = false;
      }
      if (transient_) {
        out.print("… " + event);
        statusShown = true;
        out.flush();
        return;
      }
    }
    out.println(event);
    out.flush();
  }

  /** Ends a live status line, if one is shown. */
  void finish() {
    if (live && statusShown) {
      out.print(CLEAR_LINE);
      out.flush();
      statusShown = false;
    }
  }
}
