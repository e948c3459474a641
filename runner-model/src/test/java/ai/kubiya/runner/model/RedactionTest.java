package ai.kubiya.runner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.validation.Finding;
import ai.kubiya.runner.model.validation.RunnerValidator;
import ai.kubiya.runner.model.validation.ValidationReport;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.model.values.ValuesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets never show in {@code toString()}, findings or exceptions. */
class RedactionTest {
  private static final String JWT =
      "eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.SECRET-RUNNER-JWT";
  private static final String SECOND_JWT = "SECRET-CUSTOMER-JWT-c2Vjb25k";
  private static final String TLS_KEY = "LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0tSECRET";
  private static final String CRT = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tPUBLIC";

  private static RunnerValues withSecrets() {
    RunnerValues d = RunnerValues.defaults();
    return d.withNats(d.nats().withJwt(JWT).withSecondJwt(SECOND_JWT).withSubject("acme.runner"))
        .withRegistryTls(d.registryTls().withCrt(CRT).withKey(TLS_KEY));
  }

  private static void assertNoSecret(String text) {
    for (String secret : new String[] {JWT, SECOND_JWT, TLS_KEY}) {
      assertFalse(text.contains(secret), () -> "a secret shows in: " + text);
    }
  }

  @Test
  void natsValuesToStringMasksBothCredentials() {
    String shown = withSecrets().nats().toString();
    assertNoSecret(shown);
    assertTrue(shown.contains(Secrets.MASK), shown);
    assertTrue(shown.contains("acme.runner"), "non-secret values still show: " + shown);
  }

  @Test
  void registryTlsToStringMasksTheKeyButNotTheCertificate() {
    String shown = withSecrets().registryTls().toString();
    assertNoSecret(shown);
    assertTrue(shown.contains(CRT), shown);
  }

  @Test
  void runnerValuesAndRunnerConfigToStringMaskSecrets() {
    RunnerValues values = withSecrets();
    assertNoSecret(values.toString());
    assertNoSecret(RunnerConfig.of("demo", "kubiya", values).toString());
    assertTrue(RunnerConfig.of("demo", "kubiya", values).toString().contains("demo"));
  }

  @Test
  void componentEnvironmentVariablesWithSecretNamesAreMasked() {
    RunnerValues values =
        RunnerConfigLoader.create()
            .valuesYaml(
                "env.yaml",
                "toolManager:\n  env:\n    GITHUB_TOKEN: ghp-SECRET-github-token\n"
                    + "agentManager:\n  env:\n    OPENAI_API_KEY: sk-SECRET-openai\n")
            .load()
            .values();
    for (String shown :
        new String[] {
          values.toString(), values.toolManager().toString(), values.agentManager().toString()
        }) {
      assertFalse(shown.contains("ghp-SECRET-github-token"), shown);
      assertFalse(shown.contains("sk-SECRET-openai"), shown);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AZURE_CLIENT_SECRET",
        "AZURE_TOKEN_URL",
        "DB_PASSWORD",
        "API_KEY",
        "api_key",
        "Github_Token"
      })
  void envVarValuesWithSecretNamesMaskTheirValue(String name) {
    EnvVarValues env = EnvVarValues.builder().name(name).value("s3cr3t-value-123").build();
    assertTrue(env.isSecret());
    assertFalse(env.toString().contains("s3cr3t-value-123"), env.toString());
    assertTrue(env.toString().contains(name), env.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"AZURE_REMOTE_WRITE_URL", "AZURE_CLIENT_ID", "ENVIRONMENT"})
  void envVarValuesWithOrdinaryNamesShowTheirValue(String name) {
    EnvVarValues env = EnvVarValues.builder().name(name).value("visible-value").build();
    assertFalse(env.isSecret());
    assertTrue(env.toString().contains("visible-value"), env.toString());
  }

  @Test
  void alloyExtraEnvSecretsAreMaskedInsideRunnerValues() {
    RunnerValues values =
        RunnerConfigLoader.create()
            .valuesYaml(
                "alloy.yaml",
                "alloy:\n  alloy:\n    extraEnv:\n    - name: AZURE_CLIENT_SECRET\n"
                    + "      value: azure-SECRET-value\n")
            .load()
            .values();
    assertFalse(values.toString().contains("azure-SECRET-value"));
  }

  @Test
  void placeholderFindingsOnSecretsDoNotEchoTheValue() {
    String placeholder = "<paste-the-runner-jwt-here>";
    RunnerValues d = RunnerValues.defaults();
    RunnerConfig config =
        RunnerConfig.of(
            "demo", "kubiya", d.withNats(d.nats().withJwt(placeholder).withSecondJwt(placeholder)));
    ValidationReport report = RunnerValidator.standard().validate(config);
    assertTrue(
        report.findings().stream()
            .anyMatch(f -> f.path().equals("nats.jwt") && f.message().contains("placeholder")),
        report.toString());
    for (Finding f : report.findings()) {
      assertFalse(f.toString().contains(placeholder), f.toString());
    }
  }

  @Test
  void placeholderFindingsOnSecretLikeEnvironmentVariablesDoNotEchoTheValue() {
    RunnerConfig config =
        RunnerConfigLoader.create()
            .release("demo")
            .valuesYaml("env.yaml", "toolManager:\n  env:\n    API_TOKEN: <my-TOKEN-value>\n")
            .load();
    ValidationReport report = RunnerValidator.standard().validate(config);
    assertTrue(
        report.findings().stream().anyMatch(f -> f.path().equals("toolManager.env.API_TOKEN")),
        report.toString());
    assertFalse(report.toString().contains("<my-TOKEN-value>"), report.toString());
  }

  @Test
  void noFindingOfAFullValidationEchoesASecret() {
    ValidationReport report =
        RunnerValidator.standard()
            .strict()
            .validate(RunnerConfig.of("Bad_Release", "kubiya", withSecrets()));
    assertTrue(report.hasErrors());
    assertNoSecret(report.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"nats.jwt", "nats.secondJwt", "registryTls.key"})
  void wrongTypeErrorsOnSecretPathsDoNotEchoTheValue(String path) {
    String[] keys = path.split("\\.");
    String yaml = keys[0] + ":\n  " + keys[1] + ": [" + JWT + "]\n";
    ValuesException e =
        assertThrows(
            ValuesException.class,
            () -> RunnerConfigLoader.create().valuesYaml("s.yaml", yaml).load());
    assertEquals(path, e.path());
    assertFalse(e.getMessage().contains(JWT), e.getMessage());
  }

  @Test
  void wrongTypeErrorsOnSecretPathsWithAMapDoNotEchoTheValue() {
    ValuesException e =
        assertThrows(
            ValuesException.class,
            () ->
                RunnerConfigLoader.create()
                    .valuesYaml("s.yaml", "nats:\n  jwt:\n    token: " + JWT + "\n")
                    .load());
    assertEquals("nats.jwt: expected a string, got a map", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"nats.jwt", "nats.secondJwt", "registryTls.key", "toolManager.env.API_TOKEN"})
  void malformedSetExpressionsOnSecretsNameTheKeyButNotTheValue(String key) {
    ValuesException e =
        assertThrows(
            ValuesException.class, () -> RunnerConfigLoader.create().set(key + "={" + JWT));
    assertTrue(e.getMessage().contains(key), e.getMessage());
    assertFalse(e.getMessage().contains(JWT), e.getMessage());
  }
}
