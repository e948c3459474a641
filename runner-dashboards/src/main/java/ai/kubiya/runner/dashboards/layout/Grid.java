package ai.kubiya.runner.dashboards.layout;

import ai.kubiya.runner.dashboards.model.GridPos;
import ai.kubiya.runner.dashboards.model.ImmutableRowPanel;
import ai.kubiya.runner.dashboards.model.Panel;
import ai.kubiya.runner.dashboards.model.RowPanel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays panels out on Grafana's 24-column grid the way Grafana places them: you give lines of panels
 * with their widths (and heights), the grid computes every {@code gridPos}. Each panel goes right
 * of the previous one in its line and floats up until it meets a panel above it, as panels do in
 * Grafana's editor; so a short panel next to a tall one leaves room below it for the next line.
 *
 * <pre>{@code
 * List<Panel> panels = Grid.create()
 *     .line(6, Grid.cell(4, total), Grid.cell(8, count), Grid.cell(12, duration))
 *     .line(8, Grid.cell(24, rate))
 *     .row(RowPanel.of("Details"))
 *     .line(7, Grid.cell(12, a), Grid.cell(12, b))
 *     .collapsedRow(RowPanel.of("More"), Grid.create().line(5, Grid.cell(24, c)))
 *     .panels();
 * }</pre>
 *
 * <p>Rows take the full width below everything above them. A collapsed row keeps its panels inside
 * it, laid out as they show when the row opens. {@link #place} puts a panel at an explicit
 * position. The panels come out sorted by position, as Grafana saves them.
 */
public final class Grid {
  private final List<Panel> placed = new ArrayList<>();
  private final int top;
  private int floor;

  private Grid(int top) {
    this.top = top;
    this.floor = top;
  }

  /** An empty grid. */
  public static Grid create() {
    return new Grid(0);
  }

  /** A panel {@code width} columns wide, as high as its line. */
  public static Cell cell(double width, Panel panel) {
    return Cell.of(width, panel);
  }

  /** A panel {@code width} columns wide and {@code height} rows high. */
  public static Cell cell(double width, int height, Panel panel) {
    return Cell.of(width, height, panel);
  }

  /** Empty columns: the next cell of the line starts {@code width} columns further right. */
  public static Cell gap(double width) {
    return Cell.gap(width);
  }

  /**
   * A line of panels, left to right from column 0, each {@code height} rows high unless its cell
   * says.
   */
  public Grid line(int height, Cell... cells) {
    double x = 0;
    for (Cell cell : cells) {
      if (x + cell.width() > GridPos.COLUMNS + 1e-9) {
        throw new IllegalArgumentException(
            "a line is at most "
                + GridPos.COLUMNS
                + " columns wide; this one needs "
                + (x + cell.width()));
      }
      if (cell.panel().isPresent()) {
        if (x != Math.rint(x)) {
          throw new IllegalArgumentException(
              "only the last cell of a line may have a fractional width");
        }
        int h = cell.height(height);
        int column = (int) x;
        int y = restingRow(column, cell.width());
        placed.add(cell.panel().get().withGridPos(GridPos.of(column, y, cell.width(), h)));
      }
      x += cell.width();
    }
    return this;
  }

  /** A full-width row header below everything so far; the panels after it belong to it. */
  public Grid row(RowPanel row) {
    int y = bottom();
    placed.add(row.withGridPos(GridPos.of(0, y, GridPos.COLUMNS, 1)));
    floor = y + 1;
    return this;
  }

  /** A collapsed row below everything so far, holding the panels of {@code content}. */
  public Grid collapsedRow(RowPanel row, Grid content) {
    int y = bottom();
    List<Panel> inner = content.shiftedTo(y + 1);
    placed.add(
        ImmutableRowPanel.copyOf(row)
            .withCollapsed(true)
            .withPanels(inner)
            .withGridPos(GridPos.of(0, y, GridPos.COLUMNS, 1)));
    floor = y + 1;
    return this;
  }

  /**
   * Leaves {@code height} empty rows below everything so far: room Grafana fills when it repeats
   * panels for each value of a variable.
   */
  public Grid reserve(int height) {
    floor = bottom() + height;
    return this;
  }

  /** A panel at an explicit position. */
  public Grid place(Panel panel, GridPos position) {
    placed.add(panel.withGridPos(position));
    return this;
  }

  /** The panels with their positions, sorted by row then column. */
  public List<Panel> panels() {
    List<Panel> out = new ArrayList<>(placed);
    out.sort(BY_POSITION);
    return out;
  }

  private static final Comparator<Panel> BY_POSITION =
      Comparator.comparingInt((Panel p) -> p.gridPos().orElseThrow().y())
          .thenComparingInt(p -> p.gridPos().orElseThrow().x());

  /** The first row below every panel placed so far (and below the floor). */
  private int bottom() {
    int bottom = floor;
    for (Panel p : placed) {
      bottom = Math.max(bottom, p.gridPos().orElseThrow().bottom());
    }
    return bottom;
  }

  /**
   * Where a panel in these columns comes to rest: below the lowest panel above it, not above the
   * floor.
   */
  private int restingRow(int x, double width) {
    int y = floor;
    for (Panel p : placed) {
      GridPos pos = p.gridPos().orElseThrow();
      boolean overlaps = pos.x() < x + width - 1e-9 && x < pos.x() + pos.w() - 1e-9;
      if (overlaps) {
        y = Math.max(y, pos.bottom());
      }
    }
    return y;
  }

  /** This grid's panels moved down so that its top is row {@code y}. */
  private List<Panel> shiftedTo(int y) {
    List<Panel> out = new ArrayList<>();
    for (Panel p : panels()) {
      GridPos pos = p.gridPos().orElseThrow();
      out.add(p.withGridPos(GridPos.of(pos.x(), pos.y() - top + y, pos.w(), pos.h())));
    }
    return out;
  }
}
