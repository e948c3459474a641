package ai.kubiya.runner.telemetry.alloy.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block: a dotted name ({@code prometheus.scrape}), an optional label ({@code "alloy"}) and a
 * body of statements in braces.
 */
public record Block(
    List<String> name,
    Pos namePos,
    Optional<String> label,
    Pos labelPos,
    List<Stmt> body,
    Pos lcurly,
    Pos rcurly,
    List<String> leadingComments)
    implements Stmt {
  public Block {
    name = List.copyOf(name);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a block needs a name");
    }
    Objects.requireNonNull(namePos, "namePos");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(labelPos, "labelPos");
    body = List.copyOf(body);
    Objects.requireNonNull(lcurly, "lcurly");
    Objects.requireNonNull(rcurly, "rcurly");
    leadingComments = List.copyOf(leadingComments);
  }

  /** A builder for a block named {@code dottedName} (for example {@code prometheus.scrape}). */
  public static Builder builder(String dottedName) {
    return new Builder(dottedName);
  }

  /** The name joined with dots: {@code prometheus.scrape}. */
  public String dottedName() {
    return String.join(".", name);
  }

  /** The attributes of the body, in order. */
  public List<Attribute> attributes() {
    return body.stream().filter(Attribute.class::isInstance).map(Attribute.class::cast).toList();
  }

  /** The nested blocks of the body, in order. */
  public List<Block> blocks() {
    return body.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
  }

  /** The value of the first attribute named {@code attribute}, if any. */
  public Optional<Expr> attribute(String attribute) {
    return attributes().stream()
        .filter(a -> a.name().name().equals(attribute))
        .map(Attribute::value)
        .findFirst();
  }

  /** This block with comment lines before it. */
  public Block withComments(String... lines) {
    return new Block(name, namePos, label, labelPos, body, lcurly, rcurly, Comments.lines(lines));
  }

  @Override
  public Pos start() {
    return namePos;
  }

  @Override
  public Pos end() {
    return rcurly;
  }

  /** Builds a block statement by statement, keeping the order of the calls. */
  public static final class Builder {
    private final List<String> name;
    private String label;
    private final List<Stmt> body = new ArrayList<>();
    private List<String> comments = List.of();

    private Builder(String dottedName) {
      this.name =
          dottedName.indexOf('.') < 0
              ? List.of(dottedName)
              : Arrays.asList(dottedName.split("\\.", -1));
    }

    /** The block's label. */
    public Builder label(String label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /** Comment lines printed before the block. */
    public Builder comment(String... lines) {
      this.comments = Comments.lines(lines);
      return this;
    }

    /** Appends {@code name = value}. */
    public Builder attribute(String name, Expr value) {
      body.add(Attribute.of(name, value));
      return this;
    }

    /** Appends a statement. */
    public Builder statement(Stmt statement) {
      body.add(Objects.requireNonNull(statement, "statement"));
      return this;
    }

    /** Appends statements. */
    public Builder statements(List<? extends Stmt> statements) {
      for (Stmt statement : statements) {
        statement(statement);
      }
      return this;
    }

    /** The block. */
    public Block build() {
      return new Block(
          name, Pos.NONE, Optional.ofNullable(label), Pos.NONE, body, Pos.NONE, Pos.NONE, comments);
    }
  }
}
