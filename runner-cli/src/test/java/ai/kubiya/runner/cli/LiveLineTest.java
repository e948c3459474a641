package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LiveLineTest {
  @Test
  void onATerminalTheStatusIsRewrittenAndLinesGoAboveIt() {
    StringWriter text = new StringWriter();
    LiveLine live = new LiveLine(new PrintWriter(text), true);
    live.status("in line");
    live.status("in line again");
    live.line("drift Deployment/ns/a spec.replicas");
    live.status("in line");
    live.finish();
    assertEquals(
        "… in line\r\033[K… in line again\r\033[Kdrift Deployment/ns/a spec.replicas\n"
            + "… in line\r\033[K",
        text.toString());
  }

  @Test
  void offATerminalEveryStatusIsAPlainLine() {
    StringWriter text = new StringWriter();
    LiveLine live = new LiveLine(new PrintWriter(text), false);
    live.status("in line");
    live.line("healed");
    live.finish();
    assertEquals("in line\nhealed\n", text.toString());
  }
}
