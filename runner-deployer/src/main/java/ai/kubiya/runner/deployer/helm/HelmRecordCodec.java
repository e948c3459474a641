package ai.kubiya.runner.deployer.helm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Helm's release encoding: the release JSON, gzip-compressed, base64-encoded (Helm's {@code
 * encodeRelease}); decoding accepts uncompressed JSON too, as Helm does. Decompression stops at a
 * size bound, so a hostile record cannot exhaust memory.
 */
final class HelmRecordCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HelmRecordCodec() {}

  /** The release JSON of Helm's base64 text; {@code where} names the record in errors. */
  static ObjectNode decode(String where, byte[] helmBase64, long maxBytes) {
    byte[] raw;
    try {
      raw = Base64.getMimeDecoder().decode(helmBase64);
    } catch (IllegalArgumentException e) {
      throw new HelmException(where + ": data.release is not base64");
    }
    byte[] json = isGzip(raw) ? gunzip(where, raw, maxBytes) : raw;
    if (json.length > maxBytes) {
      throw new HelmException(where + ": the release record is larger than " + maxBytes + " bytes");
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(json);
    } catch (IOException e) {
      throw new HelmException(where + ": data.release is not a Helm release record (not JSON)");
    }
    if (tree == null || !tree.isObject()) {
      throw new HelmException(
          where + ": data.release is not a Helm release record (not a JSON object)");
    }
    return (ObjectNode) tree;
  }

  /** Helm's base64 text of a release JSON (gzip then base64). */
  static String encode(ObjectNode release) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      JSON.writeValue(gzip, release);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /** The revision a release JSON describes; {@code where} names the record in errors. */
  static HelmRevision revision(
      String where, ObjectNode json, HelmStorage storage, String recordName) {
    String name = text(where, json, "name");
    String namespace = text(where, json, "namespace");
    JsonNode version = json.path("version");
    if (!version.canConvertToInt() || version.asInt() < 1) {
      throw new HelmException(where + ": version is not a revision number");
    }
    String statusLabel = json.path("info").path("status").asText("");
    HelmStatus status =
        HelmStatus.ofLabel(statusLabel)
            .orElseThrow(
                () ->
                    new HelmException(
                        where
                            + ": info.status '"
                            + statusLabel
                            + "' is not a Helm release status"));
    JsonNode metadata = json.path("chart").path("metadata");
    if (!metadata.path("name").isTextual() || !metadata.path("version").isTextual()) {
      throw new HelmException(where + ": chart.metadata has no name and version");
    }
    JsonNode config = json.path("config");
    if (!config.isMissingNode() && !config.isNull() && !config.isObject()) {
      throw new HelmException(where + ": config is not a map");
    }
    JsonNode manifest = json.path("manifest");
    if (!manifest.isMissingNode() && !manifest.isTextual()) {
      throw new HelmException(where + ": manifest is not text");
    }
    return HelmRevision.builder()
        .name(name)
        .namespace(namespace)
        .revision(version.asInt())
        .status(status)
        .description(json.path("info").path("description").asText(""))
        .chartName(metadata.path("name").asText())
        .chartVersion(metadata.path("version").asText())
        .appVersion(optional(metadata.path("appVersion")))
        .lastDeployed(optional(json.path("info").path("last_deployed")))
        .storage(storage)
        .recordName(recordName)
        .valuesJson(config.isObject() ? config.toString() : "{}")
        .manifest(manifest.asText(""))
        .hooks(hooks(where, json.path("hooks")))
        .build();
  }

  private static List<HelmHook> hooks(String where, JsonNode hooks) {
    List<HelmHook> out = new ArrayList<>();
    if (hooks.isMissingNode() || hooks.isNull()) {
      return out;
    }
    if (!hooks.isArray()) {
      throw new HelmException(where + ": hooks is not a list");
    }
    for (int i = 0; i < hooks.size(); i++) {
      JsonNode hook = hooks.get(i);
      if (!hook.path("name").isTextual()
          || !hook.path("kind").isTextual()
          || !hook.path("manifest").isTextual()) {
        throw new HelmException(where + ": hooks[" + i + "] has no name, kind and manifest");
      }
      List<String> events = new ArrayList<>();
      hook.path("events").forEach(e -> events.add(e.asText()));
      out.add(
          HelmHook.builder()
              .name(hook.path("name").asText())
              .kind(hook.path("kind").asText())
              .path(hook.path("path").asText(""))
              .events(events)
              .manifest(hook.path("manifest").asText())
              .build());
    }
    return out;
  }

  private static String text(String where, JsonNode json, String field) {
    JsonNode node = json.path(field);
    if (!node.isTextual() || node.asText().isEmpty()) {
      throw new HelmException(
          where + ": data.release is not a Helm release record (no " + field + ")");
    }
    return node.asText();
  }

  private static Optional<String> optional(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty()
        ? Optional.of(node.asText())
        : Optional.empty();
  }

  private static boolean isGzip(byte[] raw) {
    return raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
  }

  private static byte[] gunzip(String where, byte[] raw, long maxBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new HelmException(
              where + ": the release record decompresses to more than " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
    } catch (ZipException e) {
      throw new HelmException(where + ": data.release is not valid gzip");
    } catch (IOException e) {
      throw new HelmException(where + ": data.release is truncated or not valid gzip");
    }
    return out.toByteArray();
  }

  /** The JSON text of a tree, for tests and messages that need none of its values. */
  static String json(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
