package ai.kubiya.runner.telemetry.alloy.component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The actions of a relabel {@code rule} (Prometheus relabeling). */
public enum RelabelAction {
  REPLACE,
  KEEP,
  DROP,
  HASHMOD,
  LABELMAP,
  LABELDROP,
  LABELKEEP,
  KEEPEQUAL,
  DROPEQUAL,
  LOWERCASE,
  UPPERCASE;

  /** The action as written in a rule: {@code keep}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action written as {@code value}, if it is one. */
  public static Optional<RelabelAction> of(String value) {
    return Arrays.stream(values()).filter(a -> a.value().equals(value)).findFirst();
  }
}
