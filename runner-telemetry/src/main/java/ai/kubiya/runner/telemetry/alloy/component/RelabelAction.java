package ai.kubiya.runner.telemetry.alloy.component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The actions of a relabel {@code rule} (Prometheus relabeling). */
public enum RelabelAction {
  /** {@code replace}: write the regex's replacement into {@code target_label}. */
  REPLACE,
  /** {@code keep}: keep targets whose source labels match the regex. */
  KEEP,
  /** {@code drop}: drop targets whose source labels match the regex. */
  DROP,
  /**
   * {@code hashmod}: write a hash of the source labels modulo {@code modulus} into the target
   * label.
   */
  HASHMOD,
  /** {@code labelmap}: copy labels whose names match the regex to the replacement name. */
  LABELMAP,
  /** {@code labeldrop}: remove labels whose names match the regex. */
  LABELDROP,
  /** {@code labelkeep}: remove labels whose names do not match the regex. */
  LABELKEEP,
  /** {@code keepequal}: keep targets whose source labels equal the target label. */
  KEEPEQUAL,
  /** {@code dropequal}: drop targets whose source labels equal the target label. */
  DROPEQUAL,
  /** {@code lowercase}: write the source labels, lowercased, into the target label. */
  LOWERCASE,
  /** {@code uppercase}: write the source labels, uppercased, into the target label. */
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
