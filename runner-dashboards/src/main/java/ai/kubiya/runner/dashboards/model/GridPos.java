package ai.kubiya.runner.dashboards.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A panel's place on Grafana's 24-column grid: {@code x} and {@code w} in columns, {@code y} and
 * {@code h} in rows of 30 pixels. The width is a number rather than an integer because Grafana
 * saves repeated panels with a computed width ({@code 24 / maxPerRow}, for example 4.8).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGridPos.class)
@JsonDeserialize(as = ImmutableGridPos.class)
public abstract class GridPos {
  /** The grid's width in columns. */
  public static final int COLUMNS = 24;

  /** The left column, 0 to 23. */
  public abstract int x();

  /** The top row; grid rows are 30 pixels high. */
  public abstract int y();

  /** The width in columns, up to 24; fractional for repeated panels ({@code 24 / maxPerRow}). */
  public abstract double w();

  /** The height in rows. */
  public abstract int h();

  /** A position: column {@code x}, row {@code y}, {@code w} columns wide, {@code h} rows high. */
  public static GridPos of(int x, int y, double w, int h) {
    return ImmutableGridPos.builder().x(x).y(y).w(w).h(h).build();
  }

  /** The first row below this position. */
  public int bottom() {
    return y() + h();
  }

  @Value.Check
  void check() {
    if (w() <= 0 || h() <= 0) {
      throw new IllegalStateException(
          "gridPos: width and height must be positive, got w=" + w() + " h=" + h());
    }
    if (x() < 0 || y() < 0 || x() + w() > COLUMNS + 1e-9) {
      throw new IllegalStateException(
          "gridPos: x="
              + x()
              + " w="
              + w()
              + " y="
              + y()
              + " does not fit the "
              + COLUMNS
              + "-column grid");
    }
  }
}
