package ai.kubiya.runner.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Helm's {@code trunc 63 | trimSuffix "-"}, {@code default}, and the standard fullname helper. */
class HelmNamesTest {
  @Test
  void namesUpTo63CharactersAreKept() {
    String n63 = "n".repeat(63);
    assertEquals(n63, HelmNames.truncate(n63));
    assertEquals("short", HelmNames.truncate("short"));
    assertEquals("", HelmNames.truncate(""));
  }

  @Test
  void longerNamesAreCutTo63() {
    assertEquals("n".repeat(63), HelmNames.truncate("n".repeat(64)));
    assertEquals("n".repeat(63), HelmNames.truncate("n".repeat(200)));
  }

  @Test
  void aTrailingDashLeftByTheCutIsRemoved() {
    assertEquals("a".repeat(62), HelmNames.truncate("a".repeat(62) + "-b"));
  }

  @Test
  void trimSuffixRemovesOneDashOnly() {
    assertEquals("abc-", HelmNames.truncate("abc--"));
    assertEquals("a".repeat(61) + "-", HelmNames.truncate("a".repeat(61) + "--xyz"));
  }

  @Test
  void defaultUsesTheFallbackForEmptyOrNull() {
    assertEquals("fb", HelmNames.orDefault("", "fb"));
    assertEquals("fb", HelmNames.orDefault(null, "fb"));
    assertEquals("v", HelmNames.orDefault("v", "fb"));
  }

  @ParameterizedTest
  @CsvSource({
    "my-release, kubiya-runner, '', my-release-kubiya-runner",
    "my-release, kubiya-runner, full-custom, full-custom",
    "kubiya-runner-prod, kubiya-runner, '', kubiya-runner-prod",
    "prod-kubiya-runner, kubiya-runner, '', prod-kubiya-runner",
    "my-release, custom, '', my-release-custom",
    "custom, custom, '', custom",
    "my-release, dagger, '', my-release-dagger",
  })
  void fullname(String release, String name, String fullnameOverride, String expected) {
    assertEquals(expected, HelmNames.fullname(release, name, fullnameOverride));
  }

  @Test
  void fullnameIsTruncated() {
    String release = "r".repeat(53);
    assertEquals(
        (release + "-kubiya-runner").substring(0, 63),
        HelmNames.fullname(release, "kubiya-runner", ""));
    assertEquals("o".repeat(63), HelmNames.fullname("x", "y", "o".repeat(70)));
    assertEquals("r".repeat(62), HelmNames.fullname("r".repeat(62), "x", null));
  }
}
