package ai.kubiya.runner.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value formats of Helm, Kubernetes and Go. */
class FormatsTest {
  /** 53 characters, Helm's longest release name. */
  private static final String A53 = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "0",
        "deployment-x",
        "my-release",
        "kubiya-runner-prod",
        "a.b",
        "a-1.b-2",
        "1a",
        A53
      })
  void validReleaseNames(String name) {
    assertTrue(Formats.isReleaseName(name), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "deploymentX",
        "UPPER",
        "-a",
        "a-",
        "a_b",
        "a..b",
        ".a",
        "a.",
        "a b",
        A53 + "a"
      })
  void invalidReleaseNames(String name) {
    assertFalse(Formats.isReleaseName(name), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kubiya", "tenant-a", "a", "0", "observability"})
  void validNamespaces(String name) {
    assertTrue(Formats.isDnsLabel(name), name);
    assertTrue(Formats.isDnsLabel("n".repeat(63)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Kubiya", "a.b", "-a", "a-", "a_b", "a b"})
  void invalidNamespaces(String name) {
    assertFalse(Formats.isDnsLabel(name), name);
    assertFalse(Formats.isDnsLabel("n".repeat(64)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "100m", "1", "0", "1Gi", "512Mi", "2Ki", "1Ti", "1Pi", "1Ei", "1k", "1M", "1G", "1T", "1P",
        "1E", "1n", "1u", "1.5", ".5", "0.5", "1e3", "1E3", "1e-3", "+1", "-1", "-100m"
      })
  void quantities(String q) {
    assertTrue(Formats.isQuantity(q), q);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "abc", "1GB", "1gi", "1mi", "1K", "1KI", "Gi", "1 Gi", "1.2.3", "--1", "1e", "1Gi ", "m"
      })
  void notQuantities(String q) {
    assertFalse(Formats.isQuantity(q), q);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "60s",
        "5m",
        "168h",
        "1h30m",
        "1.5h",
        ".5s",
        "300ms",
        "10us",
        "10\u00b5s",
        "100ns",
        "1h0m0s",
        "-5s",
        "+5s"
      })
  void goDurations(String d) {
    assertTrue(Formats.isDuration(d), d);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "60", "1d", "1w", "abc", "s", "1 h", "5m ", "1hh", "1.5", "PT1M"})
  void notGoDurations(String d) {
    assertFalse(Formats.isDuration(d), d);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"f47ac10b-58cc-4372-a567-0e02b2c3d479", "0B7C3F6E-1C2D-4E5F-8A9B-0C1D2E3F4A5B"})
  void uuids(String u) {
    assertTrue(Formats.isUuid(u), u);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "xxx",
        "test-uuid",
        "f47ac10b58cc4372a5670e02b2c3d479",
        "f47ac10b-58cc-4372-a567-0e02b2c3d47",
        "g47ac10b-58cc-4372-a567-0e02b2c3d479"
      })
  void notUuids(String u) {
    assertFalse(Formats.isUuid(u), u);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0 0 * * *",
        "*/5 * * * *",
        "0 0 1,15 * *",
        "0 9-17 * * MON-FRI",
        "0 0 * JAN,jul *",
        "0 0 ? * *",
        "0 0 * * ?",
        "1-10/2 * * * *",
        "5/15 * * * *",
        "59 23 31 12 6",
        "0 0 1 1 0",
        "00 00 * * sun",
        "  0 0 * * *  ",
        "0\t0 * * *",
        "@daily",
        "@hourly",
        "@weekly",
        "@monthly",
        "@yearly",
        "@annually",
        "@midnight",
        "@every 5m",
        "@every 1h30m"
      })
  void validCronSchedules(String schedule) {
    assertNull(Formats.cronProblem(schedule), schedule);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|must not be empty",
        "'   '|must not be empty",
        "0 0 * *|expected 5 fields (minute hour day-of-month month day-of-week), got 4",
        "0 0 * * * *|got 6",
        "60 * * * *|minute field '60': values must be within 0-59",
        "* 24 * * *|hour field '24': values must be within 0-23",
        "* * 0 * *|day-of-month field '0': values must be within 1-31",
        "* * 32 * *|day-of-month field",
        "* * * 13 *|month field '13': values must be within 1-12",
        "* * * 0 *|month field",
        "* * * * 7|day-of-week field '7': values must be within 0-6",
        "* * * FOO *|month field 'FOO'",
        "* * * * FUNDAY|day-of-week field",
        "JAN * * * *|minute field 'JAN'",
        "* * MON * *|day-of-month field",
        "0 0 L * *|day-of-month field 'L'",
        "*/0 * * * *|minute field '*/0': step must be a positive number",
        "*/x * * * *|step must be a positive number",
        "1-10/ * * * *|step must be a positive number",
        "5-1 * * * *|range start is after its end",
        "1-2-3 * * * *|malformed range",
        "1,,2 * * * *|empty list element",
        "0 0 * * 1-|day-of-week field",
        "@foo|unknown descriptor '@foo'",
        "@every|unknown descriptor",
        "@every 5|unknown descriptor",
        "TZ=UTC 0 0 * * *|time zones are not allowed",
        "CRON_TZ=Europe/Paris 0 0 * * *|time zones are not allowed",
      })
  void invalidCronSchedules(String schedule, String problem) {
    String actual = Formats.cronProblem(schedule);
    assertNotNull(actual, schedule);
    assertTrue(actual.contains(problem), () -> schedule + " -> " + actual);
  }

  /**
   * The hand-written name checks accept exactly what the RFC 1123 patterns match: every string of
   * up to five characters over an alphabet with each character class the patterns distinguish.
   */
  @Test
  void handWrittenNameChecksMatchThePatterns() {
    char[] alphabet = {'a', 'z', '0', '9', '-', '.', 'A', '_', '\n'};
    List<String> names = new ArrayList<>(List.of("", A53 + "b", "a".repeat(254), "a".repeat(64)));
    List<String> shorter = List.of("");
    for (int length = 1; length <= 5; length++) {
      List<String> longer = new ArrayList<>();
      for (String prefix : shorter) {
        for (char c : alphabet) {
          longer.add(prefix + c);
        }
      }
      names.addAll(longer);
      shorter = longer;
    }
    int accepted = 0;
    for (String name : names) {
      boolean subdomain = Formats.DNS_SUBDOMAIN.matcher(name).matches();
      boolean label = Formats.DNS_LABEL.matcher(name).matches();
      assertEquals(subdomain && name.length() <= 253, Formats.isDnsSubdomain(name), name);
      assertEquals(subdomain && name.length() <= 53, Formats.isReleaseName(name), name);
      assertEquals(label && name.length() <= 63, Formats.isDnsLabel(name), name);
      accepted += subdomain ? 1 : 0;
    }
    assertTrue(accepted > 1000, "too few names the patterns accept: " + accepted);
  }
}
