package ai.kubiya.runner.testfixtures;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The external programs the tests run (prometheus, promtool, nats-server, openssl), found on {@code
 * PATH}, else where Debian installs them ({@code /usr/sbin}, {@code /usr/bin}: nats-server is in
 * {@code /usr/sbin}, often not on a user's {@code PATH}). No silent skips: a missing program throws
 * an {@link AssertionError} (the calling test fails) naming it and the Debian package to install.
 *
 * <pre>{@code
 * Path prometheus = InstalledTools.require("prometheus", "prometheus");
 * }</pre>
 */
public final class InstalledTools {
  private static final List<Path> DEBIAN_DIRS = List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"));

  private InstalledTools() {}

  /**
   * An installed program.
   *
   * @param program its file name, e.g. {@code "nats-server"}
   * @param debianPackage the Debian package that installs it, e.g. {@code "nats-server"}
   * @return the first executable {@code program} on {@code PATH}, else in {@code /usr/sbin} or
   *     {@code /usr/bin}
   * @throws AssertionError when there is none, naming the package to install
   */
  public static Path require(String program, String debianPackage) {
    return find(program, System.getenv("PATH"), DEBIAN_DIRS)
        .orElseThrow(
            () ->
                new AssertionError(
                    program
                        + " is not installed: not on PATH, nor in /usr/sbin or /usr/bin (Debian"
                        + " package "
                        + debianPackage
                        + ": apt-get install "
                        + debianPackage
                        + "; scripts/test.sh installs it)"));
  }

  /** The first executable {@code program} in the directories of {@code path}, then {@code dirs}. */
  static Optional<Path> find(String program, String path, List<Path> dirs) {
    if (program.isEmpty() || program.contains("/") || program.contains(File.separator)) {
      throw new IllegalArgumentException(program + " is not a program's file name");
    }
    List<Path> candidates = new ArrayList<>();
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir));
        }
      }
    }
    candidates.addAll(dirs);
    return candidates.stream()
        .map(dir -> dir.resolve(program))
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
        .findFirst();
  }
}
