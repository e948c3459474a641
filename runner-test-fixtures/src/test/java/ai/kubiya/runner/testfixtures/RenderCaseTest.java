package ai.kubiya.runner.testfixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCaseTest {
  @TempDir Path conformance;
  private Path dir;
  private RenderCase renderCase;

  @BeforeEach
  void makeCase() throws IOException {
    dir = Files.createDirectories(conformance.resolve("render-cases/layered"));
    renderCase = ConformanceFixtures.renderCase(conformance, "layered");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void releaseAndNamespaceComeFromCaseYaml() throws IOException {
    write("case.yaml", "# made by hand\nrelease: my-runner\n\nnamespace: \"team-a\"\n");
    assertEquals("my-runner", renderCase.release());
    assertEquals("team-a", renderCase.namespace());
    assertEquals("layered", renderCase.toString());
  }

  @Test
  void aMalformedCaseYamlFailsNamingTheLine() throws IOException {
    write("case.yaml", "release: a\n- namespace\n");
    AssertionError e = assertThrows(AssertionError.class, renderCase::release);
    assertEquals("conformance/render-cases/layered/case.yaml:2: not 'key: value'", e.getMessage());
  }

  @Test
  void aKeyGivenTwiceFailsNamingTheLine() throws IOException {
    write("case.yaml", "release: a\nrelease: b\n");
    AssertionError e = assertThrows(AssertionError.class, renderCase::release);
    assertEquals(
        "conformance/render-cases/layered/case.yaml:2: release given twice", e.getMessage());
  }

  @Test
  void aMissingKeyFailsNamingTheFile() throws IOException {
    write("case.yaml", "release: a\nnamespace:\n");
    AssertionError e = assertThrows(AssertionError.class, renderCase::namespace);
    assertEquals(
        "conformance/render-cases/layered/case.yaml: no namespace (conformance/README.md:"
            + " Render cases)",
        e.getMessage());
  }

  @Test
  void aMissingCaseYamlFailsNamingIt() {
    AssertionError e = assertThrows(AssertionError.class, renderCase::release);
    assertEquals(
        "missing fixture conformance/render-cases/layered/case.yaml (restore it: git checkout --"
            + " conformance/render-cases/layered/case.yaml; conformance/README.md says where it"
            + " comes from)",
        e.getMessage());
  }

  @Test
  void valuesFilesAreOrderedByNumberNotByName() throws IOException {
    for (int i = 1; i <= 10; i++) {
      write("values-" + i + ".yaml", "{}\n");
    }
    write("values-extra.yaml", "{}\n");
    List<Path> files = renderCase.valuesFiles();
    assertEquals(10, files.size());
    assertEquals(dir.resolve("values-2.yaml"), files.get(1));
    assertEquals(dir.resolve("values-10.yaml"), files.get(9));
  }

  @Test
  void aGapInTheValuesFilesFailsNamingTheMissingOne() throws IOException {
    write("values-1.yaml", "{}\n");
    write("values-3.yaml", "{}\n");
    AssertionError e = assertThrows(AssertionError.class, renderCase::valuesFiles);
    assertEquals(
        "missing fixture conformance/render-cases/layered/values-2.yaml (restore it: git checkout"
            + " -- conformance/render-cases/layered/values-2.yaml; every case has values-1.yaml and"
            + " numbers its values files without gaps)",
        e.getMessage());
  }

  @Test
  void aCaseWithoutValuesFilesFailsNamingTheFirst() {
    AssertionError e = assertThrows(AssertionError.class, renderCase::valuesFiles);
    assertTrue(
        e.getMessage().startsWith("missing fixture conformance/render-cases/layered/values-1.yaml"),
        e.getMessage());
  }

  @Test
  void expectedIsHelmsOutputAndFailsWhenMissing() throws IOException {
    AssertionError e = assertThrows(AssertionError.class, renderCase::expected);
    assertTrue(
        e.getMessage().startsWith("missing fixture conformance/render-cases/layered/expected.yaml"),
        e.getMessage());
    write("expected.yaml", "---\n");
    assertEquals(dir.resolve("expected.yaml"), renderCase.expected());
  }

  @Test
  void onlyFilesOfTheCaseCanBeAskedFor() {
    assertThrows(IllegalArgumentException.class, () -> renderCase.file("../other/case.yaml"));
  }
}
