package ai.kubiya.runner.cli;

import ai.kubiya.runner.dashboards.provision.DashboardConfigMaps;
import ai.kubiya.runner.dashboards.runner.RunnerDashboards;
import ai.kubiya.runner.manifests.ManifestSet;
import ai.kubiya.runner.manifests.ManifestYaml;
import ai.kubiya.runner.manifests.RunnerManifests;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.io.AtomicFiles;
import ai.kubiya.runner.model.validation.ValidationReport;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code render}: the runner's Kubernetes objects as YAML on stdout, or one file per object in a
 * directory. Invalid values: the validation report on stderr, exit 1, and no output at all.
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render the runner's Kubernetes objects as YAML (like helm template).")
final class RenderCommand implements Callable<Integer> {
  @Mixin ReleaseOptions release;
  @Mixin RenderModeOptions renderMode;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "Write one file per object into DIR instead of stdout.")
  Path outputDir;

  @Option(
      names = "--with-dashboards",
      description =
          "Also render the nine Grafana dashboards as ConfigMaps for Grafana's "
              + "dashboard sidecar (label grafana_dashboard: \"1\").")
  boolean withDashboards;

  @Option(
      names = "--dashboards-folder",
      paramLabel = "FOLDER",
      defaultValue = "Customer Runners",
      description = "Grafana folder of the dashboard ConfigMaps (default: ${DEFAULT-VALUE}).")
  String dashboardsFolder;

  /** The names render --output-dir gives its files. */
  private static final java.util.regex.Pattern RENDERED =
      java.util.regex.Pattern.compile("\\d{2,}-[a-z0-9]+-[^/]+\\.yaml");

  @Spec CommandSpec spec;

  private ManifestSet withDashboards(ManifestSet set, String namespace) {
    List<HasMetadata> all = new ArrayList<>(set.objects());
    all.addAll(
        DashboardConfigMaps.builder()
            .namespace(namespace)
            .folder(dashboardsFolder)
            .build()
            .configMaps(RunnerDashboards.build(RunnerDashboards.CHART_DATASOURCE_UID)));
    return ManifestSet.of(all);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<RunnerConfig> loaded = ReleaseConfig.load(release, err);
    if (loaded.isEmpty()) {
      return CliErrors.FAILED;
    }
    RunnerConfig config = loaded.get();
    // the same validation as validate, plan and install: what validate passes renders
    ValidationReport report = Validation.validator(false).validate(config);
    report.findings().forEach(err::println);
    err.flush();
    if (report.hasErrors()) {
      return CliErrors.FAILED;
    }
    ManifestSet set =
        RunnerManifests.of(config)
            .skipValidation()
            .clusterScopedNames(renderMode.clusterScopedNames)
            .build();
    if (withDashboards) {
      set = withDashboards(set, config.namespace());
    }
    if (outputDir == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(set.toYaml());
      out.flush();
      return CliErrors.OK;
    }
    Map<String, String> files = new LinkedHashMap<>();
    int index = 0;
    for (HasMetadata object : set) {
      String file =
          String.format(
              Locale.ROOT,
              "%02d-%s-%s.yaml",
              index++,
              object.getKind().toLowerCase(Locale.ROOT),
              object.getMetadata().getName());
      files.put(file, ManifestYaml.render(object));
    }
    // all or nothing, and no stale files: an earlier render's files are replaced as a whole; a
    // directory holding anything else is refused
    AtomicFiles.replaceFiles(outputDir, files, name -> RENDERED.matcher(name).matches());
    err.println("wrote " + set.size() + " objects to " + outputDir);
    err.flush();
    return CliErrors.OK;
  }
}
