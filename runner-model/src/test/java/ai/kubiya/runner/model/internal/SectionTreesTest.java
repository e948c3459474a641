package ai.kubiya.runner.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.kubiya.runner.model.RunnerValues;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code RunnerValues.toMap()} assembles memoized section trees; it must equal a one-go
 * serialization.
 */
class SectionTreesTest {
  @Test
  void assembledTreeEqualsTheSerializedValues() {
    for (List<String> sets :
        List.of(
            List.<String>of(),
            List.of(
                "organization=acme",
                "imagePullSecrets[0].name=pull",
                "extraTopLevel.a=1",
                "kubeStateMetrics.enabled=false"),
            List.of(
                "agentManager.env.X=y",
                "alloy.alloy.stabilityLevel=experimental",
                "dagger.fullnameOverride=eng",
                "nats.jwt=abc"))) {
      RunnerValues values = RunnerConfigLoader.create().release("r").sets(sets).load().values();
      assertEquals(ValuesCodec.serialize(values), values.toMap(), sets::toString);
      assertEquals(
          List.copyOf(ValuesCodec.serialize(values).keySet()),
          List.copyOf(values.toMap().keySet()),
          "same key order");
    }
  }

  @Test
  void copiesShareTheTreesOfSectionsTheyDoNotChange() {
    RunnerValues a = RunnerValues.defaults();
    RunnerValues b = a.withOrganization("other");
    assertSame(a.toMap().get("toolManager"), b.toMap().get("toolManager"));
    assertEquals("other", b.toMap().get("organization"));
  }
}
