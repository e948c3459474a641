package ai.kubiya.runner.deployer.output;

import ai.kubiya.runner.deployer.ComponentStatus;
import ai.kubiya.runner.deployer.FieldChange;
import ai.kubiya.runner.deployer.ObjectRef;
import ai.kubiya.runner.deployer.Plan;
import ai.kubiya.runner.deployer.PlannedChange;
import ai.kubiya.runner.deployer.PlannedChange.Action;
import ai.kubiya.runner.deployer.ReleaseStatus;
import ai.kubiya.runner.deployer.ReleaseSummary;
import ai.kubiya.runner.deployer.RevisionRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Locale;

/**
 * The stable, documented JSON shapes of {@code list}, {@code status}, {@code history} and {@code
 * plan} ({@code -o json}; {@code -o yaml} is the same tree as YAML). Fields are only ever added;
 * see runner-deployer/README.md, "Machine-readable output". Times are RFC 3339 UTC, statuses Helm's
 * lower-case labels, actions lower case. Values, manifests and secret data never appear.
 *
 * <pre>{@code
 * System.out.println(DeployerJson.toJson(DeployerJson.plan(deployer.plan(config))));
 * }</pre>
 */
public final class DeployerJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .build();

  private DeployerJson() {}

  /** {@code list}: an array of releases. */
  public static ArrayNode releases(List<ReleaseSummary> releases) {
    ArrayNode out = NODES.arrayNode();
    for (ReleaseSummary s : releases) {
      ObjectNode release =
          out.addObject()
              .put("name", s.release().name())
              .put("namespace", s.release().namespace())
              .put("revision", s.revision())
              .put("status", s.status().label())
              .put("updated", s.updated().toString())
              .put("chartVersion", s.chartVersion())
              .put("description", s.description());
      ObjectNode images = release.putObject("images");
      s.images().forEach(images::put);
    }
    return out;
  }

  /** {@code history}: an array of revisions, oldest first. */
  public static ArrayNode history(List<RevisionRecord> records) {
    ArrayNode out = NODES.arrayNode();
    for (RevisionRecord r : records) {
      out.addObject()
          .put("revision", r.revision())
          .put("updated", r.time().toString())
          .put("status", r.status().label())
          .put("chartVersion", r.chartVersion())
          .put("description", r.description());
    }
    return out;
  }

  /** {@code status}: the release, its latest revision and one entry per component. */
  public static ObjectNode status(ReleaseStatus status) {
    ObjectNode out =
        NODES
            .objectNode()
            .put("name", status.release().name())
            .put("namespace", status.release().namespace());
    if (status.revision().isPresent()) {
      RevisionRecord r = status.revision().get();
      out.put("revision", r.revision())
          .put("status", r.status().label())
          .put("updated", r.time().toString())
          .put("chartVersion", r.chartVersion())
          .put("description", r.description());
    } else {
      out.putNull("revision")
          .putNull("status")
          .putNull("updated")
          .putNull("chartVersion")
          .putNull("description");
    }
    out.put("grade", status.grade().name());
    ArrayNode components = out.putArray("components");
    for (ComponentStatus c : status.components()) {
      ObjectNode component =
          components
              .addObject()
              .put("component", c.component())
              .put("kind", c.workload().kind())
              .put("name", c.workload().name())
              .put("desired", c.desired())
              .put("ready", c.ready())
              .put("pods", c.pods())
              .put("restartsInWindow", c.restartsInWindow())
              .put("grade", c.grade().name())
              .put("detail", c.detail());
      ArrayNode images = component.putArray("images");
      c.images().forEach(images::add);
    }
    return out;
  }

  /** {@code plan}: a summary by action and every change, unchanged objects included. */
  public static ObjectNode plan(Plan plan) {
    ObjectNode out =
        NODES
            .objectNode()
            .put("name", plan.release().name())
            .put("namespace", plan.release().namespace())
            .put("valuesChanged", plan.valuesChanged())
            .put("hasConflicts", plan.hasConflicts());
    ObjectNode summary = out.putObject("summary");
    for (Action action : Action.values()) {
      summary.put(label(action), plan.withAction(action).size());
    }
    ArrayNode changes = out.putArray("changes");
    for (PlannedChange change : plan.changes()) {
      ObjectRef ref = change.object();
      ObjectNode node =
          changes
              .addObject()
              .put("action", label(change.action()))
              .put("kind", ref.kind())
              .put("namespace", ref.namespace().orElse(null))
              .put("name", ref.name())
              .put("note", change.note());
      ArrayNode fields = node.putArray("fields");
      for (FieldChange field : change.fields()) {
        fields
            .addObject()
            .put("path", field.path())
            .put("before", field.before().orElse(null))
            .put("after", field.after().orElse(null));
      }
    }
    return out;
  }

  private static String label(Action action) {
    return action.name().toLowerCase(Locale.ROOT);
  }

  /** The tree as indented JSON, ending in a newline. */
  public static String toJson(JsonNode tree) {
    try {
      return JSON.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** The tree as a YAML document. */
  public static String toYaml(Object tree) {
    try {
      return YAML.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write YAML", e);
    }
  }

  /** Any tree (such as stored values) as indented JSON, ending in a newline. */
  public static String toJson(Object tree) {
    return toJson(JSON.valueToTree(tree));
  }
}
