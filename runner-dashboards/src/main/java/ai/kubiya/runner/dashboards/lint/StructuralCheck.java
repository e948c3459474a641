package ai.kubiya.runner.dashboards.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A fallback when {@code promtool} is not installed: checks only that strings are closed and
 * brackets balance, and that no template variable is left. It does not parse PromQL.
 */
public final class StructuralCheck implements PromqlChecker {
  @Override
  public List<Optional<String>> check(List<String> expressions) {
    List<Optional<String>> out = new ArrayList<>();
    for (String e : expressions) {
      out.add(check(e));
    }
    return out;
  }

  @Override
  public String name() {
    return "structure only (promtool not found)";
  }

  static Optional<String> check(String expr) {
    Deque<Character> open = new ArrayDeque<>();
    char quote = 0;
    for (int i = 0; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      switch (c) {
        case '"':
        case '\'':
        case '`':
          quote = c;
          break;
        case '#':
          while (i < expr.length() && expr.charAt(i) != '\n') {
            i++;
          }
          break;
        case '(':
        case '{':
        case '[':
          open.push(c);
          break;
        case ')':
        case '}':
        case ']':
          char expected = c == ')' ? '(' : c == '}' ? '{' : '[';
          if (open.isEmpty() || open.pop() != expected) {
            return Optional.of("unbalanced '" + c + "' at offset " + i);
          }
          break;
        case '$':
          return Optional.of("template variable left at offset " + i);
        default:
          break;
      }
    }
    if (quote != 0) {
      return Optional.of("unterminated string");
    }
    return open.isEmpty() ? Optional.empty() : Optional.of("unclosed '" + open.peek() + "'");
  }
}
