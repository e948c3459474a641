package ai.kubiya.runner.dashboards.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DashboardModelTest {
  private static StatPanel stat(String title, Target... targets) {
    return StatPanel.builder().title(title).addTargets(targets).build();
  }

  @Test
  void buildingNumbersPanelsInDocumentOrderAndQueriesByLetter() {
    Dashboard d =
        Dashboard.builder()
            .uid("n")
            .title("Numbering")
            .addPanel(stat("a", Target.of("up"), Target.of("up").withRefId("A"), Target.of("up")))
            .addPanel(StatPanel.builder().id(2).title("b").build())
            .addPanel(
                RowPanel.builder()
                    .title("r")
                    .collapsed(true)
                    .addPanel(stat("c", Target.of("up")))
                    .build())
            .build();

    List<Panel> all = d.allPanels();
    assertEquals(
        List.of(1, 2, 3, 4),
        all.stream().map(p -> p.id().orElseThrow()).collect(Collectors.toList()));
    assertEquals(
        List.of("B", "A", "C"),
        all.get(0).targets().stream()
            .map(t -> t.refId().orElseThrow())
            .collect(Collectors.toList()));
    assertEquals(Optional.of("A"), all.get(3).targets().get(0).refId());
    assertEquals(d, ImmutableDashboard.copyOf(d), "numbered once, stable");
  }

  @Test
  void refIdsGoPastZ() {
    assertEquals(
        "AA",
        Numbering.freeRefId(
            java.util.stream.IntStream.range(0, 26)
                .mapToObj(i -> String.valueOf((char) ('A' + i)))
                .collect(Collectors.toSet())));
  }

  @Test
  void aBadUidOrTitleIsRefused() {
    IllegalStateException uid =
        assertThrows(
            IllegalStateException.class,
            () -> Dashboard.builder().uid("has space").title("t").build());
    assertEquals(
        "uid \"has space\": a dashboard uid is 1 to 40 letters, digits, '-' or '_'",
        uid.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> Dashboard.builder().uid("x".repeat(41)).title("t").build());
    assertThrows(
        IllegalStateException.class, () -> Dashboard.builder().uid("x").title(" ").build());
  }

  @Test
  void badJsonNamesFileLineColumnAndPath() {
    String json =
        "{\"uid\": \"x\", \"title\": \"t\",\n \"panels\": [{\"type\": \"stat\", "
            + "\"targets\": [{\"instant\": \"yes\"}]}]}";
    DashboardJsonException e =
        assertThrows(DashboardJsonException.class, () -> DashboardJson.read(json, "d.json"));
    assertEquals("panels[0].targets[0].instant", e.path());
    assertEquals("d.json:2:", e.getMessage().substring(0, 9));
    assertTrue(
        e.getMessage().endsWith("panels[0].targets[0].instant: expected true or false"),
        e.getMessage());
  }

  @Test
  void anUnknownEnumValueListsTheKnownOnes() {
    String json =
        "{\"dashboard\": {\"uid\": \"x\", \"title\": \"t\", \"panels\": [{\"type\": \"timeseries\","
            + " \"targets\": [{\"format\": \"csv\"}]}]}, \"meta\": {}}";
    DashboardJsonException e =
        assertThrows(DashboardJsonException.class, () -> DashboardJson.read(json, "e.json"));
    assertEquals("dashboard.panels[0].targets[0].format", e.path());
    assertEquals("\"csv\" is not one of time_series, table, heatmap", e.problem());
  }

  @Test
  void missingRequiredValuesAndBadSyntaxAreNamed() {
    DashboardJsonException missing =
        assertThrows(
            DashboardJsonException.class, () -> DashboardJson.read("{\"title\": \"t\"}", "m.json"));
    assertEquals("missing uid (required in a Dashboard)", missing.problem());
    DashboardJsonException syntax =
        assertThrows(
            DashboardJsonException.class, () -> DashboardJson.read("{\"uid\": }", "s.json"));
    assertTrue(syntax.getMessage().startsWith("s.json:1:"), syntax.getMessage());
  }

  @Test
  void unknownPanelKindsAndLibraryPanelsReadAsGenericPanelsAndWriteBack() {
    String json =
        "{\"uid\":\"g\",\"title\":\"t\",\"panels\":["
            + "{\"id\":1,\"type\":\"piechart\",\"title\":\"p\","
            + "\"options\":{\"pieType\":\"donut\"}},{\"id\":2,\"title\":\"lib\","
            + "\"libraryPanel\":{\"uid\":\"u\",\"name\":\"n\"}}]}";
    Dashboard d = DashboardJson.read(json, "g");
    assertEquals("piechart", d.panels().get(0).type());
    assertTrue(d.panels().get(0) instanceof GenericPanel);
    assertEquals(Optional.of(LibraryPanelRef.of("u", "n")), d.panels().get(1).libraryPanel());
    String out = DashboardJson.writeCompact(d);
    assertTrue(out.contains("\"options\":{\"pieType\":\"donut\"}"), out);
    assertTrue(!out.contains("\"type\":\"\""), "a library panel has no type: " + out);
  }

  @Test
  void keysAreSortedAndWholeNumbersHaveNoFraction() {
    Dashboard d = Dashboard.builder().uid("k").title("t").time(TimeRange.last("6h")).build();
    String json = DashboardJson.write(d);
    assertTrue(json.indexOf("\"annotations\"") < json.indexOf("\"schemaVersion\""));
    assertTrue(json.indexOf("\"schemaVersion\": 39") > 0, json);
    assertTrue(
        json.contains("\"time\": {\n    \"from\": \"now-6h\",\n    \"to\": \"now\"\n  }"), json);
    assertEquals(
        "{\"a\":1,\"b\":0.5}",
        DashboardJson.toTree(java.util.Map.of("b", 0.5, "a", 1.0)).toString());
  }

  @Test
  void refreshAndDatasourceKeepTheirForms() {
    String json =
        "{\"uid\":\"f\",\"title\":\"t\",\"refresh\":false,\"panels\":[{\"type\":\"stat\",\"id\":1,"
            + "\"datasource\":\"${datasource}\"},{\"type\":\"stat\",\"id\":2,"
            + "\"datasource\":{\"type\":\"prometheus\",\"uid\":\"p\"}}]}";
    Dashboard d = DashboardJson.read(json, "f");
    assertEquals(Optional.empty(), d.refresh().orElseThrow().interval());
    assertTrue(d.panels().get(0).datasource().orElseThrow().isNamed());
    assertEquals(Optional.of("p"), d.panels().get(1).datasource().orElseThrow().uid());
    String out = DashboardJson.writeCompact(d);
    assertTrue(
        out.contains("\"refresh\":false") && out.contains("\"datasource\":\"${datasource}\""), out);
  }

  @Test
  void thresholdStepsKeepAnAbsentValueApartFromNull() {
    Thresholds t =
        DashboardJson.fromTree(
            DashboardJson.readTree(
                "{\"mode\":\"absolute\",\"steps\":[{\"color\":\"green\",\"value\":"
                    + "null},{\"color\":\"red\"}]}",
                "t"),
            Thresholds.class);
    assertEquals(
        "{\"mode\":\"absolute\",\"steps\":[{\"color\":\"green\",\"value\":"
            + "null},{\"color\":\"red\"}]}",
        DashboardJson.toTree(t).toString());
    assertEquals(Optional.empty(), t.steps().get(1).value());
    assertEquals(
        List.of(ThresholdStep.base("green"), ThresholdStep.of(80, "red")),
        Thresholds.absolute("green").step(80, "red").steps());
  }

  @Test
  void mappingsAreNumberedAcrossValuesAsGrafanaSavesThem() {
    List<ValueMapping> m =
        ValueMapping.indexed(
            List.of(
                ImmutableValueMap.builder()
                    .putOption("0", MappingResult.builder().text("Down").build())
                    .putOption("1", MappingResult.builder().text("Up").build())
                    .build(),
                ValueMapping.range(2, 5, "Many", "red")));
    assertEquals(
        "[{\"options\":{\"0\":{\"index\":0,\"text\":\"Down\"},\"1\":{\"index\":1,\""
            + "text\":\"Up\"}},\"type\":\"value\"},"
            + "{\"options\":{\"from\":2,\"result\":{\"color\":\"red\",\"index\":2,\"text"
            + "\":\"Many\"},\"to\":5},\"type\":\"range\"}]",
        DashboardJson.toTree(m).toString());
  }

  @Test
  void overridePropertiesReadBackAsTypes() {
    Thresholds t = Thresholds.percentage("green").step(90, "red");
    assertEquals(t, OverrideProperty.thresholds(t).valueAs(Thresholds.class));
  }

  @Test
  void aGridPositionMustFitTheGrid() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> GridPos.of(20, 0, 6, 3));
    assertEquals("gridPos: x=20 w=6.0 y=0 does not fit the 24-column grid", e.getMessage());
  }
}
