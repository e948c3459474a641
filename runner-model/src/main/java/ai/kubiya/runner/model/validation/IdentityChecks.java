package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner's identity and secrets: a UUID, NATS credentials, both parts of the registry TLS pair.
 */
final class IdentityChecks implements ConfigCheck {
  private static final String MISSING_NATS =
      "NATS credentials are missing, so the NATS secrets are not rendered "
          + "and the runner cannot connect;"
          + " set it to the base64 of the .creds file the Kubiya UI issued";

  @Override
  public List<Finding> check(RunnerConfig config) {
    RunnerValues v = config.values();
    List<Finding> out = new ArrayList<>();
    if (!v.uuid().isEmpty()
        && !Formats.isUuid(v.uuid())
        && !PlaceholderCheck.isPlaceholder(v.uuid())) {
      out.add(Finding.warning("uuid", "'" + v.uuid() + "' is not a UUID"));
    }
    if (v.organization().isEmpty()) {
      out.add(
          Finding.warning(
              "organization", "is empty: metrics and tool-manager carry no organization"));
    }
    boolean jwt = !v.nats().jwt().isBlank();
    boolean secondJwt = !v.nats().secondJwt().isBlank();
    if (!jwt) {
      out.add(Finding.warning("nats.jwt", "is empty: " + MISSING_NATS));
    }
    if (!secondJwt) {
      out.add(Finding.warning("nats.secondJwt", "is empty: " + MISSING_NATS));
    }
    boolean crt = !v.registryTls().crt().isEmpty();
    boolean key = !v.registryTls().key().isEmpty();
    if (crt != key) {
      out.add(
          Finding.warning(
              crt ? "registryTls.key" : "registryTls.crt",
              "only one part of the registry TLS pair is set: the "
                  + "registry-tls-secret is not rendered"));
    }
    return out;
  }
}
