package ai.kubiya.runner.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** An immutable, ordered list of {@link Finding}s, with the questions callers ask of it. */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Finding> findings;

  private ValidationReport(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  /** A report with no findings. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** A report of these findings, in this order. */
  public static ValidationReport of(Collection<Finding> findings) {
    return findings.isEmpty() ? EMPTY : new ValidationReport(new ArrayList<>(findings));
  }

  /** Every finding, in the order they were found. */
  public List<Finding> findings() {
    return findings;
  }

  /** The findings of severity {@link Severity#ERROR}, in order. */
  public List<Finding> errors() {
    return bySeverity(Severity.ERROR);
  }

  /** The findings of severity {@link Severity#WARNING}, in order. */
  public List<Finding> warnings() {
    return bySeverity(Severity.WARNING);
  }

  /** True when any finding is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** True when there are no findings at all. */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** This report followed by {@code other}'s findings. */
  public ValidationReport plus(ValidationReport other) {
    if (other.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    return new ValidationReport(all);
  }

  /** Strict mode: every warning becomes an error. */
  public ValidationReport strict() {
    return new ValidationReport(
        findings.stream().map(f -> f.withSeverity(Severity.ERROR)).collect(Collectors.toList()));
  }

  private List<Finding> bySeverity(Severity severity) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.severity() == severity) {
        out.add(f);
      }
    }
    return out;
  }

  /** One finding per line, as {@code SEVERITY path: message}. */
  @Override
  public String toString() {
    return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
