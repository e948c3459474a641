package ai.kubiya.runner.deployer.helm;

import static ai.kubiya.runner.deployer.helm.HelmFixtures.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.RunnerConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values of a Helm revision: YAML for -f, redaction, the SDK config, redacted files refused. */
class HelmValuesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  @TempDir Path dir;

  private static HelmRevision revision(String fixture) {
    return HelmRecordCodec.revision("test", record(fixture), HelmStorage.SECRETS, "test");
  }

  @Test
  void yamlWithSecretsLoadsBackToTheConfig() throws IOException {
    for (String fixture : List.of("plain", "nats", "history-3")) {
      HelmRevision revision = revision(fixture);
      assertEquals(
          revision.values(),
          YAML.readValue(HelmValues.toYaml(revision.values(), SecretValues.SHOWN), Map.class),
          fixture);
    }
  }

  @Test
  void redactedYamlHidesEverySecretAndKeepsTheRest() throws IOException {
    HelmRevision revision = revision("nats");
    String yaml = HelmValues.toYaml(revision.values(), SecretValues.REDACTED);
    HelmFixtures.CANARIES.forEach(c -> assertFalse(yaml.contains(c), c));
    Map<?, ?> tree = YAML.readValue(yaml, Map.class);
    Map<?, ?> nats = (Map<?, ?>) tree.get("nats");
    assertEquals("<redacted>", nats.get("jwt"));
    assertEquals("<redacted>", nats.get("secondJwt"));
    assertEquals("acme.runners.prod", nats.get("subject"));
    assertEquals(Map.of("crt", "<redacted>", "key", "<redacted>"), tree.get("registryTls"));
    List<?> extraEnv =
        (List<?>) ((Map<?, ?>) ((Map<?, ?>) tree.get("alloy")).get("alloy")).get("extraEnv");
    assertEquals(Map.of("name", "AZURE_CLIENT_SECRET", "value", "<redacted>"), extraEnv.get(2));
    assertEquals(
        Map.of("name", "AZURE_CLIENT_ID", "value", "00000000-0000-4000-8000-0000000000c1"),
        extraEnv.get(1));
  }

  @Test
  void configLayersOverridesOverTheStoredValues() throws IOException {
    Path more = dir.resolve("more.yaml");
    Files.writeString(more, "agentManager:\n  replicas: 5\n");
    RunnerConfig config =
        HelmValues.config(
            revision("history-3"), List.of(more), List.of("toolManager.image.tag=v1.0.0"));
    assertEquals("team-b", config.release());
    assertEquals("ops", config.namespace());
    assertEquals(5, config.values().agentManager().replicas());
    assertEquals("v1.0.0", config.values().toolManager().image().tag());
    assertFalse(config.values().dagger().enabled());
  }

  @Test
  void aFileHoldingRedactedIsRefusedWithTheValuePath() throws IOException {
    Path file = dir.resolve("values.yaml");
    Files.writeString(file, HelmValues.toYaml(revision("nats").values(), SecretValues.REDACTED));
    HelmException e = assertThrows(HelmException.class, () -> HelmValues.refuseRedacted(file));
    assertTrue(
        e.getMessage().startsWith(file + ": agentManager.env.UPSTREAM_API_TOKEN holds <redacted>"),
        e.getMessage());
    HelmFixtures.CANARIES.forEach(c -> assertFalse(e.getMessage().contains(c), c));
    assertThrows(
        HelmException.class, () -> HelmValues.config(revision("nats"), List.of(file), List.of()));
  }
}
