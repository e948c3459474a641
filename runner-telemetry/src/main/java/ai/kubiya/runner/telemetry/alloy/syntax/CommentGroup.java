package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.List;

/** Comments not separated by a blank line or any other token. */
public record CommentGroup(List<Comment> comments) {
  public CommentGroup {
    comments = List.copyOf(comments);
  }
}
