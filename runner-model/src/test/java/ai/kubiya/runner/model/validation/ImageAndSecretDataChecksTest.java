package ai.kubiya.runner.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Image references and Secret data are checked before anything renders (issue 11: 18, 20). */
class ImageAndSecretDataChecksTest {
  private static List<Finding> errors(String set) {
    RunnerConfig config = RunnerConfigLoader.create().release("r").setString(set).load();
    return RunnerValidator.standard().with(new SecretDataChecks()).validate(config).errors();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "agentManager.image.tag=v1 latest | agentManager.image.tag",
        "agentManager.image.repository=ghcr.io/x:y@z | agentManager.image.repository",
        "toolManager.image.repository=GHCR.io/Upper | toolManager.image.repository",
        "dagger.engine.image.ref=registry.dagger.io/engine:v0.1 x | dagger.engine.image.ref",
        "kubestatemetrics.image.tag=-bad | kubestatemetrics.image.tag",
      })
  void badImageReferencesAreErrors(String set, String path) {
    List<Finding> errors = errors(set);
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(path, errors.get(0).path());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "agentManager.image.tag=v1.2.3_rc-1",
        "agentManager.image.repository=localhost:5000/a/b-c__d",
        "dagger.engine.image.ref=registry.dagger.io/engine:v0.18.10"
            + "@sha256:0123456789abcdef0123456789abcdef",
      })
  void goodImageReferencesPass(String set) {
    assertEquals(List.of(), errors(set));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nats.jwt", "nats.secondJwt", "registryTls.crt", "registryTls.key"})
  void invalidBase64InSecretDataIsAnErrorThatNeverShowsTheValue(String path) {
    List<Finding> errors = errors(path + "=not base64 CANARY");
    assertEquals(1, errors.size(), errors.toString());
    assertEquals(path, errors.get(0).path());
    assertEquals(
        "is not valid base64 (Secret data must be base64-encoded)", errors.get(0).message());
    assertFalse(errors.toString().contains("CANARY"));
    assertTrue(errors(path + "=aGVsbG8gd29ybGQ=").isEmpty());
  }
}
