package ai.kubiya.runner.deployer.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The field walk and managedFields on hand-built objects (the CRUD mock sets no managedFields), and
 * the backoff arithmetic.
 */
class FieldWalkerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static FieldsV1 fields(String json) throws Exception {
    FieldsV1 fields = new FieldsV1();
    @SuppressWarnings("unchecked")
    Map<String, Object> map = MAPPER.readValue(json, Map.class);
    map.forEach(fields::setAdditionalProperty);
    return fields;
  }

  private static Deployment live() throws Exception {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName("agent-manager")
        .addNewManagedField()
        .withManager("kubiya-runner-sdk")
        .withOperation("Apply")
        .withTime("2026-12-01T10:00:00Z")
        .withFieldsV1(
            fields(
                "{\"f:spec\":{\"f:replicas\":{},\"f:template\":{\"f:spec\":{\"f:containers\":"
                    + "{\"k:{\\\"name\\\":\\\"agent-manager\\\"}\":{\"f:image\":{}}}}}}}"))
        .endManagedField()
        .addToManagedFields(
            new ManagedFieldsEntryBuilder()
                .withManager("kubectl-edit")
                .withOperation("Update")
                .withTime("2026-12-01T11:00:00Z")
                .withFieldsV1(fields("{\"f:spec\":{\"f:replicas\":{}}}"))
                .build())
        .addToManagedFields(
            new ManagedFieldsEntryBuilder()
                .withManager("kubectl-set")
                .withOperation("Update")
                .withTime("2026-12-01T12:00:00Z")
                .withFieldsV1(
                    fields(
                        "{\"f:spec\":{\"f:template\":{\"f:spec\":"
                            + "{\"f:containers\":"
                            + "{\"k:{\\\"name\\\":\\\"agent-manager\\\"}\":{\"f:image\":{}}}}}}}"))
                .build())
        .endMetadata()
        .withNewSpec()
        .withReplicas(5)
        .withNewTemplate()
        .withNewSpec()
        .addNewContainer()
        .withName("agent-manager")
        .withImage("evil:1")
        .endContainer()
        .addNewContainer()
        .withName("istio-proxy")
        .withImage("istio")
        .endContainer()
        .endSpec()
        .endTemplate()
        .endSpec()
        .build();
  }

  private static JsonNode desired() throws Exception {
    return MAPPER.readTree(
        "{\"spec\":{\"replicas\":2,\"template\":{\"spec\":{\"containers\":"
            + "[{\"name\":\"agent-manager\",\"image\":\"good:1\"}]}}}}");
  }

  @Test
  void theManagerThatChangedEachFieldIsNamedAndTheSdkIsNot() throws Exception {
    Deployment live = live();
    List<FieldDrift> drifts =
        FieldWalker.drifts(
            "Deployment",
            "agent-manager",
            desired(),
            MAPPER.valueToTree(live),
            List.of(),
            ManagedFields.of(live, "kubiya-runner-sdk"));
    assertEquals(
        List.of(
            FieldDrift.of("spec.replicas", "2", Optional.of("5"), Optional.of("kubectl-edit")),
            FieldDrift.of(
                "spec.template.spec.containers[name=agent-manager].image",
                "good:1",
                Optional.of("evil:1"),
                Optional.of("kubectl-set"))),
        drifts);
  }

  @Test
  void withoutManagedFieldsNoManagerIsClaimedAndForeignListElementsAreNotDrift() throws Exception {
    Deployment live = live();
    live.getMetadata().setManagedFields(null);
    List<FieldDrift> drifts =
        FieldWalker.drifts(
            "Deployment",
            "agent-manager",
            desired(),
            MAPPER.valueToTree(live),
            List.of(IgnoreRule.parse("Deployment/agent-*:spec.replicas")),
            ManagedFields.of(live, "kubiya-runner-sdk"));
    assertEquals(1, drifts.size());
    assertEquals(Optional.empty(), drifts.get(0).manager());
    assertFalse(drifts.toString().contains("istio"));
  }

  @Test
  void ignoredFieldsAreDroppedFromWhatHealWrites() throws Exception {
    JsonNode pruned =
        FieldWalker.withoutIgnored(
            "Deployment",
            "agent-manager",
            (com.fasterxml.jackson.databind.node.ObjectNode) desired(),
            List.of(
                IgnoreRule.parse("Deployment/*:spec.replicas"),
                IgnoreRule.parse("Deployment/x:spec.template")));
    assertFalse(pruned.path("spec").has("replicas"));
    assertTrue(pruned.path("spec").has("template"), "a rule for another name does not apply");
  }

  @Test
  void backoffGrowsInAFightAndStartsAfreshAfterQuiet() {
    BackoffPolicy policy =
        BackoffPolicy.builder()
            .initial(Duration.ofMillis(100))
            .max(Duration.ofMillis(350))
            .fightWindow(Duration.ofSeconds(1))
            .build();
    assertEquals(
        List.of(0L, 100L, 200L, 350L, 350L),
        List.of(0, 1, 2, 3, 4).stream().map(s -> policy.delay(s).toMillis()).toList());
    ObjectBackoff backoff = new ObjectBackoff(policy);
    Instant t = Instant.parse("2026-12-01T00:00:00Z");
    assertFalse(backoff.healed(t), "first heal is no fight");
    assertTrue(backoff.mayHeal(t));
    assertTrue(backoff.healed(t.plusMillis(50)), "re-drift within the window is a fight");
    assertFalse(backoff.mayHeal(t.plusMillis(100)));
    assertTrue(backoff.mayHeal(t.plusMillis(150)));
    assertTrue(backoff.healed(t.plusMillis(150)));
    assertEquals(2, backoff.strikes());
    assertFalse(backoff.healed(t.plusSeconds(10)), "after a quiet window it starts afresh");
    assertEquals(0, backoff.strikes());
  }
}
