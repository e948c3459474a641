package ai.kubiya.runner.deployer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/** Converts objects to JSON trees, prepares desired objects for writing and digests them. */
final class ObjectTrees {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
  private static final ObjectMapper CANONICAL =
      MAPPER.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private ObjectTrees() {}

  /** The object as a JSON tree. */
  static ObjectNode toTree(HasMetadata object) {
    return MAPPER.valueToTree(object);
  }

  /** The tree as an object of the given type. */
  static <T extends HasMetadata> T fromTree(JsonNode tree, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot convert " + tree.path("kind").asText() + " to " + type.getSimpleName(), e);
    }
  }

  /** Compact JSON of a node, for diffs. */
  static String compact(JsonNode node) {
    return node.isTextual() ? node.asText() : node.toString();
  }

  /**
   * The desired object as it should be written: server-set fields dropped, the release namespace
   * filled in for namespaced kinds, a Secret's {@code stringData} folded into {@code data}.
   */
  static ObjectNode normalize(HasMetadata object, String namespace) {
    ObjectNode tree = toTree(object);
    tree.remove("status");
    ObjectNode metadata = tree.withObjectProperty("metadata");
    for (String field :
        new String[] {
          "resourceVersion", "uid", "creationTimestamp", "generation", "managedFields", "selfLink"
        }) {
      metadata.remove(field);
    }
    if (object instanceof Namespaced && !metadata.hasNonNull("namespace")) {
      metadata.put("namespace", namespace);
    }
    if ("Secret".equals(object.getKind()) && tree.has("stringData")) {
      ObjectNode data = tree.withObjectProperty("data");
      for (Map.Entry<String, JsonNode> field : tree.get("stringData").properties()) {
        data.put(
            field.getKey(),
            Base64.getEncoder()
                .encodeToString(field.getValue().asText().getBytes(StandardCharsets.UTF_8)));
      }
      tree.remove("stringData");
    }
    return tree;
  }

  /** {@code sha256:<hex>} of the canonical JSON of the tree (keys sorted). */
  static String digest(JsonNode tree) {
    try {
      Object canonical = CANONICAL.treeToValue(tree, Object.class);
      byte[] bytes = CANONICAL.writeValueAsBytes(canonical);
      return "sha256:"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot digest object", e);
    }
  }

  /** Writes the release labels and the digest annotation into a normalized tree. */
  static void stamp(ObjectNode tree, ReleaseId release, String digest) {
    ObjectNode metadata = tree.withObjectProperty("metadata");
    metadata
        .withObjectProperty("labels")
        .put(Ownership.RELEASE_LABEL, release.name())
        .put(Ownership.NAMESPACE_LABEL, release.namespace());
    metadata.withObjectProperty("annotations").put(Ownership.DIGEST_ANNOTATION, digest);
  }
}
