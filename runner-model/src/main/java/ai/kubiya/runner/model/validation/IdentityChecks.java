package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.util.ArrayList;
import java.util.List;

/** The runner's identity and secrets: a UUID, NATS credentials, both parts of the registry TLS pair. */
final class IdentityChecks implements ConfigCheck {
  @Override
  public List<Finding> check(RunnerConfig config) {
    RunnerValues v = config.values();
    List<Finding> out = new ArrayList<>();
    if (!v.uuid().isEmpty() && !Formats.isUuid(v.uuid()) && !PlaceholderCheck.isPlaceholder(v.uuid())) {
      out.add(Finding.warning("uuid", "'" + v.uuid() + "' is not a UUID"));
    }
    if (v.organization().isEmpty()) {
      out.add(Finding.warning("organization", "is empty: metrics and tool-manager carry no organization"));
    }
    if (v.nats().jwt().isEmpty() || v.nats().secondJwt().isEmpty()) {
      String missing = v.nats().jwt().isEmpty() ? "nats.jwt" : "nats.secondJwt";
      out.add(
          Finding.warning(
              missing,
              "NATS credentials are missing: the NATS secrets are not rendered and the runner cannot connect"));
    }
    boolean crt = !v.registryTls().crt().isEmpty();
    boolean key = !v.registryTls().key().isEmpty();
    if (crt != key) {
      out.add(
          Finding.warning(
              crt ? "registryTls.key" : "registryTls.crt",
              "only one part of the registry TLS pair is set: the registry-tls-secret is not rendered"));
    }
    return out;
  }
}
