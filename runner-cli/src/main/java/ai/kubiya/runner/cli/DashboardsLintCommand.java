package ai.kubiya.runner.cli;

import ai.kubiya.runner.dashboards.lint.DashboardLint;
import ai.kubiya.runner.dashboards.lint.GrafanaBuiltins;
import ai.kubiya.runner.dashboards.lint.LiveLint;
import ai.kubiya.runner.dashboards.lint.LiveLintReport;
import ai.kubiya.runner.dashboards.lint.PrometheusApi;
import ai.kubiya.runner.dashboards.lint.PromqlChecker;
import ai.kubiya.runner.dashboards.lint.Promtool;
import ai.kubiya.runner.dashboards.lint.StructuralCheck;
import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.model.validation.ValidationReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kubiya-runner dashboards lint [--prometheus URL]}: without a Prometheus, checks that every
 * query parses (with promtool when installed); with one, runs every query and lists the panels that
 * would show "No data".
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = {
      "Check every query of the dashboards, template variables substituted.",
      "Without --prometheus: the queries must parse (promtool check rules "
          + "when promtool is installed).",
      "With --prometheus: the queries must run; panels whose queries all "
          + "come back empty are listed."
    })
final class DashboardsLintCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--prometheus",
      paramLabel = "URL",
      description = "A Prometheus to run the queries against.")
  String prometheus;

  @Option(
      names = "--range",
      paramLabel = "DURATION",
      defaultValue = "1h",
      converter = DurationConverter.class,
      description =
          "Time range of the queries against Prometheus, as in Grafana's "
              + "picker (default: ${DEFAULT-VALUE}).")
  Duration range;

  @CommandLine.Mixin DatasourceOption datasource = new DatasourceOption();

  @Override
  public Integer call() {
    List<Dashboard> dashboards = datasource.dashboards();
    PrintWriter out = spec.commandLine().getOut();
    int code = prometheus == null ? offline(dashboards, out) : live(dashboards, out);
    out.flush();
    return code;
  }

  private int offline(List<Dashboard> dashboards, PrintWriter out) {
    PromqlChecker checker =
        Promtool.onPath().map(p -> (PromqlChecker) p).orElseGet(StructuralCheck::new);
    DashboardLint lint = DashboardLint.with(checker);
    int queries = lint.substitute(dashboards).size();
    ValidationReport report = lint.check(dashboards);
    report.findings().forEach(out::println);
    out.println(
        queries
            + " queries of "
            + dashboards.size()
            + " dashboards checked with "
            + checker.name()
            + ": "
            + report.errors().size()
            + " errors, "
            + report.warnings().size()
            + " warnings");
    return report.hasErrors() ? CliErrors.FAILED : CliErrors.OK;
  }

  private int live(List<Dashboard> dashboards, PrintWriter out) {
    LiveLint lint =
        LiveLint.against(PrometheusApi.of(prometheus))
            .withBuiltins(GrafanaBuiltins.of(Duration.ofMinutes(1), Duration.ofMinutes(4), range));
    LiveLintReport report = lint.run(dashboards);
    ValidationReport findings = report.toValidationReport();
    findings.findings().forEach(out::println);
    out.println(
        report.outcomes().size()
            + " queries of "
            + dashboards.size()
            + " dashboards run against "
            + prometheus
            + ": "
            + report.errors().size()
            + " failed, "
            + report.noDataPanels().size()
            + " panels would show \"No data\"");
    return findings.hasErrors() ? CliErrors.FAILED : CliErrors.OK;
  }
}
