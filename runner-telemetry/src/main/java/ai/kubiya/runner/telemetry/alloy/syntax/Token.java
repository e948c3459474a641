package ai.kubiya.runner.telemetry.alloy.syntax;

/** Lexical tokens of Alloy syntax, named as Alloy names them in messages. */
enum Token {
  ILLEGAL("ILLEGAL"),
  LITERAL("LITERAL"),
  EOF("EOF"),
  COMMENT("COMMENT"),
  IDENT("IDENT"),
  NUMBER("NUMBER"),
  FLOAT("FLOAT"),
  STRING("STRING"),
  BOOL("BOOL"),
  NULL("NULL"),
  OR("||"),
  AND("&&"),
  NOT("!"),
  ASSIGN("="),
  EQ("=="),
  NEQ("!="),
  LT("<"),
  LTE("<="),
  GT(">"),
  GTE(">="),
  ADD("+"),
  SUB("-"),
  MUL("*"),
  DIV("/"),
  MOD("%"),
  POW("^"),
  LCURLY("{"),
  RCURLY("}"),
  LPAREN("("),
  RPAREN(")"),
  LBRACK("["),
  RBRACK("]"),
  COMMA(","),
  DOT("."),
  TERMINATOR("TERMINATOR");

  private final String text;

  Token(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }

  /** Binary precedence, 0 for tokens that are not binary operators. */
  int precedence() {
    switch (this) {
      case OR:
        return 1;
      case AND:
        return 2;
      case EQ, NEQ, LT, LTE, GT, GTE:
        return 3;
      case ADD, SUB:
        return 4;
      case MUL, DIV, MOD:
        return 5;
      case POW:
        return 6;
      default:
        return 0;
    }
  }

  boolean isLiteral() {
    return this == IDENT || this == NUMBER || this == FLOAT || this == STRING;
  }

  Operator operator() {
    switch (this) {
      case OR:
        return Operator.OR;
      case AND:
        return Operator.AND;
      case NOT:
        return Operator.NOT;
      case EQ:
        return Operator.EQ;
      case NEQ:
        return Operator.NEQ;
      case LT:
        return Operator.LT;
      case LTE:
        return Operator.LTE;
      case GT:
        return Operator.GT;
      case GTE:
        return Operator.GTE;
      case ADD:
        return Operator.ADD;
      case SUB:
        return Operator.SUB;
      case MUL:
        return Operator.MUL;
      case DIV:
        return Operator.DIV;
      case MOD:
        return Operator.MOD;
      case POW:
        return Operator.POW;
      default:
        throw new IllegalStateException("not an operator: " + this);
    }
  }

  static Token of(Operator op) {
    return valueOf(op.name());
  }
}
