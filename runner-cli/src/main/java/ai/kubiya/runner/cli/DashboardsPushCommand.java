package ai.kubiya.runner.cli;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.provision.GrafanaClient;
import ai.kubiya.runner.dashboards.provision.SaveRequest;
import ai.kubiya.runner.dashboards.provision.SaveResult;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kubiya-runner dashboards push --grafana URL}: creates or updates each dashboard by uid
 * through Grafana's HTTP API, with the service-account token in {@code GRAFANA_TOKEN}.
 */
@Command(
    name = "push",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = {
      "Create or update the dashboards in Grafana by uid (POST /api/dashboards/db).",
      "The service-account token is read from the environment variable GRAFANA_TOKEN."
    })
final class DashboardsPushCommand implements Callable<Integer> {
  static final String TOKEN_VARIABLE = "GRAFANA_TOKEN";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--grafana",
      required = true,
      paramLabel = "URL",
      description = "Grafana's URL, for example https://grafana.example.com.")
  String grafana;

  @Option(
      names = "--folder-uid",
      paramLabel = "UID",
      description = "Folder to save into (default: General).")
  String folderUid;

  @Option(
      names = "--message",
      paramLabel = "TEXT",
      defaultValue = "kubiya-runner dashboards push",
      description = "Version-history message (default: ${DEFAULT-VALUE}).")
  String message;

  @Option(
      names = "--overwrite",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Replace dashboards changed in Grafana since (default: on); with "
              + "--no-overwrite Grafana refuses them (412).")
  boolean overwrite;

  @CommandLine.Mixin DatasourceOption datasource = new DatasourceOption();

  /** Where the token comes from; the environment unless a test says otherwise. */
  Function<String, String> environment = System::getenv;

  @Override
  public Integer call() {
    String token = environment.apply(TOKEN_VARIABLE);
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException(
          TOKEN_VARIABLE + " is not set: push needs a Grafana service-account token");
    }
    GrafanaClient client = GrafanaClient.connect(grafana, token);
    PrintWriter out = spec.commandLine().getOut();
    for (Dashboard d : datasource.dashboards()) {
      SaveRequest request =
          SaveRequest.of(d)
              .withOverwrite(overwrite)
              .withMessage(message)
              .withFolderUid(Optional.ofNullable(folderUid));
      SaveResult saved = client.save(request);
      out.println("saved " + saved.uid() + " (version " + saved.version() + ") " + saved.url());
      out.flush();
    }
    return CliErrors.OK;
  }
}
