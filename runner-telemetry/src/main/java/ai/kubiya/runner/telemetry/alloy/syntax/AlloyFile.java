package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An Alloy configuration: a body of statements and, when parsed, every comment of the source and
 * the line table that turns a {@link Pos} into a {@link Position}.
 */
public final class AlloyFile {
  private final String name;
  private final List<Stmt> body;
  private final List<CommentGroup> comments;
  private final int[] lineStarts;

  AlloyFile(String name, List<Stmt> body, List<CommentGroup> comments, int[] lineStarts) {
    this.name = Objects.requireNonNull(name, "name");
    this.body = List.copyOf(body);
    this.comments = List.copyOf(comments);
    this.lineStarts = lineStarts;
  }

  /** A configuration built in code (no source, no positions). */
  public static AlloyFile of(List<? extends Stmt> body) {
    return new AlloyFile("", List.copyOf(body), List.of(), null);
  }

  /** A configuration built in code (no source, no positions). */
  public static AlloyFile of(Stmt... body) {
    return of(Arrays.asList(body));
  }

  /** The file name given to the parser, empty for configurations built in code. */
  public String name() {
    return name;
  }

  /** The top-level statements. */
  public List<Stmt> body() {
    return body;
  }

  /** The comments of the parsed source, in order (empty for configurations built in code). */
  public List<CommentGroup> comments() {
    return comments;
  }

  /** True when this file was parsed from source, so its nodes carry positions. */
  public boolean hasSource() {
    return lineStarts != null;
  }

  /** The top-level blocks, in order. */
  public List<Block> blocks() {
    return body.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
  }

  /** The line and column of {@code pos} in this file's source, or {@link Position#UNKNOWN}. */
  public Position position(Pos pos) {
    if (lineStarts == null || !pos.isValid()) {
      return name.isEmpty() ? Position.UNKNOWN : new Position(name, 0, 0);
    }
    int idx = Arrays.binarySearch(lineStarts, pos.offset());
    int line = idx >= 0 ? idx : -idx - 2;
    return new Position(name, line + 1, pos.offset() - lineStarts[line] + 1);
  }

  /** Offset, line and column of {@code pos}; {@link Loc#ZERO} when it is not known. */
  Loc loc(Pos pos) {
    if (lineStarts == null || !pos.isValid()) {
      return Loc.ZERO;
    }
    Position p = position(pos);
    return new Loc(pos.offset(), p.line(), p.column());
  }
}
