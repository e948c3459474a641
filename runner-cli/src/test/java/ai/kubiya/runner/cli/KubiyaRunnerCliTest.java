package ai.kubiya.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The lean command line (only the subcommand that runs) behaves as the full one. */
class KubiyaRunnerCliTest {
  @Test
  void subcommandNamesAreTheAnnotatedNames() {
    assertEquals(23, KubiyaRunnerCli.SUBCOMMANDS.size());
    for (Map.Entry<String, Class<?>> entry : KubiyaRunnerCli.SUBCOMMANDS.entrySet()) {
      Command command = entry.getValue().getAnnotation(Command.class);
      assertEquals(entry.getKey(), command.name(), entry.getValue().getName());
    }
  }

  @Test
  void buildsOnlyTheSubcommandThatRuns() {
    assertEquals(
        List.of("render"), List.copyOf(KubiyaRunnerCli.subcommandsFor("render", "--release", "r")));
    assertEquals(
        List.of("nats"), List.copyOf(KubiyaRunnerCli.subcommandsFor("nats", "inspect", "-")));
    assertEquals(List.of(), List.copyOf(KubiyaRunnerCli.subcommandsFor("--version")));
    assertEquals(KubiyaRunnerCli.SUBCOMMANDS.size(), KubiyaRunnerCli.subcommandsFor().size());
    assertEquals(
        KubiyaRunnerCli.SUBCOMMANDS.size(), KubiyaRunnerCli.subcommandsFor("--help").size());
    assertEquals(
        KubiyaRunnerCli.SUBCOMMANDS.size(), KubiyaRunnerCli.subcommandsFor("-h", "render").size());
    assertEquals(
        KubiyaRunnerCli.SUBCOMMANDS.size(),
        KubiyaRunnerCli.subcommandsFor("help", "render").size());
    assertEquals(
        KubiyaRunnerCli.SUBCOMMANDS.size(), KubiyaRunnerCli.subcommandsFor("rendr").size());
    assertEquals(
        KubiyaRunnerCli.SUBCOMMANDS.size(), KubiyaRunnerCli.subcommandsFor("completion").size());
    assertEquals(KubiyaRunnerCli.SUBCOMMANDS.size(), KubiyaRunnerCli.subcommandsFor("ls").size());
    CommandLine lean = KubiyaRunnerCli.newCommandLine("render", "--release", "r");
    assertEquals(List.of("render"), List.copyOf(lean.getSubcommands().keySet()));
  }

  static Stream<List<String>> commandLines() {
    return Stream.of(
        List.of(),
        List.of("--help"),
        List.of("-h", "render"),
        List.of("--version"),
        List.of("-V"),
        List.of("--version", "--bogus"),
        List.of("--bogus"),
        List.of("rendr"),
        List.of("help", "render"),
        List.of("render", "--help"),
        List.of("render", "--bogus"),
        List.of("render", "--release", "demo", "--namespace", "kubiya"),
        List.of(
            "render",
            "--release",
            "demo",
            "--namespace",
            "kubiya",
            "--set",
            "agentManager.replicas=x"),
        List.of("validate", "--release", "demo", "--namespace", "kubiya"),
        List.of("names", "--release", "demo"),
        List.of("nats"),
        List.of("nats", "inspect", "/nonexistent/creds"),
        List.of("alloy", "fmt"),
        List.of("install", "--bogus"),
        List.of("dashboards", "--help"),
        List.of("completion"),
        List.of("ls", "--help"),
        List.of("get", "--help"),
        List.of("audit", "--help"));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void leanCommandLineBehavesAsTheFullOne(List<String> args) {
    String[] argv = args.toArray(String[]::new);
    CliRun full = CliRun.of(KubiyaRunnerCli.newCommandLine(), argv);
    CliRun lean = CliRun.of(KubiyaRunnerCli.newCommandLine(argv), argv);
    assertEquals(full.exit(), lean.exit(), "exit of " + args);
    assertEquals(full.out(), lean.out(), "stdout of " + args);
    assertEquals(full.err(), lean.err(), "stderr of " + args);
    assertTrue(!full.out().isEmpty() || !full.err().isEmpty(), "no output at all for " + args);
  }
}
