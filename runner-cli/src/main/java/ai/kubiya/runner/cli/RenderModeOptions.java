package ai.kubiya.runner.cli;

import ai.kubiya.runner.naming.ClusterScopedNames;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --cluster-scoped-names chart|release}, for every command that renders: {@code chart}
 * (default) keeps chart 0.6.2's fixed ClusterRole names, {@code release} names them per release and
 * namespace so several runners share a cluster (docs/divergences.md, section 3).
 */
final class RenderModeOptions {
  @Option(
      names = "--cluster-scoped-names",
      paramLabel = "chart|release",
      defaultValue = "chart",
      converter = ModeConverter.class,
      completionCandidates = ModeCandidates.class,
      description =
          "Names of ClusterRoles and their bindings: chart (default, chart 0.6.2's fixed names, "
              + "one runner per cluster) or release (unique per release and namespace).")
  ClusterScopedNames clusterScopedNames = ClusterScopedNames.CHART;

  /** {@code chart} or {@code release}; anything else is a usage error (exit 2). */
  static final class ModeConverter implements ITypeConverter<ClusterScopedNames> {
    @Override
    public ClusterScopedNames convert(String value) {
      return switch (value) {
        case "chart" -> ClusterScopedNames.CHART;
        case "release" -> ClusterScopedNames.RELEASE;
        default ->
            throw new TypeConversionException("'" + value + "' is not one of chart, release");
      };
    }
  }

  /** The completion candidates. */
  static final class ModeCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("chart", "release").iterator();
    }
  }
}
