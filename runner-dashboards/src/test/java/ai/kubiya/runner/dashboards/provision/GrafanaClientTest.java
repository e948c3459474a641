package ai.kubiya.runner.dashboards.provision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DashboardJson;
import ai.kubiya.runner.dashboards.runner.RunnerDashboards;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Grafana client against OkHttp's MockWebServer, answering with the request and response shapes
 * of Grafana's HTTP API documentation (no Grafana server runs on the build machines).
 */
class GrafanaClientTest {
  private static final String TOKEN = "glsa_s3cr3tT0kenValue_0123abcd";

  private MockWebServer server;
  private GrafanaClient grafana;
  private final Dashboard toolManager =
      RunnerDashboards.find("tool-manager", "prom").orElseThrow().build();

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
    grafana = GrafanaClient.connect(server.url("/grafana/").toString(), TOKEN);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void answer(int code, String json) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "application/json")
            .body(json)
            .build());
  }

  private RecordedRequest request() throws InterruptedException {
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  @Test
  void savePostsTheDashboardByUidWithFolderOverwriteAndMessage() throws Exception {
    answer(
        200,
        "{\"id\":1,\"uid\":\"tool-manager\",\"url\":\"/grafana/d/tool-manager/tool-manager\","
            + "\"status\":\"success\",\"version\":7,\"slug\":\"tool-manager\"}");

    SaveResult result =
        grafana.save(
            SaveRequest.of(
                    ai.kubiya.runner.dashboards.model.ImmutableDashboard.copyOf(toolManager)
                        .withId(140))
                .withFolderUid("runners")
                .withOverwrite(true)
                .withMessage("kubiya-runner dashboards push"));

    RecordedRequest r = request();
    assertEquals("POST", r.getMethod());
    assertEquals("/grafana/api/dashboards/db", r.getTarget());
    assertEquals("Bearer " + TOKEN, r.getHeaders().get("Authorization"));
    JsonNode body = DashboardJson.readTree(r.getBody().utf8(), "request");
    assertEquals("runners", body.path("folderUid").asText());
    assertTrue(body.path("overwrite").asBoolean());
    assertEquals("kubiya-runner dashboards push", body.path("message").asText());
    assertEquals("tool-manager", body.path("dashboard").path("uid").asText());
    assertFalse(body.path("dashboard").has("id"), "ids are per instance; Grafana matches by uid");
    assertEquals(toolManager, DashboardJson.read(body.path("dashboard").toString(), "sent"));
    assertEquals(
        ImmutableSaveResult.builder()
            .uid("tool-manager")
            .url("/grafana/d/tool-manager/tool-manager")
            .version(7)
            .status("success")
            .build(),
        result);
  }

  @Test
  void saveWithoutFolderOrMessageLeavesThemOut() throws Exception {
    answer(
        200,
        "{\"uid\":\"tool-manager\",\"url\":\"/d/tool-manager/x\",\"status\""
            + ":\"success\",\"version\":1}");
    grafana.save(SaveRequest.of(toolManager));
    JsonNode body = DashboardJson.readTree(request().getBody().utf8(), "request");
    assertFalse(body.has("folderUid"));
    assertFalse(body.has("message"));
    assertFalse(body.path("overwrite").asBoolean());
  }

  @Test
  void getReadsTheDashboardAndItsMeta() throws Exception {
    String dashboard = DashboardJson.writeCompact(toolManager);
    answer(
        200,
        "{\"meta\":{\"type\":\"db\",\"slug\":\"tool-manager\",\"url\":\"/d/"
            + "tool-manager/tool-manager\","
            + "\"folderUid\":\"runners\",\"folderTitle\":\"Customer "
            + "Runners\",\"provisioned\":false,\"version\":7},"
            + "\"dashboard\":"
            + dashboard
            + "}");

    StoredDashboard stored = grafana.get("tool-manager").orElseThrow();

    assertEquals("/grafana/api/dashboards/uid/tool-manager", request().getTarget());
    assertEquals(toolManager, stored.dashboard());
    assertEquals(Optional.of("runners"), stored.folderUid());
    assertEquals(Optional.of("Customer Runners"), stored.folderTitle());
    assertFalse(stored.provisioned());
  }

  @Test
  void getOfAMissingDashboardIsEmpty() {
    answer(404, "{\"message\":\"Dashboard not found\"}");
    assertEquals(Optional.empty(), grafana.get("nope"));
  }

  @Test
  void searchSendsQueryAndTagsAndReadsHits() throws Exception {
    answer(
        200,
        "[{\"id\":163,\"uid\":\"tool-manager\",\"title\":\"Customer Runners / "
            + "Component Exporter / Tool Manager\","
            + "\"uri\":\"db/tool-manager\",\"url\":\"/d/tool-manager/tool-manager\","
            + "\"type\":\"dash-db\","
            + "\"tags\":[\"runners\",\"tool_manager\"],\"isStarred\":false,\"folderUid\""
            + ":\"runners\",\"folderTitle\":\"Customer "
            + "Runners\"}]");

    List<SearchHit> hits = grafana.search("Tool", "runners");

    RecordedRequest r = request();
    assertEquals("GET", r.getMethod());
    assertEquals("/grafana/api/search", r.getUrl().encodedPath());
    assertEquals("Tool", r.getUrl().queryParameter("query"));
    assertEquals("runners", r.getUrl().queryParameter("tag"));
    assertEquals("dash-db", r.getUrl().queryParameter("type"));
    assertEquals(1, hits.size());
    assertEquals("tool-manager", hits.get(0).uid());
    assertEquals(List.of("runners", "tool_manager"), hits.get(0).tags());
    assertEquals(Optional.of("Customer Runners"), hits.get(0).folderTitle());
  }

  @Test
  void deleteByUid() throws Exception {
    answer(
        200,
        "{\"title\":\"Tool Manager\",\"message\":\"Dashboard Tool Manager deleted\",\"id\":2}");
    answer(404, "{\"message\":\"Dashboard not found\"}");
    assertTrue(grafana.delete("tool-manager"));
    RecordedRequest r = request();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/grafana/api/dashboards/uid/tool-manager", r.getTarget());
    assertFalse(grafana.delete("tool-manager"));
  }

  @Test
  void unauthorizedNamesTheTokenProblemWithoutTheToken() {
    answer(401, "{\"message\":\"Invalid API key\"}");
    GrafanaException e =
        assertThrows(GrafanaException.class, () -> grafana.save(SaveRequest.of(toolManager)));
    assertEquals(GrafanaException.Reason.UNAUTHORIZED, e.reason());
    assertEquals(401, e.status());
    assertTrue(
        e.getMessage()
            .contains(
                "refused the token (401 Unauthorized) to save dashboard "
                    + "tool-manager: Invalid API key"),
        e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN));
    assertFalse(grafana.toString().contains(TOKEN));
  }

  @Test
  void forbiddenSaysWhatPermissionIsMissing() {
    answer(403, "{\"message\":\"Access denied to save dashboard\"}");
    GrafanaException e =
        assertThrows(
            GrafanaException.class,
            () -> grafana.save(SaveRequest.of(toolManager).withFolderUid("locked")));
    assertEquals(GrafanaException.Reason.FORBIDDEN, e.reason());
    assertTrue(
        e.getMessage()
            .startsWith(
                "the token's service account may not save dashboard tool-manager (403 Forbidden)"),
        e.getMessage());
  }

  @Test
  void versionConflictAndNameClashAreTheir412s() {
    answer(
        412,
        "{\"message\":\"The dashboard has been changed by someone "
            + "else\",\"status\":\"version-mismatch\"}");
    GrafanaException conflict =
        assertThrows(GrafanaException.class, () -> grafana.save(SaveRequest.of(toolManager)));
    assertEquals(GrafanaException.Reason.VERSION_CONFLICT, conflict.reason());
    assertTrue(conflict.getMessage().contains("save with overwrite"), conflict.getMessage());

    answer(
        412,
        "{\"message\":\"A dashboard with the same name in the folder already "
            + "exists\",\"status\":\"name-exists\"}");
    GrafanaException name =
        assertThrows(GrafanaException.class, () -> grafana.save(SaveRequest.of(toolManager)));
    assertEquals(GrafanaException.Reason.NAME_EXISTS, name.reason());

    answer(
        412, "{\"message\":\"Cannot save provisioned dashboard\",\"status\":\"plugin-dashboard\"}");
    assertEquals(
        GrafanaException.Reason.PRECONDITION_FAILED,
        assertThrows(GrafanaException.class, () -> grafana.save(SaveRequest.of(toolManager)))
            .reason());
  }

  @Test
  void notFoundOnSaveIsAnError() {
    answer(404, "{\"message\":\"Folder not found\"}");
    GrafanaException e =
        assertThrows(
            GrafanaException.class,
            () -> grafana.save(SaveRequest.of(toolManager).withFolderUid("nope")));
    assertEquals(GrafanaException.Reason.NOT_FOUND, e.reason());
    assertEquals(
        "cannot save dashboard tool-manager: not found (404): Folder not found", e.getMessage());
  }

  @Test
  void anUnreachableGrafanaIsReportedAsSuch() {
    server.close();
    GrafanaException e = assertThrows(GrafanaException.class, () -> grafana.get("tool-manager"));
    assertEquals(GrafanaException.Reason.UNREACHABLE, e.reason());
    assertTrue(e.getMessage().startsWith("cannot reach Grafana at "), e.getMessage());
  }

  @Test
  void aTokenIsRequired() {
    assertThrows(
        IllegalArgumentException.class, () -> GrafanaClient.connect("http://localhost:3000", " "));
  }
}
