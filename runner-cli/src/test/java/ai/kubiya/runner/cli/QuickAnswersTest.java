package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

class QuickAnswersTest {
  private static String picocli(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = KubiyaRunnerCli.newCommandLine(args);
    cli.setOut(new PrintWriter(out));
    assertEquals(0, cli.execute(args));
    return out.toString();
  }

  private static String quick(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OptionalInt code =
        QuickAnswers.answer(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(OptionalInt.of(0), code, "answered quickly: " + String.join(" ", args));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = QuickAnswers.class.getResourceAsStream(name)) {
      assertNotNull(
          in, name + " is missing: the build's help-snapshot step (runner-cli pom) makes it");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void versionIsWhatPicocliPrints() {
    assertEquals(picocli("--version"), quick("--version"));
    assertEquals(picocli("-V"), quick("-V"));
  }

  @Test
  void helpIsWhatPicocliPrints() {
    assertEquals(picocli("--help"), quick("--help"));
    assertEquals(picocli("-h"), quick("-h"));
    assertEquals(picocli(), quick());
    assertTrue(quick("--help").contains("render"), "the help lists the subcommands");
  }

  @Test
  void bundledHelpMatchesPicocliInBothColourModes() throws Exception {
    assertEquals(HelpSnapshot.usage(Ansi.OFF), resource(QuickAnswers.PLAIN_HELP));
    String coloured = resource(QuickAnswers.ANSI_HELP);
    assertEquals(HelpSnapshot.usage(Ansi.ON), coloured);
    assertTrue(coloured.contains("\u001b["), "the ANSI variant has escape sequences");
  }

  @Test
  void everythingElseTakesTheNormalPath() {
    PrintStream none = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertFalse(QuickAnswers.answer(new String[] {"render", "--help"}, none).isPresent());
    assertFalse(QuickAnswers.answer(new String[] {"--version", "--help"}, none).isPresent());
    assertFalse(QuickAnswers.answer(new String[] {"--nope"}, none).isPresent());
    assertFalse(QuickAnswers.answer(new String[] {"help"}, none).isPresent());
  }

  @Test
  void picocliUsageSettingsTakeTheNormalPath() {
    PrintStream none = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    System.setProperty("picocli.usage.width", "120");
    try {
      assertFalse(QuickAnswers.answer(new String[] {"--help"}, none).isPresent());
    } finally {
      System.clearProperty("picocli.usage.width");
    }
  }
}
