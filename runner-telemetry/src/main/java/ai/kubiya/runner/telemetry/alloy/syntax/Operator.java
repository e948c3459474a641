package ai.kubiya.runner.telemetry.alloy.syntax;

/** Alloy's unary and binary operators with their binding strength (higher binds tighter). */
public enum Operator {
  OR("||", 1),
  AND("&&", 2),
  NOT("!", 0),
  EQ("==", 3),
  NEQ("!=", 3),
  LT("<", 3),
  LTE("<=", 3),
  GT(">", 3),
  GTE(">=", 3),
  ADD("+", 4),
  SUB("-", 4),
  MUL("*", 5),
  DIV("/", 5),
  MOD("%", 5),
  POW("^", 6);

  /** Precedence of unary operators: above every binary operator. */
  public static final int UNARY_PRECEDENCE = 7;

  private final String symbol;
  private final int precedence;

  Operator(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  /** The operator as written: {@code &&}. */
  public String symbol() {
    return symbol;
  }

  /** Binary precedence, 0 for the unary-only {@link #NOT}. */
  public int precedence() {
    return precedence;
  }

  /** True for {@link #POW}, the only right-associative operator. */
  public boolean isRightAssociative() {
    return this == POW;
  }

  /** True for the operators that may prefix an expression: {@code !} and {@code -}. */
  public boolean isUnary() {
    return this == NOT || this == SUB;
  }
}
