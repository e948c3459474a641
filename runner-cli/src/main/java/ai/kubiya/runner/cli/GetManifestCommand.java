package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.RevisionRecord;
import ai.kubiya.runner.deployer.output.DeployerJson;
import ai.kubiya.runner.model.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code get manifest}: the objects a revision applied, as a YAML stream or a JSON array; Secret
 * {@code data} and {@code stringData} values and secret-named env values as {@code <redacted>}
 * unless {@code --show-secrets}.
 */
@Command(
    name = "manifest",
    mixinStandardHelpOptions = true,
    description =
        "Print the objects a revision applied; Secret data as <redacted> unless --show-secrets.")
final class GetManifestCommand implements Callable<Integer> {
  private static final YAMLMapper YAML = new YAMLMapper();

  @Mixin ReleaseTarget target;
  @Mixin GetOptions get;
  @Mixin ClusterOptions cluster;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Deployments.run(
        spec,
        cluster,
        options -> options,
        deployer -> {
          RevisionRecord record = get.record(deployer, target);
          if (get.showSecrets && get.output == DocumentFormat.YAML) {
            return Deployments.Outcome.ok(record.manifestYaml());
          }
          ArrayNode objects = objects(record.manifestYaml(), !get.showSecrets);
          if (get.output == DocumentFormat.JSON) {
            return Deployments.Outcome.ok(DeployerJson.toJson(objects));
          }
          StringBuilder out = new StringBuilder();
          for (JsonNode object : objects) {
            out.append("---\n").append(DeployerJson.toYaml(object));
          }
          return Deployments.Outcome.ok(out.toString());
        });
  }

  static ArrayNode objects(String manifestYaml, boolean redact) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    try {
      for (JsonNode object :
          YAML.readValues(YAML.createParser(manifestYaml), JsonNode.class).readAll()) {
        if (object == null || object.isNull() || object.isMissingNode()) {
          continue;
        }
        if (redact) {
          redactEnv(object);
        }
        if (redact
            && "Secret".equals(object.path("kind").asText())
            && object instanceof ObjectNode secret) {
          for (String field : List.of("data", "stringData")) {
            if (secret.get(field) instanceof ObjectNode data) {
              data.properties()
                  .forEach(e -> e.setValue(JsonNodeFactory.instance.textNode(Secrets.MASK)));
            }
          }
        }
        out.add(object);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the stored manifest cannot be read", e);
    }
    return out;
  }

  /** Masks the {@code value} of every {@code env} entry with a secret-like name, at any depth. */
  private static void redactEnv(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.get("env") instanceof ArrayNode env) {
        for (JsonNode entry : env) {
          if (entry instanceof ObjectNode variable
              && variable.has("value")
              && Secrets.isSecretName(variable.path("name").asText())) {
            variable.put("value", Secrets.MASK);
          }
        }
      }
      object.properties().forEach(e -> redactEnv(e.getValue()));
    } else if (node instanceof ArrayNode array) {
      array.forEach(GetManifestCommand::redactEnv);
    }
  }
}
