package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The CLI's {@code main} tells picocli not to register its built-in converters for java.time and
 * java.sql types ({@link KubiyaRunnerCli#CONVERTERS_EXCLUDES}): every option of such a type must
 * name its own converter, or it could not be parsed.
 */
class CliConvertersTest {
  private static final Pattern EXCLUDED = Pattern.compile(KubiyaRunnerCli.EXCLUDED_CONVERTER_TYPES);

  @Test
  void everyOptionOfAnExcludedTypeNamesItsConverter() {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    List<CommandSpec> specs = new ArrayList<>();
    collect(KubiyaRunnerCli.newCommandLine().getCommandSpec(), specs);
    for (CommandSpec spec : specs) {
      for (ArgSpec arg : spec.args()) {
        List<Class<?>> types = new ArrayList<>(List.of(arg.auxiliaryTypes()));
        types.add(arg.type());
        for (Class<?> type : types) {
          if (EXCLUDED.matcher(type.getName()).matches()) {
            checked++;
            if (arg.converters().length == 0) {
              missing.add(spec.qualifiedName() + " " + arg);
            }
          }
        }
      }
    }
    assertTrue(checked >= 4, "the CLI has Duration options: " + checked);
    assertEquals(List.of(), missing, "options of java.time or java.sql types without a converter");
  }

  private static void collect(CommandSpec spec, List<CommandSpec> into) {
    into.add(spec);
    for (CommandLine sub : spec.subcommands().values()) {
      collect(sub.getCommandSpec(), into);
    }
  }

  @Test
  void durationsParseWithTheBuiltInConvertersLeftOut() {
    String before = System.getProperty(KubiyaRunnerCli.CONVERTERS_EXCLUDES);
    System.setProperty(
        KubiyaRunnerCli.CONVERTERS_EXCLUDES, KubiyaRunnerCli.EXCLUDED_CONVERTER_TYPES);
    try {
      String[] args = {"install", "--release", "r", "--wait-for-lock", "90s", "--timeout", "2m"};
      CommandLine.ParseResult parsed = KubiyaRunnerCli.newCommandLine(args).parseArgs(args);
      CommandLine.ParseResult install = parsed.subcommand();
      assertEquals(
          java.time.Duration.ofSeconds(90),
          install.matchedOption("--wait-for-lock").getValue(),
          "--wait-for-lock");
      assertEquals(java.time.Duration.ofMinutes(2), install.matchedOption("--timeout").getValue());
    } finally {
      if (before == null) {
        System.clearProperty(KubiyaRunnerCli.CONVERTERS_EXCLUDES);
      } else {
        System.setProperty(KubiyaRunnerCli.CONVERTERS_EXCLUDES, before);
      }
    }
  }
}
