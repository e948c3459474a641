package ai.kubiya.runner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Seeds the mock server with a real Helm release (records of runner-deployer's test fixtures,
 * {@code runner-deployer/src/test/resources/helm}): the objects of its manifest with Helm's
 * ownership annotations, its hooks, and the record as Helm's Secrets driver stores it.
 */
final class HelmSeed {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES =
      Path.of("..", "runner-deployer", "src", "test", "resources", "helm");
  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  private HelmSeed() {}

  static ObjectNode record(String fixture) {
    Path file = FIXTURES.resolve(fixture + ".release.json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "missing test fixture "
              + file.toAbsolutePath()
              + ": regenerate it with runner-deployer/src/test/resources/helm/make-fixtures.sh");
    }
    try {
      return (ObjectNode) JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void install(KubernetesClient admin, ObjectNode record) {
    String release = record.path("name").asText();
    String namespace = record.path("namespace").asText();
    for (HasMetadata object : objects(record.path("manifest").asText(), namespace)) {
      Map<String, String> annotations = new LinkedHashMap<>();
      if (object.getMetadata().getAnnotations() != null) {
        annotations.putAll(object.getMetadata().getAnnotations());
      }
      annotations.put("meta.helm.sh/release-name", release);
      annotations.put("meta.helm.sh/release-namespace", namespace);
      object.getMetadata().setAnnotations(annotations);
      admin.resource(object).create();
    }
    record
        .path("hooks")
        .forEach(
            hook ->
                objects(hook.path("manifest").asText(), namespace)
                    .forEach(o -> admin.resource(o).create()));
    Map<String, String> labels =
        Map.of(
            "name",
            release,
            "owner",
            "helm",
            "status",
            record.path("info").path("status").asText(),
            "version",
            record.path("version").asText());
    admin
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("sh.helm.release.v1." + release + ".v" + record.path("version").asInt())
                .withNamespace(namespace)
                .withLabels(labels)
                .endMetadata()
                .withType("helm.sh/release.v1")
                .withData(
                    Map.of(
                        "release", base64(helmEncode(record).getBytes(StandardCharsets.US_ASCII))))
                .build())
        .create();
  }

  private static java.util.List<HasMetadata> objects(String stream, String namespace) {
    java.util.List<HasMetadata> objects = new java.util.ArrayList<>();
    for (String document : stream.split("(?m)^---$")) {
      if (document.lines().allMatch(l -> l.isBlank() || l.startsWith("#"))) {
        continue;
      }
      HasMetadata object = YAML.unmarshal(document, HasMetadata.class);
      object.getMetadata().setNamespace(object instanceof Namespaced ? namespace : null);
      objects.add(object);
    }
    return objects;
  }

  static String helmEncode(ObjectNode record) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(record.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return base64(bytes.toByteArray());
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
