package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.kubiya.runner.deployer.ObjectRef;
import ai.kubiya.runner.deployer.ProgressEvent;
import ai.kubiya.runner.deployer.ProgressEvent.Type;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  static final ObjectRef AM = ObjectRef.of("Deployment", "kubiya", "agent-manager");

  static String print(boolean live) {
    StringWriter text = new StringWriter();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), live);
    printer.onEvent(ProgressEvent.of(Type.APPLIED, AM, "created"));
    printer.onEvent(ProgressEvent.of(Type.WAITING, AM, "0/2 replicas available"));
    printer.onEvent(ProgressEvent.of(Type.WAITING, AM, "1/2 replicas available"));
    printer.onEvent(ProgressEvent.of(Type.READY, AM, "ready"));
    printer.finish();
    return text.toString();
  }

  @Test
  void plainOutputIsOneLinePerEvent() {
    assertEquals(
        """
        applied Deployment/agent-manager: created
        waiting Deployment/agent-manager: 0/2 replicas available
        waiting Deployment/agent-manager: 1/2 replicas available
        ready Deployment/agent-manager: ready
        """,
        print(false));
  }

  @Test
  void onATerminalWaitingRewritesOneStatusLine() {
    assertEquals(
        "applied Deployment/agent-manager: created\n"
            + "… waiting Deployment/agent-manager: 0/2 replicas available"
            + "\r\033[K… waiting Deployment/agent-manager: 1/2 replicas available"
            + "\r\033[Kready Deployment/agent-manager: ready\n",
        print(true));
  }

  @Test
  void durationsReadLikeHelms() {
    DurationConverter converter = new DurationConverter();
    assertEquals(Duration.ofMinutes(5), converter.convert("5m"));
    assertEquals(Duration.ofSeconds(5430), converter.convert("1h30m30s"));
    assertEquals(Duration.ofMillis(1500), converter.convert("1s500ms"));
    assertEquals(Duration.ofMinutes(2), converter.convert("PT2M"));
  }
}
