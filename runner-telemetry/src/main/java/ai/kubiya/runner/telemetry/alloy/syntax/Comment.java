package ai.kubiya.runner.telemetry.alloy.syntax;

/**
 * A line ({@code // ...}) or block ({@code /* ... *}{@code /}) comment, with its text exactly as in
 * the source (carriage returns removed).
 */
public record Comment(Pos pos, String text) {
  /** True for {@code /* *}{@code /} comments. */
  public boolean isBlock() {
    return text.startsWith("/*");
  }

  /** Position of the comment's last character. */
  public Pos end() {
    return pos.add(AlloyStrings.utf8Length(text) - 1);
  }
}
