package ai.kubiya.runner.deployer.output;

import ai.kubiya.runner.deployer.ObjectRef;
import ai.kubiya.runner.deployer.drift.Drift;
import ai.kubiya.runner.deployer.drift.DriftReport;
import ai.kubiya.runner.deployer.drift.FieldDrift;
import ai.kubiya.runner.deployer.drift.HealResult;
import ai.kubiya.runner.deployer.drift.ReconcilerEvent;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The JSON trees of {@code drift -o json} and {@code watch -o json} (see
 * runner-deployer/README.md); fields are only ever added. Secret values are already {@code
 * <redacted>} in the drift model.
 */
public final class DriftJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DriftJson() {}

  /** {@code {name, namespace, revision, inLine, drifts: [...]}}. */
  public static ObjectNode report(DriftReport report) {
    ObjectNode tree = NODES.objectNode();
    tree.put("name", report.release().name());
    tree.put("namespace", report.release().namespace());
    if (report.revision().isPresent()) {
      tree.put("revision", report.revision().getAsInt());
    } else {
      tree.putNull("revision");
    }
    tree.put("inLine", report.inLine());
    ArrayNode drifts = tree.putArray("drifts");
    report.drifts().forEach(d -> drifts.add(drift(d)));
    return tree;
  }

  /**
   * The report after healing, with {@code healed} (refs) and {@code refused} ({object, reason}).
   */
  public static ObjectNode heal(HealResult result) {
    ObjectNode tree = report(result.after());
    ArrayNode healed = tree.putArray("healed");
    result.healed().forEach(r -> healed.add(ref(r)));
    ArrayNode refused = tree.putArray("refused");
    for (Map.Entry<ObjectRef, String> entry : result.refused().entrySet()) {
      refused.addObject().put("reason", entry.getValue()).set("object", ref(entry.getKey()));
    }
    tree.put("writes", result.writes());
    tree.set("before", report(result.before()).get("drifts"));
    return tree;
  }

  /**
   * One reconciler event: {@code {type, name, namespace, time, object, drift, timeToHealMs,
   * detail}}.
   */
  public static ObjectNode event(ReconcilerEvent event) {
    ObjectNode tree = NODES.objectNode();
    tree.put("type", event.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    tree.put("name", event.release().name());
    tree.put("namespace", event.release().namespace());
    tree.put("time", event.time().toString());
    event.object().ifPresent(o -> tree.set("object", ref(o)));
    event.drift().ifPresent(d -> tree.set("drift", drift(d)));
    event.timeToHeal().ifPresent(t -> tree.put("timeToHealMs", t.toMillis()));
    tree.put("detail", event.detail());
    return tree;
  }

  private static ObjectNode drift(Drift drift) {
    ObjectNode tree = NODES.objectNode();
    tree.put("kind", drift.kind().label());
    tree.set("object", ref(drift.object()));
    ArrayNode fields = tree.putArray("fields");
    for (FieldDrift field : drift.fields()) {
      ObjectNode f = fields.addObject();
      f.put("path", field.path());
      f.put("desired", field.desired());
      if (field.live().isPresent()) {
        f.put("live", field.live().get());
      } else {
        f.putNull("live");
      }
      if (field.manager().isPresent()) {
        f.put("manager", field.manager().get());
      } else {
        f.putNull("manager");
      }
    }
    return tree;
  }

  private static ObjectNode ref(ObjectRef ref) {
    ObjectNode tree = NODES.objectNode();
    tree.put("kind", ref.kind());
    if (ref.namespace().isPresent()) {
      tree.put("namespace", ref.namespace().get());
    } else {
      tree.putNull("namespace");
    }
    tree.put("name", ref.name());
    return tree;
  }
}
