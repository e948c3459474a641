package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The release name must be one Helm accepts and, as the deployer names and labels objects after it,
 * a DNS label (no dots, which Helm allows); the namespace one Kubernetes accepts.
 */
final class NameChecks implements ConfigCheck {
  @Override
  public List<Finding> check(RunnerConfig config) {
    List<Finding> out = new ArrayList<>();
    String release = config.release();
    if (release.isEmpty()) {
      out.add(Finding.error("release", "a release name is required"));
    } else if (release.length() > Formats.MAX_RELEASE_LENGTH) {
      out.add(
          Finding.error(
              "release",
              "'" + release + "' is longer than 53 characters, Helm's limit for release names"));
    } else if (!Formats.isReleaseName(release) || !Formats.isDnsLabel(release)) {
      out.add(
          Finding.error(
              "release",
              "'"
                  + release
                  + "' is not a valid Helm release name for the SDK: lowercase "
                  + "letters, digits and '-'"
                  + " only (no '.': objects are named after the release), starting "
                  + "and ending with a letter or"
                  + " digit"));
    }
    String namespace = config.namespace();
    if (!Formats.isDnsLabel(namespace)) {
      out.add(
          Finding.error(
              "namespace",
              "'"
                  + namespace
                  + "' is not a valid namespace name (RFC 1123 label: lowercase letters, digits"
                  + " and '-', at most 63 characters)"));
    }
    return out;
  }
}
