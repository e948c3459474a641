package ai.kubiya.runner.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.testfixtures.ConformanceFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conformance fixtures are all there, unchanged: every file {@code conformance/FILES.sha256}
 * lists exists with that SHA-256, and nothing else is there (besides the README and the generator).
 * A deleted fixture fails the build here, named, whichever test would have read it.
 */
class ConformanceFilesTest {
  private static Path dir;
  private static Map<String, String> listed;

  @BeforeAll
  static void readList() throws IOException {
    dir = ConformanceFixtures.dir();
    listed = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(ConformanceFixtures.file("FILES.sha256"));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.matches("[0-9a-f]{64}  \\S.*")) {
        throw new AssertionError(
            "conformance/FILES.sha256:" + (i + 1) + ": not '<sha256>  <path>'");
      }
      listed.put(line.substring(66), line.substring(0, 64));
    }
    assertTrue(
        listed.size() > 500, "conformance/FILES.sha256 lists only " + listed.size() + " files");
  }

  @Test
  void everyListedFixtureExists() {
    List<String> missing =
        listed.keySet().stream()
            .filter(f -> !Files.isRegularFile(dir.resolve(f)))
            .collect(Collectors.toList());
    assertTrue(
        missing.isEmpty(),
        () ->
            "missing fixtures (restore them: git checkout -- conformance): "
                + missing.stream().map(f -> "conformance/" + f).collect(Collectors.joining(", ")));
  }

  @Test
  void everyFixtureHasItsRecordedContent() throws IOException {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : listed.entrySet()) {
      Path file = dir.resolve(e.getKey());
      if (Files.isRegularFile(file) && !sha256(file).equals(e.getValue())) {
        changed.add("conformance/" + e.getKey());
      }
    }
    assertTrue(
        changed.isEmpty(),
        () ->
            "fixtures differ from conformance/FILES.sha256 (regenerate with "
                + "conformance/generate_cases.py,"
                + " or --manifest-only after a deliberate edit): "
                + changed);
  }

  @Test
  void noFixtureIsUnlisted() throws IOException {
    List<String> unlisted;
    try (Stream<Path> files = Files.walk(dir)) {
      unlisted =
          files
              .filter(Files::isRegularFile)
              .map(p -> dir.relativize(p).toString().replace('\\', '/'))
              .filter(
                  f -> !f.equals("FILES.sha256") && !f.equals("README.md") && !f.endsWith(".py"))
              .filter(f -> !f.contains("__pycache__"))
              .filter(f -> !listed.containsKey(f))
              .sorted()
              .collect(Collectors.toList());
    }
    assertTrue(
        unlisted.isEmpty(),
        () ->
            "fixtures not in conformance/FILES.sha256 (run python3 "
                + "conformance/generate_cases.py --manifest-only): "
                + unlisted);
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
