package ai.kubiya.runner.dashboards.health;

import ai.kubiya.runner.dashboards.model.ValueMapping;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The values of one metric that mean one state: exactly a value ({@code 100%}), a closed range
 * ({@code 95-99%}), or everything above a bound ({@code >4.1 restarts}).
 */
public final class HealthBand {
  private final HealthState state;
  private final double from;
  private final OptionalDouble to;
  private final boolean exact;

  private HealthBand(HealthState state, double from, OptionalDouble to, boolean exact) {
    this.state = Objects.requireNonNull(state, "state");
    this.from = from;
    this.to = to;
    this.exact = exact;
    if (to.isPresent() && to.getAsDouble() < from) {
      throw new IllegalArgumentException(
          "a band runs from low to high, not " + from + "-" + to.getAsDouble());
    }
  }

  /** Exactly {@code value}. */
  public static HealthBand exactly(HealthState state, double value) {
    return new HealthBand(state, value, OptionalDouble.of(value), true);
  }

  /** From {@code from} to {@code to}, both included. */
  public static HealthBand between(HealthState state, double from, double to) {
    return new HealthBand(state, from, OptionalDouble.of(to), false);
  }

  /** From {@code from} up, without an upper bound. */
  public static HealthBand above(HealthState state, double from) {
    return new HealthBand(state, from, OptionalDouble.empty(), false);
  }

  /** The state these values mean. */
  public HealthState state() {
    return state;
  }

  /** The lower bound (the value itself for an exact band). */
  public double from() {
    return from;
  }

  /** The upper bound; empty for an open band. */
  public OptionalDouble to() {
    return to;
  }

  /** True for a band of exactly one value ({@link #exactly}). */
  public boolean isExact() {
    return exact;
  }

  /** True when {@code value} falls in this band. */
  public boolean contains(double value) {
    return value >= from && (to.isEmpty() || value <= to.getAsDouble());
  }

  /**
   * This band as a Grafana value mapping showing the state's text in its color: a value mapping for
   * an exact band, a range mapping otherwise, an open band closed at {@code ceiling}.
   */
  public ValueMapping toMapping(double ceiling) {
    if (exact) {
      return ValueMapping.value(format(from), state.text(), state.color());
    }
    return ValueMapping.range(from, to.orElse(ceiling), state.text(), state.color());
  }

  private static String format(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HealthBand)) {
      return false;
    }
    HealthBand b = (HealthBand) o;
    return state == b.state && from == b.from && to.equals(b.to) && exact == b.exact;
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, from, to, exact);
  }

  /** As the README writes it: {@code 100}, {@code 95-99}, {@code >4.1}. */
  @Override
  public String toString() {
    if (exact) {
      return state + " " + format(from);
    }
    return state
        + " "
        + (to.isPresent() ? format(from) + "-" + format(to.getAsDouble()) : ">" + format(from));
  }
}
