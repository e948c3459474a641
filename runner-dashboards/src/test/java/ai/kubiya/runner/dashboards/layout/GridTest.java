package ai.kubiya.runner.dashboards.layout;

import static ai.kubiya.runner.dashboards.layout.Grid.cell;
import static ai.kubiya.runner.dashboards.layout.Grid.gap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.dashboards.model.GridPos;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.RowPanel;
import ai.kubiya.runner.dashboards.model.StatPanel;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GridTest {
  private static Panel p(String title) {
    return StatPanel.builder().title(title).build();
  }

  private static String layout(List<Panel> panels) {
    return panels.stream()
        .map(
            p -> {
              GridPos g = p.gridPos().orElseThrow();
              return p.titleText() + "@" + g.x() + "," + g.y() + " " + (int) g.w() + "x" + g.h();
            })
        .collect(Collectors.joining(" "));
  }

  @Test
  void linesGoLeftToRightAndStackDown() {
    List<Panel> panels =
        Grid.create()
            .line(6, cell(4, p("a")), cell(8, p("b")), cell(12, p("c")))
            .line(8, cell(24, p("d")))
            .panels();
    assertEquals("a@0,0 4x6 b@4,0 8x6 c@12,0 12x6 d@0,6 24x8", layout(panels));
  }

  @Test
  void panelsFloatUpBesideTallerOnes() {
    List<Panel> panels =
        Grid.create()
            .line(8, cell(12, p("cpu")), cell(6, p("mem")), cell(6, 9, p("req")))
            .line(9, cell(12, p("net")), cell(12, 8, p("heat")))
            .line(9, cell(24, p("go")))
            .panels();
    assertEquals(
        "cpu@0,0 12x8 mem@12,0 6x8 req@18,0 6x9 net@0,8 12x9 heat@12,9 12x8 go@0,17 24x9",
        layout(panels));
  }

  @Test
  void gapsLeaveColumnsSoShortPanelsStackBesideTallOnes() {
    List<Panel> panels =
        Grid.create()
            .line(9, cell(6, p("a")), cell(6, p("b")), cell(12, 3, p("c")))
            .line(3, gap(12), cell(6, p("d")), cell(6, p("e")))
            .line(3, gap(12), cell(6, p("f")), cell(6, p("g")))
            .panels();
    assertEquals(
        "a@0,0 6x9 b@6,0 6x9 c@12,0 12x3 d@12,3 6x3 e@18,3 6x3 f@12,6 6x3 g@18,6 6x3",
        layout(panels));
  }

  @Test
  void rowsTakeTheFullWidthBelowEverythingAndCollapsedRowsHoldTheirPanels() {
    List<Panel> panels =
        Grid.create()
            .row(RowPanel.of("top"))
            .line(4, cell(6, p("a")))
            .collapsedRow(
                RowPanel.of("more"), Grid.create().line(3, cell(8, p("b")), cell(8, p("c"))))
            .collapsedRow(RowPanel.of("less"), Grid.create().line(5, cell(24, p("d"))))
            .panels();
    assertEquals("top@0,0 24x1 a@0,1 6x4 more@0,5 24x1 less@0,6 24x1", layout(panels));
    RowPanel more = (RowPanel) panels.get(2);
    assertTrue(more.isCollapsed());
    assertEquals("b@0,6 8x3 c@8,6 8x3", layout(more.panels()), "as shown when the row opens");
    assertEquals("d@0,7 24x5", layout(((RowPanel) panels.get(3)).panels()));
  }

  @Test
  void reserveLeavesRoomForRepeatedPanels() {
    List<Panel> panels =
        Grid.create()
            .row(RowPanel.of("per runner"))
            .line(6, cell(24 / 5.0, p("repeated")))
            .reserve(7)
            .row(RowPanel.of("next"))
            .panels();
    assertEquals(14, panels.get(2).gridPos().orElseThrow().y());
    assertEquals(4.8, panels.get(1).gridPos().orElseThrow().w());
  }

  @Test
  void explicitPositionsAreKept() {
    List<Panel> panels =
        Grid.create().place(p("x"), GridPos.of(3, 10, 5, 2)).line(2, cell(24, p("y"))).panels();
    assertEquals(
        "x@3,10 5x2 y@0,12 24x2",
        layout(panels),
        "the explicit panel stays; the next line rests below it");
  }

  @Test
  void aLineWiderThanTheGridIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Grid.create().line(4, cell(12, p("a")), cell(13, p("b"))));
    assertEquals("a line is at most 24 columns wide; this one needs 25.0", e.getMessage());
  }
}
