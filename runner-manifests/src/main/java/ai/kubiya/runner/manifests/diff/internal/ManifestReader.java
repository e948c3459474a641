package ai.kubiya.runner.manifests.diff.internal;

import ai.kubiya.runner.manifests.diff.ManifestDiffException;
import ai.kubiya.runner.manifests.diff.ObjectRef;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a multi-document YAML stream into Kubernetes objects keyed by kind, namespace and name. */
public final class ManifestReader {
  /** Kinds that live in no namespace. */
  static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "ClusterRole",
          "ClusterRoleBinding",
          "Namespace",
          "Node",
          "PersistentVolume",
          "CustomResourceDefinition",
          "StorageClass",
          "PriorityClass",
          "IngressClass",
          "RuntimeClass",
          "CSIDriver",
          "CSINode",
          "VolumeAttachment",
          "APIService",
          "ValidatingWebhookConfiguration",
          "MutatingWebhookConfiguration",
          "ValidatingAdmissionPolicy",
          "ValidatingAdmissionPolicyBinding",
          "PodSecurityPolicy",
          "FlowSchema",
          "PriorityLevelConfiguration",
          "CertificateSigningRequest");

  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

  private ManifestReader() {}

  /** One object of a manifest set and the line its document starts on. */
  public static final class Manifest {
    private final ObjectRef ref;
    private final ObjectNode object;
    private final int line;

    Manifest(ObjectRef ref, ObjectNode object, int line) {
      this.ref = ref;
      this.object = object;
      this.line = line;
    }

    /** Kind, namespace and name. */
    public ObjectRef ref() {
      return ref;
    }

    /** The object, {@code metadata.namespace} set to the defaulted namespace. */
    public ObjectNode object() {
      return object;
    }

    /** The 1-based line its document starts on. */
    public int line() {
      return line;
    }
  }

  /**
   * The objects of {@code yaml} (named {@code source} in messages), in document order; empty
   * documents are skipped. Namespaced objects without a namespace get {@code defaultNamespace}.
   *
   * @throws ManifestDiffException {@code source:line: reason} for malformed YAML or a document that
   *     is not a named Kubernetes object
   */
  public static List<Manifest> read(String yaml, String source, String defaultNamespace) {
    List<Manifest> out = new ArrayList<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(yaml)) {
      while (parser.nextToken() != null) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode doc = MAPPER.readTree(parser);
        if (doc == null || doc.isNull() || doc.isMissingNode()) {
          continue;
        }
        if (!doc.isObject()) {
          throw new ManifestDiffException(
              source + ":" + line, "a manifest document must be a map, got " + type(doc));
        }
        out.add(manifest((ObjectNode) doc, source + ":" + line, line, defaultNamespace));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? source : source + ":" + at.getLineNr();
      String reason = e.getOriginalMessage() == null ? "malformed YAML" : e.getOriginalMessage();
      throw new ManifestDiffException(
          where, "malformed YAML: " + reason.lines().findFirst().orElse(reason));
    } catch (IOException e) {
      throw new ManifestDiffException(source, "cannot read: " + e.getClass().getSimpleName());
    }
    return out;
  }

  private static Manifest manifest(
      ObjectNode doc, String where, int line, String defaultNamespace) {
    String kind = doc.path("kind").asText("");
    if (kind.isEmpty() || !doc.path("kind").isTextual()) {
      throw new ManifestDiffException(where, "document has no kind");
    }
    JsonNode metadata = doc.path("metadata");
    String name = metadata.path("name").asText("");
    if (!metadata.isObject() || name.isEmpty()) {
      throw new ManifestDiffException(where, kind + " has no metadata.name");
    }
    String namespace;
    if (CLUSTER_SCOPED.contains(kind)) {
      ((ObjectNode) metadata).remove("namespace");
      namespace = "";
    } else {
      namespace = metadata.path("namespace").asText("");
      if (namespace.isEmpty()) {
        namespace = defaultNamespace;
      }
      if (!namespace.isEmpty()) {
        ((ObjectNode) metadata).put("namespace", namespace);
      }
    }
    return new Manifest(ObjectRef.of(kind, namespace, name), doc, line);
  }

  private static String type(JsonNode node) {
    return node.isArray()
        ? "a list"
        : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
