package ai.kubiya.runner.telemetry.alloy.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.telemetry.alloy.check.PipelineChecks;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyFile;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyPrinter;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentBuildersTest {
  @Test
  void remoteWriteEndpointWithEveryBlock() {
    PrometheusRemoteWrite rw =
        PrometheusRemoteWrite.builder("grafana")
            .endpoint(
                RemoteWriteEndpoint.builder()
                    .url(Expr.env("URL"))
                    .remoteTimeout("30s")
                    .headers(Map.of("X-Scope-OrgID", Expr.string("tenant")))
                    .basicAuth(Expr.env("USER"), Expr.env("PASS"))
                    .tlsConfig(
                        TlsConfig.builder().caFile("/etc/ca.pem").insecureSkipVerify(false).build())
                    .queueConfig(
                        QueueConfig.builder()
                            .capacity(10000)
                            .maxShards(4)
                            .batchSendDeadline("5s")
                            .build())
                    .writeRelabelConfig(
                        RelabelRule.builder()
                            .sourceLabels("__name__")
                            .regex("go_.*")
                            .action(RelabelAction.DROP)
                            .build())
                    .build())
            .build();
    String text = AlloyPrinter.print(AlloyFile.of(rw.toBlock()));
    assertEquals(
        String.join(
            "\n",
            "prometheus.remote_write \"grafana\" {",
            "\tendpoint {",
            "\t\turl            = sys.env(\"URL\")",
            "\t\tremote_timeout = \"30s\"",
            "\t\theaders        = {",
            "\t\t\t\"X-Scope-OrgID\" = \"tenant\",",
            "\t\t}",
            "",
            "\t\tbasic_auth {",
            "\t\t\tusername = sys.env(\"USER\")",
            "\t\t\tpassword = sys.env(\"PASS\")",
            "\t\t}",
            "",
            "\t\ttls_config {",
            "\t\t\tca_file              = \"/etc/ca.pem\"",
            "\t\t\tinsecure_skip_verify = false",
            "\t\t}",
            "",
            "\t\tqueue_config {",
            "\t\t\tcapacity            = 10000",
            "\t\t\tmax_shards          = 4",
            "\t\t\tbatch_send_deadline = \"5s\"",
            "\t\t}",
            "",
            "\t\twrite_relabel_config {",
            "\t\t\tsource_labels = [\"__name__\"]",
            "\t\t\tregex         = \"go_.*\"",
            "\t\t\taction        = \"drop\"",
            "\t\t}",
            "\t}",
            "}",
            ""),
        text);
    assertEquals("prometheus.remote_write.grafana.receiver", AlloyPrinter.print(rw.receiver()));
  }

  @Test
  void blackboxConfigIsOneLineOfYamlFlowStyle() {
    BlackboxConfig config =
        BlackboxConfig.of(
            BlackboxModule.builder("http_2xx", BlackboxModule.Prober.HTTP)
                .timeout("5s")
                .validStatusCodes(200, 204)
                .preferredIpProtocol("ip4")
                .setting("method", "GET")
                .build(),
            BlackboxModule.builder("icmp", BlackboxModule.Prober.ICMP).build());
    assertEquals(
        "{ modules: { http_2xx: { prober: http, timeout: 5s,"
            + " http: { valid_status_codes: [200, 204], preferred_ip_protocol: ip4, method: GET }"
            + " },"
            + " icmp: { prober: icmp } } }",
        config.toConfigString());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            BlackboxConfig.of(
                BlackboxModule.builder("a", BlackboxModule.Prober.TCP).build(),
                BlackboxModule.builder("a", BlackboxModule.Prober.TCP).build()));
  }

  @Test
  void builtPipelinePassesTheChecks() {
    DiscoveryKubernetes pods =
        DiscoveryKubernetes.builder("pods")
            .role(DiscoveryKubernetes.Role.POD)
            .namespaces(List.of("ns"))
            .build();
    DiscoveryRelabel relabel =
        DiscoveryRelabel.builder("pods")
            .targets(pods.targets())
            .rule(
                RelabelRule.builder()
                    .sourceLabels("__meta_kubernetes_pod_name")
                    .targetLabel("pod")
                    .build())
            .build();
    PrometheusRemoteWrite rw =
        PrometheusRemoteWrite.builder("default")
            .endpoint(
                RemoteWriteEndpoint.builder()
                    .url(Expr.env("URL"))
                    .bearerToken(Expr.env("TOKEN"))
                    .build())
            .build();
    PrometheusScrape scrape =
        PrometheusScrape.builder("pods")
            .targets(relabel.output())
            .forwardTo(rw.receiver())
            .scrapeInterval("15s")
            .build();
    AlloyFile file =
        AlloyFile.of(List.of(pods.toBlock(), relabel.toBlock(), scrape.toBlock(), rw.toBlock()));
    assertEquals(List.of(), PipelineChecks.check(file));
    assertEquals(List.of(), PipelineChecks.check("built", AlloyPrinter.print(file)));
  }

  @Test
  void badInputsAreRefusedEarly() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PrometheusScrape.builder("x").scrapeInterval("60"));
    assertEquals("scrape_interval: missing unit in duration \"60\"", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> PrometheusScrape.builder("not-an-identifier"));
    assertEquals(java.time.Duration.ofSeconds(90), Durations.parse("1m30s"));
    assertEquals(java.time.Duration.ofMillis(1500), Durations.parse("1.5s"));
    assertTrue(Durations.problem("1d").isPresent());
  }
}
