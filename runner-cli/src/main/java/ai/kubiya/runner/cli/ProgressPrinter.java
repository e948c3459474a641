package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.ProgressEvent;
import ai.kubiya.runner.deployer.ProgressListener;
import java.io.PrintWriter;

/**
 * Shows deployer progress. On a terminal, waiting and retry events rewrite one live status line and
 * every other event prints a line above it; otherwise every event is one plain line.
 */
final class ProgressPrinter implements ProgressListener {
  private final LiveLine line;

  ProgressPrinter(PrintWriter out, boolean live) {
    this.line = new LiveLine(out, live);
  }

  private ProgressPrinter(LiveLine line) {
    this.line = line;
  }

  /** A printer that draws a live line when the process runs on a terminal. */
  static ProgressPrinter on(PrintWriter out) {
    return new ProgressPrinter(LiveLine.on(out));
  }

  @Override
  public void onEvent(ProgressEvent event) {
    if (event.type() == ProgressEvent.Type.WAITING || event.type() == ProgressEvent.Type.RETRYING) {
      line.status(event.toString());
    } else {
      line.line(event.toString());
    }
  }

  /** Ends a live status line, if one is shown. */
  void finish() {
    line.finish();
  }
}
