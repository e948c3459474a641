package ai.kubiya.runner.dashboards.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterpolationTest {
  private final Interpolation interpolation =
      Interpolation.of(
          Map.of(
              "runner", Binding.of("r1"),
              "job", Binding.regex(List.of("a.b", "c")),
              "target", Binding.all(List.of("x", "y"), Optional.empty()),
              "ns", Binding.all(List.of("x"), Optional.of(".+")),
              "interval", Binding.of("30s")),
          GrafanaBuiltins.of(Duration.ofSeconds(15), Duration.ofSeconds(90), Duration.ofHours(6)));

  @Test
  void everyVariableSyntaxIsSubstituted() {
    assertEquals("up{runner=\"r1\"}", interpolation.apply("up{runner=\"$runner\"}").text());
    assertEquals("up{runner=\"r1\"}", interpolation.apply("up{runner=\"${runner}\"}").text());
    assertEquals("up{runner=\"r1\"}", interpolation.apply("up{runner=\"[[runner]]\"}").text());
    assertEquals("rate(up[30s])", interpolation.apply("rate(up[$interval])").text());
  }

  @Test
  void multiValueVariablesBecomeEscapedAlternations() {
    assertEquals("up{job=~\"(a\\\\.b|c)\"}", interpolation.apply("up{job=~\"$job\"}").text());
    assertEquals("up{job=~\"a.b|c\"}", interpolation.apply("up{job=~\"${job:pipe}\"}").text());
    assertEquals("up{job=~\"a.b,c\"}", interpolation.apply("up{job=~\"[[job:csv]]\"}").text());
    assertEquals(
        "up{job=~\"(a\\\\.b|c)\"}", interpolation.apply("up{job=~\"${job:regex}\"}").text());
  }

  @Test
  void allIsTheAllValueOrEveryValue() {
    assertEquals("up{target=~\"(x|y)\"}", interpolation.apply("up{target=~\"$target\"}").text());
    assertEquals("up{namespace=~\".+\"}", interpolation.apply("up{namespace=~\"$ns\"}").text());
  }

  @Test
  void builtInsTakeTheirConfiguredValues() {
    assertEquals("rate(x[90s])", interpolation.apply("rate(x[$__rate_interval])").text());
    assertEquals(
        "rate(x[15s]) / 6h / 21600",
        interpolation.apply("rate(x[$__interval]) / $__range / $__range_s").text());
  }

  @Test
  void unknownVariablesStayAndAreReportedButCaptureReferencesAreNot() {
    Interpolation.Result r =
        interpolation.apply("label_replace(up{a=\"$nope\"}, \"x\", \"$1\", \"y\", \"(.*)\")");
    assertEquals("label_replace(up{a=\"$nope\"}, \"x\", \"$1\", \"y\", \"(.*)\")", r.text());
    assertEquals(Set.of("nope"), r.unknown());
  }

  @Test
  void anUnknownFormatIsAProblem() {
    Interpolation.Result r = interpolation.apply("up{a=\"${runner:nosuch}\"}");
    assertTrue(
        r.problems().get(0).contains("unknown variable format \"nosuch\""),
        r.problems().toString());
  }

  @Test
  void variablesInListsTheNamesAQueryUses() {
    assertEquals(
        Set.of("a", "b", "c"), Interpolation.variablesIn("$a ${b:csv} [[c]] $__interval $1"));
  }
}
