package ai.kubiya.runner.testfixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One render case of {@code conformance/render-cases/<name>/}: {@code case.yaml} (release and
 * namespace), {@code values-1.yaml}, {@code values-2.yaml}, ... (applied in order, as Helm's {@code
 * -f} files) and {@code expected.yaml}, what {@code helm template} printed for them.
 *
 * <p>The files are read when asked for, so a broken case fails only the test that reads it; each
 * missing or malformed file throws an {@link AssertionError} naming it (and the line, for {@code
 * case.yaml}). Instances come from {@link ConformanceFixtures#renderCases()} and {@link
 * ConformanceFixtures#renderCase(String)}; {@link #toString()} is the name, so parameterized tests
 * show it.
 */
public final class RenderCase {
  private static final Pattern VALUES_FILE = Pattern.compile("values-(\\d+)\\.yaml");
  private static final Pattern CASE_LINE = Pattern.compile("([A-Za-z][\\w.-]*):\\s*(.*?)\\s*");

  private final Path conformance;
  private final Path dir;

  RenderCase(Path conformance, Path dir) {
    this.conformance = conformance;
    this.dir = dir.normalize();
  }

  /**
   * The case's name.
   *
   * @return its folder's name, e.g. {@code "default"} or {@code "gen-007-layered"}
   */
  public String name() {
    return dir.getFileName().toString();
  }

  /**
   * The case's folder.
   *
   * @return {@code conformance/render-cases/<name>}
   */
  public Path dir() {
    return dir;
  }

  /**
   * The Helm release the case was rendered as.
   *
   * @return {@code release} of {@code case.yaml}
   * @throws AssertionError when {@code case.yaml} is missing, malformed or has no release
   */
  public String release() {
    return info("release");
  }

  /**
   * The namespace the case was rendered in.
   *
   * @return {@code namespace} of {@code case.yaml}
   * @throws AssertionError when {@code case.yaml} is missing, malformed or has no namespace
   */
  public String namespace() {
    return info("namespace");
  }

  /**
   * The case's values files, in the order Helm applied them.
   *
   * @return {@code values-1.yaml}, {@code values-2.yaml}, ... (by number, not by name)
   * @throws AssertionError when there is none, or one is missing from the sequence
   */
  public List<Path> valuesFiles() {
    Map<Integer, Path> byNumber = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(
          f -> {
            Matcher m = VALUES_FILE.matcher(f.getFileName().toString());
            if (m.matches()) {
              byNumber.put(Integer.valueOf(m.group(1)), f);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    List<Path> values = new ArrayList<>();
    for (Map.Entry<Integer, Path> e : byNumber.entrySet()) {
      if (e.getKey() != values.size() + 1) {
        throw missingValues(values.size() + 1);
      }
      values.add(e.getValue());
    }
    if (values.isEmpty()) {
      throw missingValues(1);
    }
    return List.copyOf(values);
  }

  /**
   * What {@code helm template} rendered for the case.
   *
   * @return the existing {@code expected.yaml}
   * @throws AssertionError when it is missing
   */
  public Path expected() {
    return file("expected.yaml");
  }

  /**
   * Another file of the case's folder.
   *
   * @param fileName its name, e.g. {@code "case.yaml"}
   * @return the existing file
   * @throws AssertionError when it is missing
   */
  public Path file(String fileName) {
    Path file = dir.resolve(fileName).normalize();
    if (!dir.equals(file.getParent())) {
      throw new IllegalArgumentException(fileName + " is not a file name");
    }
    return ConformanceFixtures.existing(conformance, file);
  }

  /** The case's name. */
  @Override
  public String toString() {
    return name();
  }

  private AssertionError missingValues(int number) {
    return ConformanceFixtures.missing(
        conformance,
        dir.resolve("values-" + number + ".yaml"),
        "every case has values-1.yaml and numbers its values files without gaps");
  }

  private String info(String key) {
    Path file = file("case.yaml");
    String shown = ConformanceFixtures.display(conformance, file);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + shown + ": " + e.getMessage(), e);
    }
    Map<String, String> info = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      Matcher m = CASE_LINE.matcher(line);
      if (!m.matches()) {
        throw new AssertionError(shown + ":" + (i + 1) + ": not 'key: value'");
      }
      if (info.put(m.group(1), unquote(m.group(2))) != null) {
        throw new AssertionError(shown + ":" + (i + 1) + ": " + m.group(1) + " given twice");
      }
    }
    String value = info.get(key);
    if (value == null || value.isEmpty()) {
      throw new AssertionError(shown + ": no " + key + " (conformance/README.md: Render cases)");
    }
    return value;
  }

  private static String unquote(String value) {
    boolean quoted =
        value.length() >= 2
            && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
    return quoted ? value.substring(1, value.length() - 1) : value;
  }
}
