package ai.kubiya.runner.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kubiya-runner} command line. Exit codes are a public contract: 0 ok, 1 refused or
 * failed, 2 usage error.
 */
@Command(
    name = "kubiya-runner",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description =
        "Render, check and deploy Kubiya Runners: the kubiya-runner Helm chart 0.6.2, in Java.")
public final class KubiyaRunnerCli implements Runnable {
  /**
   * The subcommands by name, in help order. Registered here rather than in {@code @Command} so that
   * a command line builds only the subcommand it runs: picocli reflects over every registered
   * command class when it builds its model, and {@code render} need not pay for the deployer's.
   * {@code KubiyaRunnerCliTest} checks the names against the classes' annotations.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /** Subcommands that print the whole command tree. */
  private static final Set<String> FULL_TREE = Set.of("help", "completion");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("help", CommandLine.HelpCommand.class);
    all.put("validate", ValidateCommand.class);
    all.put("names", NamesCommand.class);
    all.put("render", RenderCommand.class);
    all.put("nats", NatsCommand.class);
    all.put("alloy", AlloyCommand.class);
    all.put("telemetry", TelemetryCommand.class);
    all.put("plan", PlanCommand.class);
    all.put("install", InstallCommand.class);
    all.put("upgrade", UpgradeCommand.class);
    all.put("status", StatusCommand.class);
    all.put("history", HistoryCommand.class);
    all.put("rollback", RollbackCommand.class);
    all.put("uninstall", UninstallCommand.class);
    all.put("list", ListCommand.class);
    all.put("get", GetCommand.class);
    all.put("completion", CompletionCommand.class);
    all.put("dashboards", DashboardsCommand.class);
    all.put("audit", AuditCommand.class);
    all.put("helm", HelmCommand.class);
    all.put("diff", DiffCommand.class);
    all.put("drift", DriftCommand.class);
    all.put("watch", WatchCommand.class);
    return Collections.unmodifiableMap(all);
  }

  /**
   * picocli's system property naming the built-in converters it does not register: those for
   * java.time and java.sql types, which it looks up by reflection (initializing 20-odd JDK classes)
   * on every start. No option of this CLI uses them: each {@code Duration} option names its own
   * converter ({@code CliConvertersTest}).
   */
  static final String CONVERTERS_EXCLUDES = "picocli.converters.excludes";

  /** The types whose built-in converters picocli leaves out (a regular expression). */
  static final String EXCLUDED_CONVERTER_TYPES = "java\\.(time|sql)\\..*";

  /** Runs the CLI and exits with its exit code. */
  public static void main(String[] args) {
    java.util.OptionalInt quick = QuickAnswers.answer(args, System.out);
    if (quick.isPresent()) {
      System.exit(quick.getAsInt());
    }
    leaveOutUnusedConverters();
    System.exit(run(args));
  }

  /** Sets {@link #CONVERTERS_EXCLUDES} for this process, unless it is set already. */
  static void leaveOutUnusedConverters() {
    if (System.getProperty(CONVERTERS_EXCLUDES) == null) {
      System.setProperty(CONVERTERS_EXCLUDES, EXCLUDED_CONVERTER_TYPES);
    }
  }

  /** Runs the CLI and returns its exit code, for tests and embedding. */
  public static int run(String... args) {
    return newCommandLine(args).execute(args);
  }

  /**
   * A configured command line with every subcommand: one-line errors, no stack traces, exit codes
   * 0, 1 and 2.
   */
  public static CommandLine newCommandLine() {
    return configured(SUBCOMMANDS.keySet());
  }

  /**
   * A configured command line for running {@code args}: with only the subcommand they name when
   * they name one, none for {@code --version}, every one otherwise (help, usage errors). It behaves
   * as {@link #newCommandLine()} does for these arguments, and starts faster.
   */
  public static CommandLine newCommandLine(String... args) {
    return configured(subcommandsFor(args));
  }

  /** The names of the subcommands a command line for {@code args} needs. */
  static Collection<String> subcommandsFor(String... args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        // help and completion print the whole tree; an alias (ls) or a typo: the full command line
        return SUBCOMMANDS.containsKey(arg) && !FULL_TREE.contains(arg)
            ? List.of(arg)
            : SUBCOMMANDS.keySet();
      }
      if (!arg.equals("--version") && !arg.equals("-V")) {
        return SUBCOMMANDS.keySet(); // help, or a usage error that lists the subcommands
      }
    }
    return args.length == 0 ? SUBCOMMANDS.keySet() : List.of();
  }

  private static CommandLine configured(Collection<String> subcommands) {
    return configured(subcommands, KubiyaRunnerCli::indexed);
  }

  /**
   * A command line with these subcommands, each command's model made by {@code commands}: from the
   * build's index ({@link CommandIndex}) or, for tests, from the annotations.
   */
  static CommandLine configured(
      Collection<String> subcommands, Function<Class<?>, CommandLine> commands) {
    CommandLine cli = commands.apply(KubiyaRunnerCli.class);
    for (String name : subcommands) {
      cli.addSubcommand(name, commands.apply(SUBCOMMANDS.get(name)));
    }
    // after the subcommands: picocli passes these settings to the subcommands present
    cli.setExecutionExceptionHandler(new CliErrors());
    cli.setExitCodeExceptionMapper(CliErrors::exitCode);
    CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler(
        (e, args) -> {
          scrubStderr(e.getCommandLine().getCommandSpec().root().commandLine());
          CliSecrets.begin();
          return usage.handleParseException(e, args);
        });
    CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
    cli.setExecutionStrategy(
        parseResult -> {
          // stderr is scrubbed of every known secret, whatever writes to it
          CommandLine root = parseResult.commandSpec().root().commandLine();
          scrubStderr(root);
          CliSecrets.begin();
          try {
            return runLast.execute(parseResult);
          } finally {
            root.getErr().flush();
          }
        });
    return cli;
  }

  /** A command line for {@code type} from the build's index, else from its annotations. */
  private static CommandLine indexed(Class<?> type) {
    CommandLine indexed = CommandIndex.commandLine(type);
    return indexed != null ? indexed : annotated(type);
  }

  /** A command line for {@code type} built from its annotations. */
  static CommandLine annotated(Class<?> type) {
    return new CommandLine(type);
  }

  private static void scrubStderr(CommandLine root) {
    if (!(root.getErr() instanceof ScrubbingPrintWriter)) {
      root.setErr(new ScrubbingPrintWriter(root.getErr()));
    }
  }

  /** A print writer whose lines pass through a {@link ScrubbingWriter}. */
  private static final class ScrubbingPrintWriter extends java.io.PrintWriter {
    ScrubbingPrintWriter(java.io.Writer target) {
      super(new ScrubbingWriter(target), true);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
