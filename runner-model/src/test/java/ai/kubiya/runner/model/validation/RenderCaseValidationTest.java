package ai.kubiya.runner.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.ReferenceData;
import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import ai.kubiya.runner.testfixtures.RenderCase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value set Helm rendered validates without errors. */
class RenderCaseValidationTest {
  static List<RenderCase> cases() {
    return ReferenceData.renderCases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void renderCasesHaveNoErrors(RenderCase renderCase) {
    ValidationReport report = RunnerValidator.standard().validate(ReferenceData.load(renderCase));
    assertTrue(report.errors().isEmpty(), () -> renderCase + ":\n" + report);
  }

  @Test
  void theReadmeReleaseNameDeploymentXIsRefused() {
    RenderCase defaults = ConformanceFixtures.renderCase("default");
    RunnerConfig config =
        RunnerConfigLoader.create()
            .release("deploymentX")
            .namespace("kubiya")
            .valuesFiles(defaults.valuesFiles())
            .load();
    List<Finding> errors = RunnerValidator.standard().validate(config).errors();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals("release", errors.get(0).path());
    assertTrue(
        errors.get(0).message().startsWith("'deploymentX' is not a valid Helm release name"),
        errors.get(0).message());
  }

  @Test
  void theCiValuesMisspellingOfKubestatemetricsIsReported() {
    RenderCase ci = ConformanceFixtures.renderCase("ci-test-values");
    ValidationReport report = RunnerValidator.standard().validate(ReferenceData.load(ci));
    assertTrue(
        report.warnings().stream()
            .anyMatch(
                f ->
                    f.path().equals("kubeStateMetrics")
                        && f.message().endsWith("did you mean 'kubestatemetrics'?")),
        report::toString);
  }

  @Test
  void theDefaultCasePlaceholdersAreWarnings() {
    RenderCase defaults = ConformanceFixtures.renderCase("default");
    ValidationReport report = RunnerValidator.standard().validate(ReferenceData.load(defaults));
    List<String> paths =
        report.warnings().stream().map(Finding::path).collect(java.util.stream.Collectors.toList());
    assertTrue(
        paths.containsAll(
            List.of("uuid", "organization", "nats.jwt", "nats.secondJwt", "nats.subject")),
        paths::toString);
    assertTrue(paths.contains("alloy.alloy.extraEnv[2].value"), paths::toString);
  }
}
