package ai.kubiya.runner.deployer.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who owns which field, from a live object's {@code metadata.managedFields} (server-side apply
 * clusters; absent elsewhere). A path is looked up in each entry's {@code fieldsV1} set ({@code
 * f:spec} / {@code f:replicas}, {@code k:{"name":"x"}} for named list elements); the owner that is
 * not the SDK's own field manager and wrote last is named.
 */
final class ManagedFields {
  static final ManagedFields NONE = new ManagedFields(List.of(), "");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One step of a path in {@code fieldsV1} terms; {@code null} text for a positional list index.
   */
  record Key(String text) {
    static Key field(String name) {
      return new Key("f:" + name);
    }

    static Key named(String name) {
      return new Key("k:" + MAPPER.createObjectNode().put("name", name));
    }
  }

  private record Entry(String manager, String time, JsonNode fields) {}

  private final List<Entry> entries;
  private final String sdkManager;

  private ManagedFields(List<Entry> entries, String sdkManager) {
    this.entries = entries;
    this.sdkManager = sdkManager;
  }

  /** The managed fields of a live object; {@code sdkManager} is the SDK's own field manager. */
  static ManagedFields of(HasMetadata live, String sdkManager) {
    List<ManagedFieldsEntry> managed = live == null ? null : live.getMetadata().getManagedFields();
    if (managed == null || managed.isEmpty()) {
      return NONE;
    }
    List<Entry> entries = new ArrayList<>();
    for (ManagedFieldsEntry entry : managed) {
      if (entry.getManager() != null && entry.getFieldsV1() != null) {
        entries.add(
            new Entry(
                entry.getManager(),
                entry.getTime() == null ? "" : entry.getTime(),
                MAPPER.valueToTree(entry.getFieldsV1().getAdditionalProperties())));
      }
    }
    return new ManagedFields(entries, sdkManager);
  }

  /** The manager other than the SDK that owns the field at {@code keys}, latest first. */
  Optional<String> managerOf(List<Key> keys) {
    Entry best = null;
    for (Entry entry : entries) {
      if (!entry.manager().equals(sdkManager)
          && owns(entry.fields(), keys)
          && (best == null || entry.time().compareTo(best.time()) > 0)) {
        best = entry;
      }
    }
    return Optional.ofNullable(best).map(Entry::manager);
  }

  private static boolean owns(JsonNode fields, List<Key> keys) {
    JsonNode node = fields;
    for (Key key : keys) {
      node = node.get(key.text());
      if (node == null) {
        return false;
      }
    }
    return true;
  }
}
