package ai.kubiya.runner.deployer.helm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The real Helm release records under {@code src/test/resources/helm} (see its README), encoded as
 * Helm's storage drivers store them, and the objects {@code helm install} leaves on a cluster.
 */
final class HelmFixtures {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Canary values of {@code values/nats.yaml}; none may ever show in output, errors or logs. */
  static final List<String> CANARIES =
      List.of(
          "CANARY-NATS-JWT",
          "SUCANARYSEED",
          "CANARY-TLS",
          "CANARY-ENV-TOKEN",
          "CANARY-CLIENT-SECRET",
          base64("CANARY-TLS-KEY-88e1"),
          base64("CANARY-TLS-CRT-41d0"));

  private HelmFixtures() {}

  /**
   * A release record (the JSON Helm keeps before encoding), by fixture name such as {@code nats}.
   */
  static ObjectNode record(String fixture) {
    String resource = "/helm/" + fixture + ".release.json";
    try (InputStream in = HelmFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing test fixture "
                + resource
                + ": regenerate it with runner-deployer/src/test/resources/helm/make-fixtures.sh");
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the record with another status. */
  static ObjectNode withStatus(ObjectNode record, String status) {
    ObjectNode copy = record.deepCopy();
    copy.withObjectProperty("info").put("status", status);
    return copy;
  }

  /** Helm's encoding of a release: gzip, then base64 (Helm's {@code encodeRelease}). */
  static String helmEncode(ObjectNode record) {
    return helmEncode(record.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String helmEncode(byte[] json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String recordName(ObjectNode record) {
    return "sh.helm.release.v1."
        + record.path("name").asText()
        + ".v"
        + record.path("version").asInt();
  }

  static Map<String, String> labels(ObjectNode record) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("name", record.path("name").asText());
    labels.put("owner", "helm");
    labels.put("status", record.path("info").path("status").asText());
    labels.put("version", Integer.toString(record.path("version").asInt()));
    return labels;
  }

  /** The record as the Secrets driver stores it (data.release is base64 twice in the JSON). */
  static Secret secret(ObjectNode record) {
    return secret(record, base64(helmEncode(record)));
  }

  /**
   * A Secret of the driver's shape holding {@code dataRelease} as its (Kubernetes-encoded) data.
   */
  static Secret secret(ObjectNode record, String dataRelease) {
    return new SecretBuilder()
        .withNewMetadata()
        .withName(recordName(record))
        .withNamespace(record.path("namespace").asText())
        .withLabels(labels(record))
        .endMetadata()
        .withType("helm.sh/release.v1")
        .withData(Map.of("release", dataRelease))
        .build();
  }

  /** The record as the ConfigMap driver stores it. */
  static ConfigMap configMap(ObjectNode record) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(recordName(record))
        .withNamespace(record.path("namespace").asText())
        .withLabels(labels(record))
        .endMetadata()
        .withData(Map.of("release", helmEncode(record)))
        .build();
  }

  /** The objects of the record's manifest, as Helm leaves them: with its ownership annotations. */
  static List<HasMetadata> manifestObjects(ObjectNode record) {
    String release = record.path("name").asText();
    String namespace = record.path("namespace").asText();
    List<HasMetadata> objects = new ArrayList<>();
    for (HasMetadata object : HelmManifests.parse("fixture", record.path("manifest").asText())) {
      place(object, namespace);
      Map<String, String> annotations = new LinkedHashMap<>();
      if (object.getMetadata().getAnnotations() != null) {
        annotations.putAll(object.getMetadata().getAnnotations());
      }
      annotations.put("meta.helm.sh/release-name", release);
      annotations.put("meta.helm.sh/release-namespace", namespace);
      object.getMetadata().setAnnotations(annotations);
      objects.add(object);
    }
    return objects;
  }

  /** The hook objects of the record, as Helm creates them (no ownership annotations). */
  static List<HasMetadata> hookObjects(ObjectNode record) {
    List<HasMetadata> objects = new ArrayList<>();
    record
        .path("hooks")
        .forEach(
            hook -> {
              for (HasMetadata object :
                  HelmManifests.parse("fixture hook", hook.path("manifest").asText())) {
                place(object, record.path("namespace").asText());
                objects.add(object);
              }
            });
    return objects;
  }

  private static void place(HasMetadata object, String namespace) {
    if (!(object instanceof Namespaced)) {
      object.getMetadata().setNamespace(null);
    } else if (object.getMetadata().getNamespace() == null) {
      object.getMetadata().setNamespace(namespace);
    }
  }

  /** Seeds a cluster with what {@code helm install} leaves: objects, hooks, then the records. */
  static void install(KubernetesClient admin, boolean configMapDriver, ObjectNode... revisions) {
    ObjectNode last = revisions[revisions.length - 1];
    for (HasMetadata object : manifestObjects(last)) {
      admin.resource(object).create();
    }
    for (HasMetadata object : hookObjects(last)) {
      admin.resource(object).create();
    }
    for (ObjectNode revision : revisions) {
      if (configMapDriver) {
        admin.resource(configMap(revision)).create();
      } else {
        admin.resource(secret(revision)).create();
      }
    }
  }
}
