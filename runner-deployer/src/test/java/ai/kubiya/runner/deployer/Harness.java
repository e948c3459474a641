package ai.kubiya.runner.deployer;

import static ai.kubiya.runner.deployer.Fixtures.NS;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A recorded client on the mock server, an admin client to look behind the deployer's back, and
 * events.
 */
final class Harness implements AutoCloseable {
  final KubernetesClient admin;
  final RequestLog log = new RequestLog();
  final KubernetesClient client;
  final List<ProgressEvent> events = Collections.synchronizedList(new ArrayList<>());

  Harness(KubernetesClient admin) {
    this.admin = admin;
    this.client = Clusters.recorded(admin, log);
  }

  /**
   * Options for tests: no waiting, fast retries, create-or-replace (the mock has no apply), and a
   * lease long enough that no renewal happens during an operation on a loaded machine (the lock
   * tests shorten it).
   */
  ImmutableDeployOptions.Builder options() {
    return DeployOptions.builder()
        .lockLeaseDuration(Duration.ofSeconds(90))
        .waitForReady(false)
        .applyMode(ApplyMode.CREATE_OR_REPLACE)
        .retryPolicy(
            RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(5)).build())
        .pollInterval(Duration.ofMillis(20))
        .progressListener(events::add);
  }

  RunnerDeployer deployer() {
    return RunnerDeployer.create(client, options().build());
  }

  /**
   * Every object of the fixture kinds in the namespace (and cluster roles), history excluded, by
   * ref.
   */
  Map<String, HasMetadata> live() {
    Map<String, HasMetadata> live = new TreeMap<>();
    List<HasMetadata> all = new ArrayList<>();
    all.addAll(
        admin.secrets().inNamespace(NS).withoutLabel(HistoryStore.RELEASE_LABEL).list().getItems());
    all.addAll(admin.serviceAccounts().inNamespace(NS).list().getItems());
    all.addAll(admin.configMaps().inNamespace(NS).list().getItems());
    all.addAll(admin.rbac().clusterRoles().list().getItems());
    all.addAll(admin.rbac().roles().inNamespace(NS).list().getItems());
    all.addAll(admin.rbac().roleBindings().inNamespace(NS).list().getItems());
    all.addAll(admin.services().inNamespace(NS).list().getItems());
    all.addAll(admin.apps().deployments().inNamespace(NS).list().getItems());
    all.addAll(admin.apps().daemonSets().inNamespace(NS).list().getItems());
    all.addAll(admin.batch().v1().cronjobs().inNamespace(NS).list().getItems());
    all.forEach(o -> live.put(ObjectRef.of(o).toString(), o));
    return live;
  }

  static Set<String> refs(List<? extends HasMetadata> objects) {
    return objects.stream()
        .map(o -> ObjectRef.of(o).toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** resourceVersion of every live object, by ref. */
  Map<String, String> versions() {
    Map<String, String> versions = new TreeMap<>();
    live().forEach((ref, o) -> versions.put(ref, o.getMetadata().getResourceVersion()));
    return versions;
  }

  List<ProgressEvent> events(ProgressEvent.Type type) {
    synchronized (events) {
      return events.stream().filter(e -> e.type() == type).toList();
    }
  }

  /** The image of the first container of a live Deployment. */
  static String image(Map<String, HasMetadata> live, String deployment) {
    return ((io.fabric8.kubernetes.api.model.apps.Deployment) live.get("Deployment/" + deployment))
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0)
        .getImage();
  }

  @Override
  public void close() {
    client.close();
  }
}
