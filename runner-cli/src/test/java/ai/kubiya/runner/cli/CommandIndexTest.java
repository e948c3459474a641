package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The command models built from the build's index ({@link CommandIndex}) are those picocli builds
 * from the annotations: described alike, printing the same help and completion script, parsing
 * every command line alike (the values set and the errors).
 */
class CommandIndexTest {
  private static final Function<Class<?>, CommandLine> ANNOTATED = KubiyaRunnerCli::annotated;

  private static CommandLine indexed(Class<?> type) {
    CommandLine indexed = CommandIndex.commandLine(type);
    assertNotNull(indexed, type.getName() + " is not in the index, or its entry does not fit");
    return indexed;
  }

  @Test
  void theIndexIsTheOneTheseClassesWrite() {
    String text;
    try (var in = CommandIndex.class.getResourceAsStream(CommandIndex.RESOURCE)) {
      assertNotNull(
          in, CommandIndex.RESOURCE + " is missing: the build writes it (process-classes)");
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(CommandIndexWriter.index(), text);
    assertEquals(CommandIndexWriter.COMMANDS.size(), CommandIndex.entries().size());
  }

  @Test
  void everyIndexedCommandIsDescribedAsItsAnnotationsDescribeIt() {
    for (Class<?> type : CommandIndexWriter.COMMANDS) {
      assertEquals(
          CommandIndexWriter.describe(ANNOTATED.apply(type).getCommandSpec(), type),
          CommandIndexWriter.describe(indexed(type).getCommandSpec(), type),
          type.getName());
    }
  }

  @Test
  void theHelpIsTheSame() {
    CommandLine annotated =
        KubiyaRunnerCli.configured(KubiyaRunnerCli.SUBCOMMANDS.keySet(), ANNOTATED);
    CommandLine indexed = KubiyaRunnerCli.newCommandLine();
    for (Ansi ansi : List.of(Ansi.OFF, Ansi.ON)) {
      assertEquals(usage(annotated, ansi), usage(indexed, ansi), "top-level help, " + ansi);
      for (Class<?> type : CommandIndexWriter.COMMANDS) {
        if (type == KubiyaRunnerCli.class) {
          continue;
        }
        String name = type.getAnnotation(CommandLine.Command.class).name();
        assertEquals(
            usage(annotated.getSubcommands().get(name), ansi),
            usage(indexed.getSubcommands().get(name), ansi),
            name + " --help, " + ansi);
      }
    }
    assertEquals(
        run(
            KubiyaRunnerCli.configured(KubiyaRunnerCli.SUBCOMMANDS.keySet(), ANNOTATED),
            "completion",
            "bash"),
        run(KubiyaRunnerCli.newCommandLine(), "completion", "bash"),
        "the bash completion script");
  }

  private static String usage(CommandLine cli, Ansi ansi) {
    StringWriter out = new StringWriter();
    cli.usage(new PrintWriter(out), ansi);
    return out.toString();
  }

  private static String run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return "exit " + exit + "\n" + out + "\n--- stderr\n" + err;
  }

  /** Command lines of the indexed commands, well formed and not. */
  private static final List<List<String>> COMMAND_LINES =
      List.of(
          List.of("render", "--release", "demo"),
          List.of("render", "--release=demo", "-n", "kubiya", "-f", "a.yaml", "-f", "b.yaml"),
          List.of(
              "render", "--release", "demo", "--set", "a=1", "--set", "b=2", "--set-string", "c=3"),
          List.of("render", "--release", "demo", "--cluster-scoped-names", "release"),
          List.of("render", "--release", "demo", "--cluster-scoped-names=bogus"),
          List.of("render", "--release", "demo", "--with-dashboards", "--dashboards-folder", "F"),
          List.of("render", "--release", "demo", "--output-dir", "out"),
          List.of("render", "--release", "demo", "--release", "other"),
          List.of("render", "--release"),
          List.of("render"),
          List.of("render", "--bogus"),
          List.of("render", "--release", "demo", "extra"),
          List.of("render", "-nfoo", "--release", "r"),
          List.of("render", "--help"),
          List.of("render", "-V"),
          List.of("validate", "--release", "demo", "--strict"),
          List.of("validate", "--strict=false", "--release", "demo"),
          List.of("validate", "--release", "demo", "--cluster-scoped-names", "chart"),
          List.of("validate", "--strict", "--strict", "--release", "demo"),
          List.of("names", "--release", "demo", "-n", "ns"),
          List.of("names", "--release", "demo", "--strict"),
          List.of("names"),
          List.of("--version"),
          List.of("-hV"),
          List.of("--bogus"),
          List.of("bogus"));

  @Test
  void everyCommandLineParsesAlike() throws Exception {
    for (List<String> args : COMMAND_LINES) {
      String[] argv = args.toArray(new String[0]);
      assertEquals(
          parsed(KubiyaRunnerCli.configured(KubiyaRunnerCli.SUBCOMMANDS.keySet(), ANNOTATED), argv),
          parsed(KubiyaRunnerCli.newCommandLine(argv), argv),
          String.join(" ", args));
    }
  }

  /** What parsing {@code args} left: the commands' fields, and the error if any. */
  private static String parsed(CommandLine cli, String[] args) throws IllegalAccessException {
    StringBuilder out = new StringBuilder();
    try {
      CommandLine.ParseResult result = cli.parseArgs(args);
      out.append("help ").append(result.isUsageHelpRequested()).append(' ');
      out.append("version ").append(result.isVersionHelpRequested()).append('\n');
      for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
        out.append(r.commandSpec().qualifiedName()).append(' ');
        out.append(r.matchedArgs().size()).append(" matched\n");
        fields(out, r.commandSpec().userObject(), "  ");
      }
    } catch (CommandLine.ParameterException e) {
      out.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
    }
    return out.toString();
  }

  private static void fields(StringBuilder out, Object object, String indent)
      throws IllegalAccessException {
    for (Field field : object.getClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          || field.getType() == CommandLine.Model.CommandSpec.class) {
        continue;
      }
      field.setAccessible(true);
      Object value = field.get(object);
      out.append(indent).append(field.getName()).append(" = ");
      if (value != null && value.getClass().getName().startsWith("ai.kubiya.runner.cli.")) {
        out.append('\n');
        fields(out, value, indent + "  ");
      } else {
        out.append(value).append('\n');
      }
    }
  }

  @Test
  void anEntryThatDoesNotFitItsClassesIsLeftToTheAnnotations() {
    List<String> lines = CommandIndex.entries().get(RenderCommand.class.getName());
    assertNotNull(CommandIndex.commandLine(RenderCommand.class, lines, true));

    List<String> changed = new ArrayList<>();
    for (String line : lines) {
      changed.add(
          line.startsWith("class-crc " + ReleaseOptions.class.getName())
              ? "class-crc " + ReleaseOptions.class.getName() + " 0"
              : line);
    }
    assertNull(
        CommandIndex.commandLine(RenderCommand.class, changed, true), "a mixin's class changed");
    assertNotNull(
        CommandIndex.commandLine(RenderCommand.class, changed, false),
        "in a jar, packed with its index, the class files are not read");

    List<String> broken = new ArrayList<>(lines);
    broken.removeIf(line -> line.startsWith("  type "));
    assertNull(CommandIndex.commandLine(RenderCommand.class, broken, true), "an attribute missing");

    assertNull(CommandIndex.commandLine(PlanCommand.class), "not indexed");
    // the command line still works: from the annotations
    CommandLine plan = KubiyaRunnerCli.newCommandLine("plan", "--help");
    assertTrue(plan.getSubcommands().containsKey("plan"));
  }

  @Test
  void theRenderCommandLineReadsNoAnnotation() throws Exception {
    // in a fresh JVM: no annotation of ours, picocli's or the JDK's is parsed on the way to a
    // render's model (the JDK's annotation parser is never loaded)
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                javaBin,
                "-Xlog:class+load=info",
                "-cp",
                System.getProperty("java.class.path"),
                ModelOnly.class.getName())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
    assertTrue(log.contains("model built"), log);
    assertTrue(
        !log.contains("sun.reflect.annotation.AnnotationParser"),
        "an annotation was parsed building the render command's model");
  }

  /** Builds the command line for a render, in a JVM of its own. */
  static final class ModelOnly {
    public static void main(String[] args) {
      CommandLine cli = KubiyaRunnerCli.newCommandLine("render", "--release", "demo");
      cli.parseArgs("render", "--release", "demo");
      System.out.println("model built");
    }
  }
}
