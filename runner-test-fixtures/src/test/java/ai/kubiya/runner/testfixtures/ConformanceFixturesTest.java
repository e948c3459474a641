package ai.kubiya.runner.testfixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceFixturesTest {
  @TempDir Path repo;

  private Path conformance() throws IOException {
    Path dir = Files.createDirectories(repo.resolve("conformance"));
    Files.writeString(dir.resolve("README.md"), "# fixtures\n");
    return dir;
  }

  @Test
  void theBuildsPropertyNamesTheRepositorysFolder() {
    Path dir = ConformanceFixtures.dir();
    assertEquals(
        Path.of(System.getProperty(ConformanceFixtures.DIR_PROPERTY)), dir, "the root pom sets it");
    assertTrue(Files.isRegularFile(dir.resolve("FILES.sha256")), dir + " is the real folder");
  }

  @Test
  void aConfiguredFolderWins() throws IOException {
    Path dir = conformance();
    assertEquals(dir, ConformanceFixtures.locate(dir.toString(), Path.of("/")));
  }

  @Test
  void aConfiguredFolderThatIsMissingFailsNamingIt() {
    Path gone = repo.resolve("gone");
    AssertionError e =
        assertThrows(AssertionError.class, () -> ConformanceFixtures.locate(gone.toString(), repo));
    assertEquals(
        "conformance fixtures folder "
            + gone
            + " (-Dkubiya.conformance.dir) is missing (restore it: git checkout -- conformance)",
        e.getMessage());
  }

  @Test
  void withoutThePropertyTheFolderIsFoundAboveTheWorkingDirectory() throws IOException {
    Path dir = conformance();
    Path module = Files.createDirectories(repo.resolve("runner-x/src"));
    assertEquals(dir, ConformanceFixtures.locate(null, module));
    assertEquals(dir, ConformanceFixtures.locate(" ", module));
  }

  @Test
  void aFolderWithoutItsReadmeIsNotTheFixtures() throws IOException {
    Files.createDirectories(repo.resolve("conformance"));
    AssertionError e =
        assertThrows(AssertionError.class, () -> ConformanceFixtures.locate(null, repo));
    assertTrue(e.getMessage().startsWith("conformance fixtures folder not found above " + repo));
    assertTrue(e.getMessage().contains("-Dkubiya.conformance.dir=<repository>/conformance"));
  }

  @Test
  void aFileIsReturnedWhenItExists() throws IOException {
    Path dir = conformance();
    Files.createDirectories(dir.resolve("dashboards"));
    Files.writeString(dir.resolve("dashboards/a.json"), "{}");
    assertEquals(
        dir.resolve("dashboards/a.json"), ConformanceFixtures.file(dir, "dashboards/a.json"));
    assertEquals(dir.resolve("dashboards"), ConformanceFixtures.file(dir, "dashboards"));
  }

  @Test
  void aMissingFileFailsNamingItAndHowToRestoreIt() throws IOException {
    Path dir = conformance();
    AssertionError e =
        assertThrows(
            AssertionError.class, () -> ConformanceFixtures.file(dir, "dashboards/x.json"));
    assertEquals(
        "missing fixture conformance/dashboards/x.json (restore it: git checkout --"
            + " conformance/dashboards/x.json; conformance/README.md says where it comes from)",
        e.getMessage());
  }

  @Test
  void pathsOutsideTheFolderAreRefused() throws IOException {
    Path dir = conformance();
    Files.writeString(repo.resolve("secret.txt"), "x");
    assertThrows(
        IllegalArgumentException.class, () -> ConformanceFixtures.file(dir, "../secret.txt"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ConformanceFixtures.file(dir, repo.resolve("secret.txt").toString()));
    assertThrows(IllegalArgumentException.class, () -> ConformanceFixtures.renderCase(dir, "../x"));
  }

  @Test
  void filesAreTheFolderFilesWithTheSuffixSortedByName() throws IOException {
    Path dir = conformance();
    Path dashboards = Files.createDirectories(dir.resolve("dashboards"));
    Files.writeString(dashboards.resolve("b.json"), "{}");
    Files.writeString(dashboards.resolve("a.json"), "{}");
    Files.writeString(dashboards.resolve("notes.txt"), "");
    Files.createDirectories(dashboards.resolve("old.json"));
    assertEquals(
        List.of(dashboards.resolve("a.json"), dashboards.resolve("b.json")),
        ConformanceFixtures.files(dir, "dashboards", ".json"));
  }

  @Test
  void aFolderWithoutSuchFilesFailsRatherThanRunningZeroCases() throws IOException {
    Path dir = conformance();
    Files.createDirectories(dir.resolve("dashboards"));
    AssertionError e =
        assertThrows(
            AssertionError.class, () -> ConformanceFixtures.files(dir, "dashboards", ".json"));
    assertEquals(
        "no *.json files in conformance/dashboards (restore them: git checkout --"
            + " conformance/dashboards; conformance/README.md says where they come from)",
        e.getMessage());
  }

  @Test
  void renderCasesAreTheFoldersSortedByName() throws IOException {
    Path dir = conformance();
    Files.createDirectories(dir.resolve("render-cases/b"));
    Files.createDirectories(dir.resolve("render-cases/a"));
    Files.writeString(dir.resolve("render-cases/notes.txt"), "not a case");
    List<String> names =
        ConformanceFixtures.renderCases(dir).stream()
            .map(RenderCase::name)
            .collect(Collectors.toList());
    assertEquals(List.of("a", "b"), names);
  }

  @Test
  void noRenderCaseFailsRatherThanRunningZeroCases() throws IOException {
    Path dir = conformance();
    Files.createDirectories(dir.resolve("render-cases"));
    AssertionError e =
        assertThrows(AssertionError.class, () -> ConformanceFixtures.renderCases(dir));
    assertTrue(e.getMessage().startsWith("no render cases in conformance/render-cases"));
  }

  @Test
  void aMissingRenderCasesFolderFailsNamingIt() throws IOException {
    Path dir = conformance();
    AssertionError e =
        assertThrows(AssertionError.class, () -> ConformanceFixtures.renderCases(dir));
    assertTrue(e.getMessage().startsWith("missing fixture conformance/render-cases "));
  }

  @Test
  void aMissingRenderCaseFailsNamingIt() throws IOException {
    Path dir = conformance();
    Files.createDirectories(dir.resolve("render-cases/a"));
    assertEquals("a", ConformanceFixtures.renderCase(dir, "a").name());
    AssertionError e =
        assertThrows(AssertionError.class, () -> ConformanceFixtures.renderCase(dir, "nope"));
    assertTrue(e.getMessage().startsWith("missing fixture conformance/render-cases/nope "));
  }

  @Test
  void theRepositorysRenderCasesAreAllThere() {
    List<RenderCase> cases = ConformanceFixtures.renderCases();
    assertTrue(cases.size() >= 160, "conformance/README.md promises 160 cases: " + cases.size());
    RenderCase defaults = ConformanceFixtures.renderCase("default");
    assertEquals("deployment-x", defaults.release());
    assertEquals("kubiya", defaults.namespace());
    assertEquals(List.of(defaults.dir().resolve("values-1.yaml")), defaults.valuesFiles());
  }
}
