package ai.kubiya.runner.telemetry.alloy.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.telemetry.alloy.RunnerPipeline;
import ai.kubiya.runner.telemetry.alloy.RunnerPipelineSettings;
import ai.kubiya.runner.telemetry.alloy.check.PipelineFinding.Check;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyParser;
import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineChecksTest {
  private static String chartConfig() throws Exception {
    Path expected = ConformanceFixtures.renderCase("default").expected();
    try (MappingIterator<JsonNode> docs =
        new ObjectMapper(new YAMLFactory())
            .readerFor(JsonNode.class)
            .readValues(expected.toFile())) {
      while (docs.hasNext()) {
        JsonNode d = docs.next();
        if (d != null
            && "kubiya-runner-alloy-config".equals(d.path("metadata").path("name").asText())) {
          return d.path("data").path("config.alloy").asText();
        }
      }
    }
    throw new AssertionError("no alloy config in the default case");
  }

  private static List<Integer> linesContaining(String text, String needle) {
    List<Integer> lines = new ArrayList<>();
    String[] all = text.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      if (all[i].contains(needle)) {
        lines.add(i + 1);
      }
    }
    return lines;
  }

  @Test
  void chartsOwnPipelineHasExactlyTheUndefinedHttpModuleDefect() throws Exception {
    String config = chartConfig();
    List<PipelineFinding> findings = PipelineChecks.check("config.alloy", config);
    assertEquals(2, findings.size(), findings.toString());
    List<Integer> httpLines = linesContaining(config, "module = \"http\"");
    assertEquals(2, httpLines.size());
    for (int i = 0; i < 2; i++) {
      PipelineFinding f = findings.get(i);
      assertEquals(Check.BLACKBOX_MODULE, f.check());
      assertEquals(httpLines.get(i), f.position().line());
      assertTrue(f.message().contains("uses module \"http\""), f.message());
      assertTrue(f.message().contains("http_2xx, grpc, tcp_connect"), f.message());
    }
    assertTrue(findings.get(0).message().contains("\"dagger-engine\""));
    assertTrue(findings.get(1).message().contains("\"kubiya-operator\""));
    assertTrue(findings.get(0).toString().startsWith("config.alloy:" + httpLines.get(0) + ":"));
  }

  @Test
  void ourPipelineWithTheFixPassesAndWithoutItFails() {
    RunnerPipelineSettings base =
        RunnerPipelineSettings.builder()
            .namespace("ns")
            .release("r")
            .organization("o")
            .cadvisorEnabled(true)
            .liveDebugging(true)
            .build();
    assertEquals(2, PipelineChecks.check(RunnerPipeline.file(base)).size());
    String fixed =
        RunnerPipeline.render(
            RunnerPipelineSettings.builder().from(base).fixUndefinedBlackboxModule(true).build());
    assertEquals(List.of(), PipelineChecks.check("fixed.alloy", fixed));
  }

  @Test
  void findsEachKindOfMistakeWhereItIs() {
    String src =
        String.join(
            "\n",
            "discovery.kubernetes \"pods\" {",
            "  role = \"pod\"",
            "}",
            "discovery.relabel \"pods\" {",
            "  targets = discovery.kubernetes.pods.output",
            "  rule {",
            "    action = \"keepit\"",
            "  }",
            "  rule {",
            "    source_labels = [\"a\"]",
            "  }",
            "  rule {",
            "    target_label = \"x\"",
            "    regex = \"(unclosed\"",
            "  }",
            "}",
            "prometheus.scrape \"pods\" {",
            "  targets = discovery.relabel.podz.output",
            "  forward_to = [prometheus.remote_write.default.receiver, loki.write.x.receiver]",
            "  scrape_interval = \"1 minute\"",
            "}",
            "prometheus.scrape \"pods\" {",
            "  targets = prometheus.scrape.pods.targets",
            "  forward_to = [undefined_thing.receiver, sys.env(\"X\")]",
            "}",
            "");
    List<PipelineFinding> findings = PipelineChecks.check("bad.alloy", src);
    List<String> got = findings.stream().map(f -> f.check() + " " + f).toList();
    assertEquals(
        List.of(
            "DUPLICATE_LABEL bad.alloy:22:1: prometheus.scrape \"pods\" is "
                + "already declared at bad.alloy:17:1",
            "REFERENCE bad.alloy:5:13: \"discovery.kubernetes.pods.output\": "
                + "discovery.kubernetes does not export \"output\" (it exports targets)",
            "RELABEL bad.alloy:7:14: unknown relabel action \"keepit\" (valid: replace, "
                + "keep, drop, hashmod, labelmap, labeldrop, labelkeep, keepequal, "
                + "dropequal, lowercase, uppercase)",
            "RELABEL bad.alloy:9:3: relabel action \"replace\" needs a target_label",
            "RELABEL bad.alloy:14:13: regex \"(unclosed\" does not compile: Unclosed group",
            "REFERENCE bad.alloy:18:13: \"discovery.relabel.podz.output\": no "
                + "discovery.relabel component is labeled \"podz\" (declared: pods)",
            "REFERENCE bad.alloy:19:17: "
                + "\"prometheus.remote_write.default.receiver\" refers to no declared component",
            "REFERENCE bad.alloy:19:59: \"loki.write.x.receiver\" refers to no declared component",
            "DURATION bad.alloy:20:21: scrape_interval: invalid duration \"1 minute\"",
            "REFERENCE bad.alloy:23:13: \"prometheus.scrape.pods.targets\": "
                + "prometheus.scrape does not export \"targets\" (it exports nothing)",
            "REFERENCE bad.alloy:24:17: \"undefined_thing.receiver\" refers to nothing declared"),
        got);
  }

  @Test
  void syntaxErrorsAreFindingsToo() {
    List<PipelineFinding> findings = PipelineChecks.check("s.alloy", "a = [1 2]\n");
    assertEquals(1, findings.size());
    assertEquals(Check.SYNTAX, findings.get(0).check());
    assertEquals("s.alloy:1:8: missing ',' in expression list", findings.get(0).toString());
  }

  @Test
  void blockStyleBlackboxConfigIsRead() {
    String src =
        "prometheus.exporter.blackbox \"b\" {\n"
            + "  config = \"modules:\\n  ping:\\n    prober: icmp\\n    timeout: 5x\\n\"\n"
            + "  target {\n    name = \"t\"\n    address = \"a\"\n    module = \"ping\"\n  }\n"
            + "  target {\n    name = \"u\"\n    address = \"a\"\n    module = \"http_2xx\"\n  }\n"
            + "}\n";
    List<PipelineFinding> findings = PipelineChecks.check(AlloyParser.parse("b.alloy", src));
    assertEquals(2, findings.size(), findings.toString());
    assertEquals(Check.DURATION, findings.get(0).check());
    assertEquals(Check.BLACKBOX_MODULE, findings.get(1).check());
    assertEquals(11, findings.get(1).position().line());
  }
}
