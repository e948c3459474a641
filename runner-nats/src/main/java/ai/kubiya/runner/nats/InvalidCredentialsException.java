package ai.kubiya.runner.nats;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * NATS credentials that cannot be read: the message names the part that is wrong (the base64
 * wrapping, the {@code .creds} layout, the user JWT or the NKEY seed), where it is when known
 * ({@code source:line}), and never quotes any of the input.
 */
public final class InvalidCredentialsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The part of the credentials that is wrong. */
  public enum Part {
    /** The base64 form the chart's values hold. */
    BASE64,
    /** The {@code .creds} layout: its BEGIN/END blocks. */
    CREDS_FILE,
    /** The user JWT: its encoding, header, claims or signature. */
    JWT,
    /** The user NKEY seed. */
    SEED
  }

  private final Part part;
  private final String problem;
  private final String where;
  private final int line;

  InvalidCredentialsException(Part part, String problem) {
    this(part, problem, "", 0);
  }

  private InvalidCredentialsException(Part part, String problem, String where, int line) {
    super(where.isEmpty() ? problem : where + ": " + problem);
    this.part = Objects.requireNonNull(part, "part");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.where = where;
    this.line = line;
  }

  /** The part of the credentials that is wrong. */
  public Part part() {
    return part;
  }

  /** What is wrong, without where. */
  public String problem() {
    return problem;
  }

  /** The 1-based line of the {@code .creds} text the problem is on, when known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** This problem, at {@code line} (1-based) of the {@code .creds} text. */
  InvalidCredentialsException atLine(int line) {
    return new InvalidCredentialsException(part, problem, "line " + line, line);
  }

  /**
   * This problem, in {@code file}: {@code file:line} when the line of the file is known, {@code
   * file: line N of the decoded .creds} when the file held base64.
   */
  InvalidCredentialsException inFile(String file) {
    String located;
    if (where.isEmpty()) {
      located = file;
    } else if (where.equals("line " + line)) {
      located = file + ":" + line;
    } else {
      located = file + ": " + where;
    }
    return new InvalidCredentialsException(part, problem, located, line);
  }

  /** This problem, in the {@code .creds} text a base64 value decoded to. */
  InvalidCredentialsException inDecodedValue() {
    String where = line > 0 ? "line " + line + " of the decoded .creds" : "the decoded .creds";
    return new InvalidCredentialsException(part, problem, where, line);
  }
}
