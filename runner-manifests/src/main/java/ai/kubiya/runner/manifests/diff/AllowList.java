package ai.kubiya.runner.manifests.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions of documented divergences: a {@link Difference} whose {@link
 * Difference#line()} one of them finds is allowed. The file format (e.g. {@code
 * docs/divergences.allow}): one regex per line; blank lines and lines starting with {@code #} are
 * ignored.
 *
 * <pre>{@code
 * AllowList allow = AllowList.read(Path.of("docs/divergences.allow"));
 * AllowList one = AllowList.of("^Deployment/[^/]+/tool-manager .*KUBIYA_RUNNER_NAME");
 * }</pre>
 */
public final class AllowList {
  private static final AllowList NONE = new AllowList(List.of());

  private final List<Pattern> patterns;

  private AllowList(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** Allows nothing. */
  public static AllowList none() {
    return NONE;
  }

  /**
   * These regexes.
   *
   * @throws ManifestDiffException naming the entry's index when one is not a valid regex
   */
  public static AllowList of(String... regexes) {
    List<Pattern> patterns = new ArrayList<>();
    for (int i = 0; i < regexes.length; i++) {
      patterns.add(compile(regexes[i], "allow-list entry " + (i + 1)));
    }
    return new AllowList(patterns);
  }

  /**
   * The regexes of an allow file.
   *
   * @throws ManifestDiffException {@code file: no such file}, or {@code file:line: bad regex}
   */
  public static AllowList read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ManifestDiffException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new ManifestDiffException(
          file.toString(), "cannot read: " + e.getClass().getSimpleName());
    }
    List<Pattern> patterns = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        patterns.add(compile(line, file + ":" + (i + 1)));
      }
    }
    return new AllowList(patterns);
  }

  /** True when a regex finds a match in {@code line}. */
  public boolean allows(String line) {
    for (Pattern p : patterns) {
      if (p.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }

  /** How many regexes. */
  public int size() {
    return patterns.size();
  }

  private static Pattern compile(String regex, String where) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new ManifestDiffException(where, "bad regex: " + e.getDescription());
    }
  }
}
