package ai.kubiya.runner.telemetry.alloy.syntax;

/** Alloy's unary and binary operators with their binding strength (higher binds tighter). */
public enum Operator {
  /** {@code ||}: logical or. */
  OR("||", 1),
  /** {@code &&}: logical and. */
  AND("&&", 2),
  /** {@code !}: logical not (unary). */
  NOT("!", 0),
  /** {@code ==}: equal. */
  EQ("==", 3),
  /** {@code !=}: not equal. */
  NEQ("!=", 3),
  /** {@code <}: less than. */
  LT("<", 3),
  /** {@code <=}: less than or equal. */
  LTE("<=", 3),
  /** {@code >}: greater than. */
  GT(">", 3),
  /** {@code >=}: greater than or equal. */
  GTE(">=", 3),
  /** {@code +}: addition. */
  ADD("+", 4),
  /** {@code -}: subtraction (or negation). */
  SUB("-", 4),
  /** {@code *}: multiplication. */
  MUL("*", 5),
  /** {@code /}: division. */
  DIV("/", 5),
  /** {@code %}: remainder. */
  MOD("%", 5),
  /** {@code ^}: exponentiation. */
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
