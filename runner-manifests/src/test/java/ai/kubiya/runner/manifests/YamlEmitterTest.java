package ai.kubiya.runner.manifests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hand-written YAML emitter must read back (YAML 1.1, as PyYAML and SnakeYAML read) as exactly
 * the objects.
 */
class YamlEmitterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void everyObjectOfRichRendersReadsBackEqual() throws Exception {
    for (String[] sets :
        List.of(
            new String[] {},
            new String[] {
              "nats.jwt=a",
              "nats.secondJwt=b",
              "toolManager.adminClusterRole.create=true",
              "alloy.controller.type=daemonset"
            },
            new String[] {
              "alloy.livedebugging.enabled=true",
              "alloy.extraExporters.cadvisor.enabled=true",
              "organization=o: #x"
            })) {
      for (HasMetadata object : Renders.render(sets)) {
        assertReadsBack(object);
      }
    }
  }

  @Test
  void trickyStringsSurvive() throws Exception {
    Map<String, String> data = new LinkedHashMap<>();
    String[] values = {
      "",
      " ",
      "yes",
      "No",
      "on",
      "OFF",
      "y",
      "n",
      "true",
      "False",
      "null",
      "~",
      "0777",
      "0x1F",
      "1_000",
      "1:30",
      "12:30:45",
      "1e3",
      ".5",
      "+1",
      "-1",
      ".inf",
      ".NaN",
      "2001-12-14",
      "-",
      "- a",
      "a: b",
      "a #b",
      "#c",
      "key:",
      "@at",
      "`tick",
      "'q'",
      "\"dq\"",
      "a\tb",
      "tab\t",
      "trailing ",
      " leading",
      "multi\nline",
      "multi\nline\n",
      "multi\n\nblank\n\n",
      "\nlead",
      "  indented\nsecond",
      "line \nspace",
      "uni\u00e9",
      "ctrl\u0001",
      "back\\slash",
      "{braces}",
      "[list]",
      "*star",
      "&amp",
      "!tag",
      "%pct",
      "|pipe",
      ">gt",
      "<<",
      "=",
      "=eq",
      "?q",
      ",comma",
      "a,b",
      "0.6.2",
      "v1.5.1",
      "100m",
      "512Mi",
      "\r\n",
      "emoji \uD83D\uDE00",
      "ends with colon:",
      "x\u2028y",
      "\tfirst\n\tsecond\n",
      "a\n   \nb",
      "spaces at end   \nnext  \n",
      "x\n\ty = 1\n  z\n",
      "only\n \n"
    };
    for (int i = 0; i < values.length; i++) {
      data.put("k" + i, values[i]);
      data.put(values[i].isEmpty() ? "empty" : values[i] + "#key", "v" + i);
    }
    ConfigMap cm =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("tricky")
            .endMetadata()
            .withData(data)
            .build();
    assertReadsBack(cm);
  }

  private static void assertReadsBack(HasMetadata object) throws Exception {
    String yaml = ManifestYaml.render(object);
    JsonNode read = YAML.readTree(yaml);
    JsonNode expected = JSON.valueToTree(object);
    stripNulls(expected);
    assertTrue(
        expected.equals(NUMERIC, read),
        () -> object.getKind() + "/" + object.getMetadata().getName() + ":\n" + yaml);
  }

  /**
   * Equal nodes, numbers compared by value (an int written may read back as a long or the reverse).
   */
  private static final java.util.Comparator<JsonNode> NUMERIC =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private static void stripNulls(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) node;
      List<String> nulls = new java.util.ArrayList<>();
      o.properties()
          .iterator()
          .forEachRemaining(
              e -> {
                if (e.getValue().isNull()) {
                  nulls.add(e.getKey());
                } else {
                  stripNulls(e.getValue());
                }
              });
      o.remove(nulls);
    } else if (node.isArray()) {
      node.forEach(YamlEmitterTest::stripNulls);
    }
  }
}
