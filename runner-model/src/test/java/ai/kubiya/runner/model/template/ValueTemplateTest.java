package ai.kubiya.runner.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.internal.ValuesDocuments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The subset of Helm's {@code tpl} the chart's values use. */
class ValueTemplateTest {
  private static final ValueTemplate DEFAULTS =
      ValueTemplate.of(RunnerConfig.of("demo", "kubiya", RunnerValues.defaults()));

  private static ValueTemplate over(String valuesYaml) {
    return ValueTemplate.of("rel", "ns", ValuesDocuments.parse(valuesYaml, "values.yaml"));
  }

  private static String render(String text) {
    return DEFAULTS.render("test.path", text);
  }

  @Test
  void plainTextIsReturnedAsIs() {
    String text = "http://127.0.0.1:8000";
    assertSame(text, render(text));
    assertFalse(ValueTemplate.isTemplated(text));
    assertFalse(ValueTemplate.isTemplated(null));
    assertTrue(ValueTemplate.isTemplated("{{ .Release.Name }}"));
  }

  static Stream<Arguments> references() {
    return Stream.of(
        arguments("{{ .Values.organization }}", "testOrg"),
        arguments("{{ .Values.nats.serverUrl }}", "tls://connect.ngs.global"),
        arguments("{{ .Values.toolManager.serviceAccount.name }}", "kubiya-runner-tool-manager"),
        arguments("{{ .Values.dagger.additionalResources.service.port }}", "8080"),
        arguments("{{ .Release.Name }}", "demo"),
        arguments("{{ .Release.Namespace }}", "kubiya"),
        arguments("{{ .Chart.Name }}", "kubiya-runner"),
        arguments("{{ .Chart.Version }}", "0.6.2"),
        arguments("{{ .Chart.AppVersion }}", "0.6.2"),
        arguments("{{.Release.Name}}", "demo"),
        arguments("{{   .Release.Name\t}}", "demo"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("references")
  void referencesRenderTheirValue(String text, String expected) {
    assertEquals(expected, render(text));
  }

  @Test
  void literalTextMixesWithActions() {
    assertEquals(
        "http://tool-manager.kubiya:80",
        render(
            "http://tool-manager.{{ .Release.Namespace }}:{{ .Values.toolManager.service.port }}"));
    assertEquals(
        "tcp://dagger-engine-service:8080",
        render(
            "tcp://{{ .Values.dagger.additionalResources.service.name }}:"
                + "{{ .Values.dagger.additionalResources.service.port }}"));
    assertEquals("testOrg.", render("{{ .Values.organization }}.{{ .Values.runner_name }}"));
  }

  @Test
  void theReleaseServiceIsHelm() {
    assertEquals("Helm", render("{{ .Release.Service }}"));
  }

  static Stream<Arguments> trimming() {
    return Stream.of(
        arguments("a  {{- .Release.Name }}  b", "ademo  b"),
        arguments("a  {{ .Release.Name -}}  b", "a  demob"),
        arguments("a \n\t {{- .Release.Name -}} \n b", "ademob"),
        arguments("[ {{- .Values.missing -}} ]", "[]"),
        arguments("x{{- .Release.Name -}}y", "xdemoy"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("trimming")
  void dashesTrimAdjacentWhitespace(String text, String expected) {
    assertEquals(expected, render(text));
  }

  @Test
  void valuesAloneIsTheWholeTree() {
    assertEquals("map[a:map[b:1]]", over("a: {b: 1}").render("p", "{{ .Values }}"));
  }

  @Test
  void missingValuesRenderEmpty() {
    assertEquals("", render("{{ .Values.runner_name }}"));
    assertEquals("[]", render("[{{ .Values.nats.noSuchKey }}]"));
  }

  static Stream<Arguments> goPrinting() {
    return Stream.of(
        arguments("n: 80", "80"),
        arguments("n: -3", "-3"),
        arguments("n: 1.5", "1.5"),
        arguments("n: 2.0", "2"),
        arguments("n: 0.25", "0.25"),
        arguments("n: 1000000.0", "1e+06"),
        arguments("n: 123456.0", "123456"),
        arguments("n: 1234567.0", "1.234567e+06"),
        arguments("n: 0.00001", "1e-05"),
        arguments("n: 0.0001", "0.0001"),
        arguments("n: -2.5", "-2.5"),
        arguments("n: 123456789.0", "1.23456789e+08"),
        arguments("n: true", "true"),
        arguments("n: false", "false"),
        arguments("n: \"quoted\"", "quoted"),
        arguments("n: [a, 1, true]", "[a 1 true]"),
        arguments("n: []", "[]"),
        arguments("n: {b: 2, a: x}", "map[a:x b:2]"),
        arguments("n: {z: {y: [1, 2]}, a: {}}", "map[a:map[] z:map[y:[1 2]]]"),
        arguments("n: [~, {k: ~}]", "[<nil> map[k:<nil>]]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goPrinting")
  void valuesPrintAsGoPrintsThem(String valuesYaml, String expected) {
    assertEquals(expected, over(valuesYaml).render("p", "{{ .Values.n }}"));
  }

  @Test
  void theContextIsTheGivenMapTree() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("list", Arrays.asList("a", null));
    values.put("nested", Map.of("k", List.of(1)));
    ValueTemplate tpl = ValueTemplate.of("r", "n", values);
    assertEquals(
        "[a <nil>] map[k:[1]] r n",
        tpl.render(
            "p",
            "{{ .Values.list }} {{ .Values.nested }} {{ .Release.Name }} "
                + "{{ .Release.Namespace }}"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{{ include \"x\" . }}",
        "{{ .Values.organization | upper }}",
        "{{ template \"name\" }}",
        "{{ if .Values.dagger.enabled }}",
        "{{ end }}",
        "{{ .Capabilities.KubeVersion }}",
        "{{ .Values.a..b }}",
        "{{}}",
        "{{ $x := 1 }}",
      })
  void unsupportedExpressionsFailNamingThePath(String text) {
    TemplateException e =
        assertThrows(
            TemplateException.class,
            () -> DEFAULTS.render("agentManager.env.X", "pre " + text + " post"));
    assertEquals("agentManager.env.X", e.path());
    assertTrue(
        e.getMessage().startsWith("agentManager.env.X: unsupported template expression"),
        e.getMessage());
    assertTrue(
        e.detail().startsWith("unsupported template expression at character 5 ("), e.getMessage());
    assertFalse(e.detail().contains(text), "the action is never echoed: " + e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void anUnclosedActionFailsNamingThePath() {
    TemplateException e =
        assertThrows(TemplateException.class, () -> render("http://{{ .Release.Name"));
    assertEquals("test.path", e.path());
    assertTrue(e.detail().contains("unclosed"), e.getMessage());
  }

  @Test
  void aSecretInsideAnActionIsNeverEchoed() {
    TemplateException e =
        assertThrows(TemplateException.class, () -> render("{{ S3CR3T-CANARY }}"));
    assertEquals(
        "test.path: unsupported template expression at character 1 (supported: "
            + e.detail().substring(e.detail().indexOf("(supported: ") + 12),
        e.getMessage());
    assertFalse(e.getMessage().contains("S3CR3T-CANARY"), e.getMessage());
  }

  @Test
  void laterActionsAreCheckedToo() {
    assertThrows(
        TemplateException.class, () -> render("{{ .Release.Name }} and {{ include \"x\" . }}"));
  }

  /**
   * The hand-written action check names the same reference as the action pattern's group, and
   * refuses what it does not match: every sequence of up to four of these pieces.
   */
  @Test
  void handWrittenActionCheckMatchesThePattern() {
    String[] pieces = {
      ".Values",
      ".Release.Name",
      ".Release.Namespace",
      ".Chart.AppVersion",
      ".",
      "a",
      "_",
      "-",
      "1",
      " ",
      "\t",
      "\u00a0",
      "Release",
      ".Name"
    };
    List<String> expressions = new ArrayList<>(List.of(""));
    List<String> shorter = List.of("");
    for (int length = 1; length <= 4; length++) {
      List<String> longer = new ArrayList<>();
      for (String prefix : shorter) {
        for (String piece : pieces) {
          longer.add(prefix + piece);
        }
      }
      expressions.addAll(longer);
      shorter = longer;
    }
    int supported = 0;
    for (String expression : expressions) {
      Matcher m = ValueTemplate.ACTION.matcher(expression);
      String expected = m.matches() ? m.group(1) : null;
      assertEquals(expected, ValueTemplate.reference(expression), expression);
      supported += expected == null ? 0 : 1;
    }
    assertTrue(supported > 500, "too few expressions the pattern accepts: " + supported);
  }
}
