package ai.kubiya.runner.manifests.internal.components;

import ai.kubiya.runner.manifests.ManifestSet;
import ai.kubiya.runner.manifests.internal.ComponentBuilder;
import ai.kubiya.runner.manifests.internal.RenderContext;
import ai.kubiya.runner.model.NatsValues;
import ai.kubiya.runner.model.RegistryTlsValues;
import ai.kubiya.runner.naming.Component;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secrets the runner's components share, as Helm pre-install/pre-upgrade hooks: the two NATS
 * creds secrets (only when both {@code nats.jwt} and {@code nats.secondJwt} are set) and the
 * registry TLS secret (only when both {@code registryTls.crt} and {@code registryTls.key} are set).
 * Values are already base64 and go into {@code data} unchanged.
 */
public final class SharedSecretsBuilder implements ComponentBuilder {
  /** The secret holding the runner's NATS creds. */
  public static final String NATS_RUNNER_SECRET = "kubiya-runner-nats-creds-runner";

  /** The secret holding the customer-side NATS creds. */
  public static final String NATS_CUSTOMER_SECRET = "kubiya-runner-nats-creds-customer";

  /** The registry TLS secret tool-manager mounts. */
  public static final String REGISTRY_TLS_SECRET = "registry-tls-secret";

  private static final String HOOKS = "pre-install,pre-upgrade";

  @Override
  public Component component() {
    return Component.SHARED_SECRETS;
  }

  @Override
  public List<HasMetadata> build(RenderContext ctx) {
    List<HasMetadata> out = new ArrayList<>();
    NatsValues nats = ctx.values().nats();
    if (!nats.jwt().isEmpty() && !nats.secondJwt().isEmpty()) {
      out.add(secret(ctx, NATS_RUNNER_SECRET, "Opaque", Map.of("nats.creds", nats.jwt())));
      out.add(secret(ctx, NATS_CUSTOMER_SECRET, "Opaque", Map.of("nats.creds", nats.secondJwt())));
    }
    RegistryTlsValues tls = ctx.values().registryTls();
    if (!tls.crt().isEmpty() && !tls.key().isEmpty()) {
      Map<String, String> data = new LinkedHashMap<>();
      data.put("tls.crt", tls.crt());
      data.put("tls.key", tls.key());
      out.add(secret(ctx, REGISTRY_TLS_SECRET, "kubernetes.io/tls", data));
    }
    return out;
  }

  private static Secret secret(
      RenderContext ctx, String name, String type, Map<String, String> data) {
    ObjectMeta meta = ctx.meta(name, ctx.names().commonLabels());
    meta.setAnnotations(new LinkedHashMap<>(Map.of(ManifestSet.HELM_HOOK, HOOKS)));
    Secret secret = new Secret();
    secret.setMetadata(meta);
    secret.setType(type);
    secret.setData(new LinkedHashMap<>(data));
    return secret;
  }
}
