package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;
import static ai.kubiya.runner.deployer.Fixtures.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The deployer deletes an object only at the version it read: each delete carries the object's
 * resourceVersion as a precondition, and an object changed since is read again and deleted only if
 * it is still the release's to delete.
 *
 * <p>How this is tested: fabric8's CRUD mock server ignores delete preconditions, so the tests read
 * the preconditions from the recorded request bodies, and stand in for the API server's refusal of
 * a stale version with an injected 409 (for one request), changing the object behind the deployer's
 * back just before that request when the test needs it changed.
 */
class DeletePreconditionTest extends MockClusterTest {
  private static final String CONFIG_MAP = "kubiya-runner-alloy-config";
  private static final String CONFIG_MAP_PATH =
      "/api/v1/namespaces/" + NS + "/configmaps/" + CONFIG_MAP;
  private static final Pattern PRECONDITION =
      Pattern.compile("\"preconditions\":\\{\"resourceVersion\":\"([0-9]+)\"}");

  @Test
  void anUninstallDeletesEachObjectAtTheVersionItReadInTheBackground() throws Exception {
    h.deployer().install(Fixtures.v1Manifest());
    String version =
        admin
            .configMaps()
            .inNamespace(NS)
            .withName(CONFIG_MAP)
            .get()
            .getMetadata()
            .getResourceVersion();
    forgetRequests();

    h.deployer().uninstall(RELEASE);

    List<Delete> deletes = objectDeletes();
    assertEquals(Fixtures.v1().size(), deletes.size(), "one delete per object");
    for (Delete delete : deletes) {
      assertTrue(PRECONDITION.matcher(delete.body).find(), delete.path + ": " + delete.body);
      assertTrue(
          delete.body.contains("\"propagationPolicy\":\"Background\""),
          delete.path + ": " + delete.body);
    }
    assertEquals(List.of(version), versionsDeleted(deletes, CONFIG_MAP_PATH));
  }

  @Test
  void anObjectChangedSinceItWasReadIsReadAgainAndDeletedAtItsNewVersion() throws Exception {
    h.deployer().install(Fixtures.v1Manifest());
    // someone (a controller) changes the object after the uninstall read it
    changeTheConfigMapThenRefuseItsNextDelete(c -> c.getData().put("changed", "by a controller"));
    forgetRequests();

    UninstallResult result = h.deployer().uninstall(RELEASE);

    assertEquals(Fixtures.v1().size(), result.deleted().size());
    assertNull(admin.configMaps().inNamespace(NS).withName(CONFIG_MAP).get());
    List<String> versions = versionsDeleted(objectDeletes(), CONFIG_MAP_PATH);
    assertEquals(2, versions.size(), versions.toString());
    assertTrue(
        Long.parseLong(versions.get(1)) > Long.parseLong(versions.get(0)),
        "the second delete is at the version read again: " + versions);
    assertEquals(
        0, h.events(ProgressEvent.Type.RETRYING).size(), "a conflict is not retried blindly");
  }

  @Test
  void anObjectThatStoppedBeingTheReleasesWhileBeingDeletedIsLeftAndTheUninstallSaysSo()
      throws Exception {
    h.deployer().install(Fixtures.v1Manifest());
    changeTheConfigMapThenRefuseItsNextDelete(
        c -> c.getMetadata().getAnnotations().put(Ownership.RESOURCE_POLICY, "keep"));

    DeployException e = assertThrows(DeployException.class, () -> h.deployer().uninstall(RELEASE));

    assertTrue(
        e.getMessage()
            .contains(
                "ConfigMap/"
                    + CONFIG_MAP
                    + " changed while it was being deleted and is no longer"
                    + " the release's to delete; left as it is"),
        e.getMessage());
    assertTrue(e.getMessage().contains("uninstall again to finish"), e.getMessage());
    assertNotNull(admin.configMaps().inNamespace(NS).withName(CONFIG_MAP).get());
    // run again: the object, now kept, is left, and the rest is deleted
    UninstallResult again = h.deployer().uninstall(RELEASE);
    assertFalse(again.deleted().stream().anyMatch(r -> r.name().equals(CONFIG_MAP)));
    assertEquals(List.of("ConfigMap/" + CONFIG_MAP), List.copyOf(h.live().keySet()));
  }

  /**
   * Just before the deployer's next delete of the ConfigMap leaves, {@code change} is made to it
   * behind the deployer's back, and that delete gets the API server's answer to a precondition that
   * no longer holds (409), once.
   */
  private void changeTheConfigMapThenRefuseItsNextDelete(Consumer<ConfigMap> change) {
    h.log.beforeNext(
        r -> r.startsWith("DELETE ") && r.contains(CONFIG_MAP_PATH),
        () ->
            admin
                .configMaps()
                .inNamespace(NS)
                .withName(CONFIG_MAP)
                .edit(
                    c -> {
                      change.accept(c);
                      return c;
                    }));
    server
        .expect()
        .delete()
        .withPath(CONFIG_MAP_PATH)
        .andReturn(409, FailureTest.status(409, "Conflict"))
        .once();
  }

  private void forgetRequests() throws InterruptedException {
    while (server.takeRequest(0, TimeUnit.SECONDS) != null) {
      // the requests before the step under test
    }
  }

  /** A recorded delete: its path and its body (which a recorded request gives once). */
  private static final class Delete {
    final String path;
    final String body;

    Delete(RecordedRequest request) {
      this.path = request.getPath();
      this.body = request.getUtf8Body();
    }
  }

  /** The deletes of release objects recorded since, lock leases and history left out. */
  private List<Delete> objectDeletes() throws InterruptedException {
    List<Delete> deletes = new ArrayList<>();
    RecordedRequest request;
    while ((request = server.takeRequest(0, TimeUnit.SECONDS)) != null) {
      if (request.getMethod().equals("DELETE")
          && !request.getPath().contains("/leases/")
          && !request.getPath().contains("/secrets/kubiya-runner.v1.")) {
        deletes.add(new Delete(request));
      }
    }
    return deletes;
  }

  /** The resourceVersion preconditions of the deletes of {@code path}, in order. */
  private static List<String> versionsDeleted(List<Delete> deletes, String path) {
    List<String> versions = new ArrayList<>();
    for (Delete delete : deletes) {
      if (delete.path.startsWith(path)) {
        Matcher m = PRECONDITION.matcher(delete.body);
        versions.add(m.find() ? m.group(1) : "none");
      }
    }
    return versions;
  }
}
