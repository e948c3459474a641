package ai.kubiya.runner.model.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Binding errors name the full path and a reason, never the value (issue 11: 17, 21). */
class BindingErrorsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "imagePullSecrets[2]=x | imagePullSecrets[0]: empty list element (an index past "
            + "the end of a list leaves the elements before it empty)",
        "agentManager.volumes[5].name=x | agentManager.volumes[0]: empty list element "
            + "(an index past the end of a list leaves the elements before it empty)",
        "alloy.enabled=0 | alloy.enabled: expected true or false, got a number",
        "dagger.enabled=0 | dagger.enabled: expected true or false, got a number",
        "kubestatemetrics.enabled=CANARY | kubestatemetrics.enabled: "
            + "expected true or false, got a string",
        "agentManager.replicas=CANARY | agentManager.replicas: expected an integer, got a string",
      })
  void errorsNameTheFullPathAndTheReason(String set, String message) {
    ValuesException e =
        assertThrows(ValuesException.class, () -> RunnerConfigLoader.create().set(set).load());
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "alloy:\\n  enabled: \"false\"\\n | alloy.enabled: expected true or false, got a string",
        "dagger:\\n  enabled: 0\\n | dagger.enabled: expected true or false, got a number",
      })
  void aSubchartSwitchOfTheWrongTypeIsRefused(String yaml, String message) {
    ValuesException e =
        assertThrows(
            ValuesException.class,
            () ->
                RunnerConfigLoader.create().valuesYaml("v.yaml", yaml.replace("\\n", "\n")).load());
    assertEquals(message, e.getMessage());
    assertFalse(e.getMessage().contains("CANARY"));
  }
}
