package ai.kubiya.runner.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.StatusCauseBuilder;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Server-side apply as a real API server sees it, through expectations the mock server answers. */
class ServerSideApplyTest extends MockClusterTest {
  static final String PATH = "/api/v1/namespaces/kubiya/configmaps/kubiya-runner-alloy-config";

  static ConfigMap configMap() {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName("kubiya-runner-alloy-config")
        .endMetadata()
        .addToData("k", "v")
        .build();
  }

  List<RecordedRequest> requests() throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    for (RecordedRequest r; (r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null; ) {
      requests.add(r);
    }
    return requests;
  }

  @Test
  void eachObjectIsOneApplyPatchWithTheFieldManager() throws Exception {
    ConfigMap stored = configMap();
    stored.getMetadata().setNamespace("kubiya");
    server
        .expect()
        .patch()
        .withPath(PATH + "?fieldManager=kubiya-runner-sdk&force=true")
        .andReturn(200, stored)
        .once();
    RunnerDeployer deployer =
        RunnerDeployer.create(
            h.client,
            h.options().applyMode(ApplyMode.SERVER_SIDE_APPLY).forceConflicts(true).build());

    deployer.install(Fixtures.manifest(List.of(configMap()), ""));

    RecordedRequest apply =
        requests().stream()
            .filter(r -> r.getMethod().equals("PATCH") && r.getPath().startsWith(PATH))
            .findFirst()
            .orElseThrow();
    assertEquals("application/apply-patch+yaml", apply.getHeader("Content-Type").split(";")[0]);
    String body = apply.getBody().readUtf8();
    assertTrue(body.contains(Ownership.RELEASE_LABEL), body);
    assertTrue(body.contains(Ownership.DIGEST_ANNOTATION), body);
    assertFalse(body.contains("resourceVersion"), body);
    assertFalse(deployer.usesApplyFallback());
  }

  @Test
  void anExistingObjectIsAppliedWithTheResourceVersionTheOwnershipCheckSaw() throws Exception {
    ConfigMap owned = configMap();
    owned.getMetadata().setNamespace("kubiya");
    owned.getMetadata().setLabels(new java.util.HashMap<>(Ownership.selector(Fixtures.RELEASE)));
    owned.getData().put("k", "old");
    String checked = admin.resource(owned).create().getMetadata().getResourceVersion();
    server
        .expect()
        .patch()
        .withPath(PATH + "?fieldManager=kubiya-runner-sdk")
        .andReturn(200, owned)
        .once();
    RunnerDeployer deployer =
        RunnerDeployer.create(h.client, h.options().applyMode(ApplyMode.SERVER_SIDE_APPLY).build());

    deployer.install(Fixtures.manifest(List.of(configMap()), ""));

    RecordedRequest apply =
        requests().stream()
            .filter(r -> r.getMethod().equals("PATCH") && r.getPath().startsWith(PATH))
            .findFirst()
            .orElseThrow();
    String body = apply.getBody().readUtf8();
    assertTrue(body.matches("(?s).*\"?resourceVersion\"?\\s*:\\s*\"?" + checked + "\"?.*"), body);
  }

  @Test
  void aFieldConflictIsReportedWithoutRetryAndNamesTheWayOut() {
    server
        .expect()
        .patch()
        .withPath(PATH + "?fieldManager=kubiya-runner-sdk")
        .andReturn(
            409,
            new StatusBuilder()
                .withCode(409)
                .withReason("Conflict")
                .withStatus("Failure")
                .withMessage("Apply failed with 1 conflict")
                .withNewDetails()
                .withCauses(
                    new StatusCauseBuilder()
                        .withReason("FieldManagerConflict")
                        .withField(".data.k")
                        .withMessage("conflict with \"kubectl-edit\"")
                        .build())
                .endDetails()
                .build())
        .always();
    RunnerDeployer deployer =
        RunnerDeployer.create(h.client, h.options().applyMode(ApplyMode.SERVER_SIDE_APPLY).build());

    DeployException e =
        assertThrows(
            DeployException.class,
            () -> deployer.install(Fixtures.manifest(List.of(configMap()), "")));

    assertEquals(
        "revision 1 of deployment-x failed: apply "
            + "ConfigMap/kubiya-runner-alloy-config: .data.k conflict with \"kubectl-edit\";"
            + " re-run with force-conflicts to take these fields over",
        e.getMessage());
    assertEquals(1, h.log.writes().stream().filter(w -> w.startsWith("PATCH " + PATH)).count());
    assertEquals(List.of(), h.events(ProgressEvent.Type.RETRYING));
  }
}
