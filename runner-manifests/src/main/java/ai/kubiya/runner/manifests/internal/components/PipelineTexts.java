package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.telemetry.alloy.RunnerPipeline;
import ai.kubiya.runner.telemetry.alloy.RunnerPipelineSettings;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyStrings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runner's pipeline text, memoized by shape. Building and formatting the pipeline (as {@code
 * alloy fmt} would) is the costliest step of a render, yet across a fleet only a few strings
 * differ: the namespace, the release name and the organization, each only ever inside string
 * literals. So the pipeline is formatted once per shape with placeholders, and each render
 * substitutes the escaped strings. {@code PipelineTextsTest} proves the result equals a direct
 * render.
 */
final class PipelineTexts {
  private static final String NAMESPACE = "@@kubiya-runner-namespace@@";
  private static final String RELEASE = "@@kubiya-runner-release@@";
  private static final String ORGANIZATION = "@@kubiya-runner-organization@@";
  private static final int MAX_SHAPES = 256;
  private static final Map<RunnerPipelineSettings, String> TEMPLATES = new ConcurrentHashMap<>();

  private PipelineTexts() {}

  static String render(RunnerPipelineSettings settings) {
    RunnerPipelineSettings shape =
        RunnerPipelineSettings.builder()
            .from(settings)
            .namespace(NAMESPACE)
            .release(RELEASE)
            .organization(ORGANIZATION)
            .build();
    String template = TEMPLATES.get(shape);
    if (template == null) {
      if (TEMPLATES.size() >= MAX_SHAPES) {
        TEMPLATES.clear();
      }
      template = RunnerPipeline.render(shape);
      TEMPLATES.put(shape, template);
    }
    return template
        .replace(NAMESPACE, literalBody(settings.namespace()))
        .replace(RELEASE, literalBody(settings.release()))
        .replace(ORGANIZATION, literalBody(settings.organization()));
  }

  /** The text of a value inside an Alloy string literal: escaped, without the quotes. */
  private static String literalBody(String value) {
    String quoted = AlloyStrings.quote(value);
    return quoted.substring(1, quoted.length() - 1);
  }
}
