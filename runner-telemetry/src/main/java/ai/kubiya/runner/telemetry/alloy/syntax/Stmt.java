package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.List;

/**
 * A statement of a file or block body: an {@link Attribute} or a {@link Block}.
 *
 * <p>{@link #leadingComments()} are comment lines (each starting with {@code //}, or empty for a
 * blank line) written on the lines before the statement. They exist for statements built in code;
 * the parser keeps every comment of a source in {@link AlloyFile#comments()} instead, by position.
 */
public sealed interface Stmt permits Attribute, Block {
  /** Comment lines printed before the statement (built statements only). */
  List<String> leadingComments();

  /** Position of the statement's first character. */
  Pos start();

  /** Position of the statement's last character. */
  Pos end();
}
