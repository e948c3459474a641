package ai.kubiya.runner.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A subchart's name and fullname from its alias and its section's pass-through overrides. */
class SubchartNamesTest {
  @ParameterizedTest
  @CsvSource({
    "my-release, dagger, '', '', dagger, my-release-dagger",
    "my-release, dagger, '', engine, dagger, engine",
    "my-release, dagger, dgr, '', dgr, my-release-dgr",
    "my-release, dagger, dgr, engine, dgr, engine",
    "dagger-prod, dagger, '', '', dagger, dagger-prod",
    "my-release, kubestatemetrics, '', '', kubestatemetrics, my-release-kubestatemetrics",
  })
  void namesFromAliasAndOverrides(
      String release,
      String alias,
      String nameOverride,
      String fullnameOverride,
      String name,
      String fullname) {
    SubchartNames n =
        SubchartNames.of(
            release,
            alias,
            Map.of("nameOverride", nameOverride, "fullnameOverride", fullnameOverride));
    assertEquals(name, n.name());
    assertEquals(fullname, n.fullname());
  }

  @ParameterizedTest
  @CsvSource({"dagger", "alloy"})
  void missingOverridesAreTheDefaults(String alias) {
    SubchartNames n = SubchartNames.of("rel", alias, Map.of("unrelated", 1));
    assertEquals(alias, n.name());
    assertEquals("rel-" + alias, n.fullname());
  }

  @ParameterizedTest
  @CsvSource({"alloy"})
  void longSubchartNamesAreTruncated(String alias) {
    SubchartNames n = SubchartNames.of("r".repeat(60), alias, Map.of());
    assertEquals(("r".repeat(60) + "-" + alias).substring(0, 63), n.fullname());
    assertEquals(
        "r".repeat(60),
        SubchartNames.of("r".repeat(60), alias, Map.of("fullnameOverride", "r".repeat(60) + "-"))
            .fullname());
  }
}
