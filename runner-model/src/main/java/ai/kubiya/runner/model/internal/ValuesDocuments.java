package ai.kubiya.runner.model.internal;

import ai.kubiya.runner.model.values.ValuesException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads Helm values documents (YAML) into plain trees, with one-line errors naming file and line. */
public final class ValuesDocuments {
  private static final ObjectMapper YAML = new YAMLMapper();

  private ValuesDocuments() {}

  /** Reads a values file; an empty file is an empty map. */
  public static Map<String, Object> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ValuesException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new ValuesException(file.toString(), "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    return parse(text, file.toString());
  }

  /** Parses a values document; {@code source} names it in errors. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parse(String text, String source) {
    JsonNode node;
    try {
      node = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? source : source + ":" + at.getLineNr();
      String reason = e.getOriginalMessage() == null ? "malformed YAML" : e.getOriginalMessage();
      throw new ValuesException(where, "malformed YAML: " + reason.lines().findFirst().orElse(reason));
    }
    if (node == null || node.isMissingNode() || node.isNull()) {
      return new LinkedHashMap<>();
    }
    if (!node.isObject()) {
      throw new ValuesException(source + ":1", "a values document must be a map, got " + kind(node));
    }
    return YAML.convertValue(node, LinkedHashMap.class);
  }

  private static String kind(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
