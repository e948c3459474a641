package ai.kubiya.runner.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule of {@link RunnerValidator#standard()}: a value that triggers it and one that does not.
 */
class RunnerValidatorTest {
  /** Values with every required setting filled in: the standard checks find nothing. */
  static final String CLEAN =
      "organization: acme\n"
          + "uuid: 0b7c3f6e-1c2d-4e5f-8a9b-0c1d2e3f4a5b\n"
          + "nats:\n  jwt: cnVubmVyLWNyZWRz\n  secondJwt: "
          + "Y3VzdG9tZXItY3JlZHM=\n  subject: acme.runner\n"
          + "alloy:\n  alloy:\n    extraEnv:\n"
          + "    - {name: AZURE_REMOTE_WRITE_URL, value: 'https://prom.example/api/v1/write'}\n"
          + "    - {name: AZURE_CLIENT_ID, value: 8d1c0e4e-client}\n"
          + "    - {name: AZURE_CLIENT_SECRET, value: azure-secret-value}\n"
          + "    - {name: AZURE_TOKEN_URL, value: 'https://login.example/token'}\n";

  static RunnerConfigLoader clean() {
    return RunnerConfigLoader.create()
        .release("demo")
        .namespace("kubiya")
        .valuesYaml("clean.yaml", CLEAN);
  }

  static ValidationReport validate(RunnerConfigLoader loader) {
    return RunnerValidator.standard().validate(loader.load());
  }

  static ValidationReport validateWith(String... sets) {
    RunnerConfigLoader loader = clean();
    for (String s : sets) {
      loader.set(s);
    }
    return validate(loader);
  }

  static ValidationReport validateYaml(String yaml) {
    return validate(clean().valuesYaml("test.yaml", yaml));
  }

  static List<Finding> at(ValidationReport report, String path) {
    return report.findings().stream()
        .filter(f -> f.path().equals(path))
        .collect(Collectors.toList());
  }

  static Finding only(ValidationReport report, String path, Severity severity) {
    assertEquals(1, report.findings().size(), report::toString);
    Finding f = report.findings().get(0);
    assertEquals(path, f.path(), report::toString);
    assertEquals(severity, f.severity(), report::toString);
    return f;
  }

  @Test
  void cleanValuesHaveNoFindings() {
    ValidationReport report = validate(clean());
    assertTrue(report.isEmpty(), report::toString);
    assertFalse(report.hasErrors());
  }

  // --- release name and namespace ---

  @ParameterizedTest
  @ValueSource(strings = {"deploymentX", "my_release", "-x", "x-", "Demo"})
  void aReleaseNameHelmRefusesIsAnError(String release) {
    Finding f = only(validate(clean().release(release)), "release", Severity.ERROR);
    assertTrue(
        f.message().contains("'" + release + "' is not a valid Helm release name"), f.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"team.a", "runner.prod.eu"})
  void aDottedReleaseNameHelmAcceptsIsRefusedAsTheDeployerRefusesIt(String release) {
    assertTrue(Formats.isReleaseName(release), "Helm accepts " + release);
    Finding f = only(validate(clean().release(release)), "release", Severity.ERROR);
    assertTrue(f.message().contains("(no '.': objects are named after the release)"), f.message());
  }

  @Test
  void aReleaseNameLongerThan53IsAnError() {
    String release = "r".repeat(54);
    Finding f = only(validate(clean().release(release)), "release", Severity.ERROR);
    assertTrue(f.message().contains("longer than 53"), f.message());
  }

  @Test
  void anEmptyReleaseNameIsAnError() {
    Finding f = only(validate(clean().release("")), "release", Severity.ERROR);
    assertEquals("a release name is required", f.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"deployment-x", "my-release", "a"})
  void validReleaseNamesPass(String release) {
    assertTrue(validate(clean().release(release)).isEmpty());
    assertTrue(validate(clean().release("r".repeat(53))).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kubiya", "team.a", "-ns", "ns_1", ""})
  void aNamespaceThatIsNotAnRfc1123LabelIsAnError(String namespace) {
    only(validate(clean().namespace(namespace)), "namespace", Severity.ERROR);
    only(validate(clean().namespace("n".repeat(64))), "namespace", Severity.ERROR);
  }

  @Test
  void validNamespacesPass() {
    assertTrue(validate(clean().namespace("tenant-a")).isEmpty());
    assertTrue(validate(clean().namespace("n".repeat(63))).isEmpty());
  }

  // --- replicas ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kubiyaOperator.replicas",
        "agentManager.replicas",
        "toolManager.replicas",
        "kubestatemetrics.replicas",
        "alloy.controller.replicas",
        "imageUpdater.cronJob.successfulJobsHistoryLimit",
        "imageUpdater.cronJob.failedJobsHistoryLimit",
      })
  void negativeCountsAreErrorsAndZeroIsFine(String path) {
    Finding f = only(validateWith(path + "=-1"), path, Severity.ERROR);
    assertEquals("must be >= 0, got -1", f.message());
    assertTrue(validateWith(path + "=0").isEmpty());
  }

  // --- quantities ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kubiyaOperator.resources",
        "agentManager.resources",
        "toolManager.resources",
        "toolManager.sdkServer.resources",
        "dagger.engine.resources",
        "kubestatemetrics.resources",
        "alloy.resources",
        "alloy.alloy.resources",
      })
  void badQuantitiesAreErrorsWithTheirPath(String resources) {
    Finding cpu =
        only(
            validateWith(resources + ".limits.cpu=two"), resources + ".limits.cpu", Severity.ERROR);
    assertTrue(cpu.message().contains("'two' is not a Kubernetes quantity"), cpu.message());
    only(
        validateWith(resources + ".requests.memory=1GB"),
        resources + ".requests.memory",
        Severity.ERROR);
    assertTrue(
        validateWith(resources + ".limits.cpu=250m", resources + ".requests.memory=1Gi").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "-100m", "-1Gi"})
  void negativeQuantitiesAreErrors(String quantity) {
    Finding f =
        only(
            validateWith("agentManager.resources.limits.memory=" + quantity),
            "agentManager.resources.limits.memory",
            Severity.ERROR);
    assertEquals("must not be negative, got '" + quantity + "'", f.message());
  }

  // --- schedule ---

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0 0 * *|expected 5 fields",
        "61 0 * * *|minute field",
        "0 0 * * MONDAY|day-of-week field",
        "*/0 * * * *|step must be a positive number",
        "@fortnightly|unknown descriptor",
        "TZ=UTC 0 0 * * *|time zones are not allowed",
      })
  void anInvalidCronScheduleIsAnError(String schedule, String problem) {
    Finding f =
        only(
            validateYaml("imageUpdater:\n  cronJob:\n    schedule: '" + schedule + "'\n"),
            "imageUpdater.cronJob.schedule",
            Severity.ERROR);
    assertTrue(f.message().startsWith("invalid cron schedule '" + schedule + "': "), f.message());
    assertTrue(f.message().contains(problem), f.message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 * * * *", "*/15 2-4 * * mon-fri", "@hourly", "@every 6h"})
  void aValidCronScheduleIsFine(String schedule) {
    assertTrue(
        validateYaml("imageUpdater:\n  cronJob:\n    schedule: '" + schedule + "'\n").isEmpty());
  }

  // --- durations ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alloy.scrapeIntervals.default",
        "alloy.scrapeIntervals.runnerExporters",
        "alloy.scrapeIntervals.alloyExporter",
        "alloy.scrapeIntervals.blackboxExporter",
        "alloy.scrapeIntervals.kubeStateMetrics",
        "alloy.scrapeIntervals.cadvisor",
        "toolManager.env.KUBIYA_TOOL_TIMEOUT",
        "toolManager.env.KUBIYA_LONG_RUNNING_TOOL_TIMEOUT",
        "toolManager.sdkServer.env.KUBIYA_TOOL_TIMEOUT",
        "toolManager.sdkServer.env.KUBIYA_LONG_RUNNING_TOOL_TIMEOUT",
      })
  void goDurationsMustParse(String path) {
    Finding f = only(validateWith(path + "=1d"), path, Severity.ERROR);
    assertTrue(f.message().startsWith("'1d' is not a Go duration"), f.message());
    only(validateWith(path + "=60"), path, Severity.ERROR);
    assertTrue(validateWith(path + "=1h30m").isEmpty());
  }

  @Test
  void theDefaultScrapeIntervalIsRequiredTheOthersAreNot() {
    Finding f =
        only(
            validateWith("alloy.scrapeIntervals.default="),
            "alloy.scrapeIntervals.default",
            Severity.ERROR);
    assertTrue(f.message().startsWith("must be set"), f.message());
    assertTrue(
        validateWith("alloy.scrapeIntervals.cadvisor=", "toolManager.env.KUBIYA_TOOL_TIMEOUT=")
            .isEmpty());
  }

  // --- templates ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kubiyaOperator.env.X",
        "agentManager.env.X",
        "toolManager.env.X",
        "toolManager.sdkServer.env.X",
        "dagger.volumeMountsPostfix"
      })
  void unsupportedTemplatesAreErrorsAtTheValuesPath(String path) {
    String[] keys = path.split("\\.");
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < keys.length; i++) {
      yaml.append("  ".repeat(i))
          .append(keys[i])
          .append(i == keys.length - 1 ? ": '{{ include \"x\" . }}'\n" : ":\n");
    }
    Finding f = only(validateYaml(yaml.toString()), path, Severity.ERROR);
    assertTrue(
        f.message().startsWith("unsupported template expression at character 1 ("), f.message());
    assertFalse(f.message().contains("include"), f.message());

    String ok =
        yaml.toString()
            .replace("{{ include \"x\" . }}", "{{ .Release.Name }}-{{ .Values.organization }}");
    assertTrue(validateYaml(ok).isEmpty());
  }

  @Test
  void unclosedTemplatesAndPipelinesAreErrors() {
    ValidationReport report =
        validateYaml(
            "agentManager:\n  env:\n    A: 'x {{ .Values.uuid'\n"
                + "    B: '{{ .Values.organization | upper }}'\n");
    assertEquals(
        List.of("agentManager.env.A", "agentManager.env.B"),
        report.errors().stream().map(Finding::path).collect(Collectors.toList()));
  }

  @Test
  void theChartsOwnTemplatesAreSupported() {
    // Every templated default (TOOL_MANAGER_URL, NATS_SERVER, KUBIYA_RUNNER_NAME, ...) renders.
    assertTrue(validate(clean()).errors().isEmpty());
  }

  // --- identity and secrets ---

  @Test
  void aUuidThatIsNotAUuidIsAWarning() {
    Finding f = only(validateWith("uuid=test-uuid"), "uuid", Severity.WARNING);
    assertEquals("'test-uuid' is not a UUID", f.message());
    assertTrue(validateWith("uuid=F47AC10B-58CC-4372-A567-0E02B2C3D479").isEmpty());
  }

  @Test
  void anEmptyOrganizationIsAWarning() {
    only(validateWith("organization="), "organization", Severity.WARNING);
  }

  @Test
  void missingNatsCredentialsAreAWarningOnEachMissingOne() {
    Finding jwt = only(validateWith("nats.jwt="), "nats.jwt", Severity.WARNING);
    assertTrue(jwt.message().startsWith("is empty: NATS credentials are missing"), jwt.message());
    only(validateWith("nats.secondJwt="), "nats.secondJwt", Severity.WARNING);
    ValidationReport both = validateWith("nats.jwt=", "nats.secondJwt=");
    assertEquals(2, both.findings().size(), both::toString);
    assertEquals("nats.jwt", both.findings().get(0).path());
    assertEquals("nats.secondJwt", both.findings().get(1).path());
    assertTrue(
        both.findings().stream().allMatch(f -> f.severity() == Severity.WARNING), both::toString);
  }

  @Test
  void aOneSidedRegistryTlsPairIsAWarning() {
    Finding missingKey =
        only(validateWith("registryTls.key="), "registryTls.key", Severity.WARNING);
    assertTrue(
        missingKey.message().contains("only one part of the registry TLS pair"),
        missingKey.message());
    only(validateWith("registryTls.crt="), "registryTls.crt", Severity.WARNING);
    assertTrue(
        validateWith("registryTls.crt=", "registryTls.key=").isEmpty(), "no TLS at all is fine");
  }

  // --- placeholders ---

  @ParameterizedTest
  @ValueSource(
      strings = {"xxx", "XXXX", "changeme", "TODO", "tbd", "<your-org>", "${ORG}", "placeholder"})
  void placeholdersAreWarningsThatShowTheValue(String placeholder) {
    Finding f =
        only(
            validateWith("nats.subject=" + placeholder.replace(",", "\\,")),
            "nats.subject",
            Severity.WARNING);
    assertEquals(
        "looks like a placeholder '" + placeholder + "': set the real value before installing",
        f.message());
  }

  @Test
  void placeholdersInListsAndAlloyEnvAreFound() {
    ValidationReport report =
        validateWith("alloy.alloy.extraEnv[0].value=xxx", "imagePullSecrets[0]=xxx");
    assertEquals(
        List.of("imagePullSecrets[0]", "alloy.alloy.extraEnv[0].value"),
        report.findings().stream().map(Finding::path).collect(Collectors.toList()),
        report::toString);
    report.findings().forEach(f -> assertEquals(Severity.WARNING, f.severity()));
  }

  @Test
  void aPlaceholderUuidIsNotAlsoReportedAsNotAUuid() {
    ValidationReport report = validateWith("uuid=xxx");
    Finding f = only(report, "uuid", Severity.WARNING);
    assertTrue(f.message().startsWith("looks like a placeholder"), f.message());
  }

  @Test
  void subchartValuesAreNotCheckedForPlaceholders() {
    assertTrue(
        validateWith("dagger.engine.image.ref=xxx", "kubestatemetrics.image.tag=todo").isEmpty());
  }

  @Test
  void wordsThatMerelyContainPlaceholderTextAreFine() {
    assertTrue(validateWith("organization=xxx-corp", "nats.subject=todo.list").isEmpty());
  }

  // --- unknown keys ---

  @Test
  void anUnknownTopLevelKeyNearAKnownOneSuggestsIt() {
    Finding f =
        only(
            validateYaml("kubeStateMetrics:\n  enabled: false\n"),
            "kubeStateMetrics",
            Severity.WARNING);
    assertEquals("the chart never reads this key; did you mean 'kubestatemetrics'?", f.message());
  }

  @ParameterizedTest
  @CsvSource({
    "agentManager.replica, replicas",
    "toolManager.sdkServer.imag, image",
    "imageUpdater.cronJob.schedul, schedule",
    "nats.serverURL, serverUrl",
    "alloy.scrapeIntervals.cAdvisor, cadvisor",
  })
  void unknownNestedKeysSuggestTheNearestKnownKey(String path, String suggestion) {
    Finding f = only(validateWith(path + "=1"), path, Severity.WARNING);
    assertTrue(f.message().endsWith("did you mean '" + suggestion + "'?"), f.message());
  }

  @Test
  void anUnknownKeyFarFromAnyKnownOneHasNoSuggestion() {
    Finding f = only(validateWith("somethingElse=1"), "somethingElse", Severity.WARNING);
    assertEquals("the chart never reads this key", f.message());
  }

  @Test
  void subchartPassThroughKeysAreNotUnknown() {
    assertTrue(
        validateWith(
                "dagger.fullnameOverride=engine",
                "dagger.engine.hostPath=/var/lib/dagger",
                "kubestatemetrics.podAnnotations.a=b",
                "alloy.configReloader.enabled=false",
                "alloy.alloy.mounts.varlog=true",
                "alloy.controller.hostNetwork=true")
            .isEmpty());
  }

  // --- strict mode and the report ---

  @Test
  void strictModeTurnsWarningsIntoErrors() {
    RunnerConfig config =
        clean().set("uuid=test-uuid").set("kubeStateMetrics.enabled=false").load();
    ValidationReport lenient = RunnerValidator.standard().validate(config);
    ValidationReport strict = RunnerValidator.standard().strict().validate(config);
    assertFalse(lenient.hasErrors());
    assertEquals(2, lenient.warnings().size());
    assertTrue(strict.hasErrors());
    assertTrue(strict.warnings().isEmpty());
    assertEquals(
        lenient.findings().stream()
            .map(f -> f.path() + ": " + f.message())
            .collect(Collectors.toList()),
        strict.errors().stream()
            .map(f -> f.path() + ": " + f.message())
            .collect(Collectors.toList()));
    assertEquals(lenient.strict().findings(), strict.findings());
  }

  @Test
  void strictModeOfACleanConfigIsStillClean() {
    assertTrue(RunnerValidator.standard().strict().validate(clean().load()).isEmpty());
  }

  @Test
  void extraChecksJoinTheStandardOnes() {
    ConfigCheck custom =
        c -> List.of(Finding.warning("custom.path", "custom finding for " + c.release()));
    ValidationReport report = RunnerValidator.standard().with(custom).validate(clean().load());
    assertEquals(
        List.of(Finding.warning("custom.path", "custom finding for demo")), report.findings());
    assertTrue(
        RunnerValidator.standard().with(custom).strict().validate(clean().load()).hasErrors());
  }

  @Test
  void theReportPrintsOneFindingPerLine() {
    ValidationReport report = validate(clean().release("Bad").set("agentManager.replicas=-2"));
    assertEquals(
        "ERROR release: 'Bad' is not a valid Helm release name for the SDK: lowercase "
            + "letters, digits and '-' only (no '.': objects are named after the "
            + "release), starting and ending with a letter or digit\n"
            + "ERROR agentManager.replicas: must be >= 0, got -2",
        report.toString());
  }

  @Test
  void reportsCombine() {
    ValidationReport a = ValidationReport.of(List.of(Finding.error("a", "x")));
    ValidationReport b = ValidationReport.of(List.of(Finding.warning("b", "y")));
    ValidationReport both = a.plus(b);
    assertEquals(List.of(Finding.error("a", "x"), Finding.warning("b", "y")), both.findings());
    assertEquals(List.of(Finding.error("a", "x")), both.errors());
    assertEquals(List.of(Finding.warning("b", "y")), both.warnings());
    assertTrue(ValidationReport.empty().isEmpty());
    assertEquals(a.findings(), a.plus(ValidationReport.empty()).findings());
    assertEquals(b.findings(), ValidationReport.empty().plus(b).findings());
  }
}
