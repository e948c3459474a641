package ai.kubiya.runner.dashboards.layout;

import ai.kubiya.runner.dashboards.model.Panel;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One panel of a {@link Grid} line with its width in columns and, when it differs from the line's,
 * its height; or an empty gap of some columns.
 */
public final class Cell {
  private final Panel panel;
  private final double width;
  private final OptionalInt height;

  private Cell(Panel panel, double width, OptionalInt height) {
    if (width <= 0 || width > 24) {
      throw new IllegalArgumentException("a cell is 1 to 24 columns wide, not " + width);
    }
    height.ifPresent(
        h -> {
          if (h <= 0) {
            throw new IllegalArgumentException("a cell's height is positive, not " + h);
          }
        });
    this.panel = panel;
    this.width = width;
    this.height = height;
  }

  static Cell of(double width, Panel panel) {
    return new Cell(Objects.requireNonNull(panel, "panel"), width, OptionalInt.empty());
  }

  static Cell of(double width, int height, Panel panel) {
    return new Cell(Objects.requireNonNull(panel, "panel"), width, OptionalInt.of(height));
  }

  static Cell gap(double width) {
    return new Cell(null, width, OptionalInt.empty());
  }

  Optional<Panel> panel() {
    return Optional.ofNullable(panel);
  }

  double width() {
    return width;
  }

  int height(int lineHeight) {
    return height.orElse(lineHeight);
  }
}
