package ai.kubiya.runner.deployer.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.values.RunnerConfigLoader;
import ai.kubiya.runner.naming.Component;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImageUpdateCheckerTest {
  MockWebServer server = new MockWebServer();
  HttpUrl url;
  RunnerConfig config =
      RunnerConfigLoader.create().release("deployment-x").namespace("kubiya").load();

  @BeforeEach
  void start() throws IOException {
    server.start();
    url = server.url("/stable/kubiya_versions.json");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  void serve(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  @Test
  void plansTheTagsThatDifferAndIgnoresUnknownComponents() {
    String currentTool = config.values().toolManager().image().tag();
    serve(
        200,
        "{\"agent_manager\": \"v0.1.5\", \"tool-manager\": \""
            + currentTool
            + "\", \"sdkServer\": \"v1.8.0\","
            + " \"grafana\": \"v2\"}");

    ImageUpdatePlan plan = ImageUpdateChecker.create().check(url, config);

    assertEquals(
        List.of(Component.AGENT_MANAGER, Component.SDK_SERVER),
        plan.updates().stream().map(ImageUpdate::component).toList());
    assertEquals(config.values().agentManager().image().tag(), plan.updates().get(0).currentTag());
    assertEquals(
        List.of("agentManager.image.tag=v0.1.5", "toolManager.sdkServer.image.tag=v1.8.0"),
        plan.setArguments());
    assertEquals(List.of("grafana"), plan.unknownComponents());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void thePlanAppliesToTheConfigAndChangesNothingElse() {
    serve(200, "{\"agent-manager\": \"v0.1.5\", \"kubiya-operator\": \"runner_v3\"}");
    ImageUpdatePlan plan = ImageUpdateChecker.create().check(url, config);

    RunnerConfig updated = plan.applyTo(config);

    assertEquals("v0.1.5", updated.values().agentManager().image().tag());
    assertEquals("runner_v3", updated.values().kubiyaOperator().image().tag());
    assertEquals(config.values().toolManager(), updated.values().toolManager());
    assertEquals(config.release(), updated.release());
    assertTrue(
        ImageUpdateChecker.plan(
                Map.of("agent-manager", "v0.1.5", "kubiya-operator", "runner_v3"), updated)
            .isEmpty());
  }

  @Test
  void downgradesAreFlagged() {
    assertTrue(ImageUpdate.of(Component.AGENT_MANAGER, "v0.1.4", "v0.0.22").isDowngrade());
    assertFalse(ImageUpdate.of(Component.AGENT_MANAGER, "v0.1.4", "v0.1.10").isDowngrade());
    assertFalse(ImageUpdate.of(Component.KUBIYA_OPERATOR, "runner_v2", "runner_v1").isDowngrade());
  }

  @Test
  void httpFailuresAreOneLineErrors() {
    serve(404, "not here");
    ImageUpdateException e =
        assertThrows(ImageUpdateException.class, () -> ImageUpdateChecker.create().fetch(url));
    assertEquals("GET " + url + ": HTTP 404", e.getMessage());
  }

  @Test
  void badDocumentsNameWhereTheyAreWrong() {
    serve(200, "{\"agent-manager\": \n  \"v1\",, }");
    ImageUpdateException syntax =
        assertThrows(ImageUpdateException.class, () -> ImageUpdateChecker.create().fetch(url));
    assertTrue(syntax.getMessage().startsWith(url + ":2:"), syntax.getMessage());

    serve(200, "{\"agent-manager\": 3}");
    ImageUpdateException type =
        assertThrows(ImageUpdateException.class, () -> ImageUpdateChecker.create().fetch(url));
    assertEquals(url + ": agent-manager: expected an image tag, found number", type.getMessage());

    serve(200, "[\"v1\"]");
    ImageUpdateException shape =
        assertThrows(ImageUpdateException.class, () -> ImageUpdateChecker.create().fetch(url));
    assertEquals(url + ": expected a JSON object of component to image tag", shape.getMessage());
  }

  @Test
  void keysAreAcceptedInEverySpelling() {
    for (String key : List.of("tool-manager", "tool_manager", "toolManager")) {
      assertEquals(Component.TOOL_MANAGER, Component.ofImageKey(key).orElseThrow(), key);
    }
    assertTrue(Component.ofImageKey("dagger").isEmpty());
  }
}
