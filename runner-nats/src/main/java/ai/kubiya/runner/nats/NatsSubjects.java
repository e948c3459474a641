package ai.kubiya.runner.nats;

import java.util.Optional;

/** NATS subject rules: dot-separated tokens, {@code *} for one token and {@code >} for the rest. */
final class NatsSubjects {
  private NatsSubjects() {}

  /** Whether {@code pattern} (which may hold wildcards) matches the literal {@code subject}. */
  static boolean matches(String pattern, String subject) {
    String[] wanted = pattern.split("\\.", -1);
    String[] actual = subject.split("\\.", -1);
    for (int i = 0; i < wanted.length; i++) {
      if (wanted[i].equals(">") && i == wanted.length - 1) {
        return actual.length > i;
      }
      if (i >= actual.length || !(wanted[i].equals("*") || wanted[i].equals(actual[i]))) {
        return false;
      }
    }
    return wanted.length == actual.length;
  }

  /** Why {@code subject} cannot be published to, or empty when it can. */
  static Optional<String> publishProblem(String subject) {
    if (subject.isEmpty()) {
      return Optional.of("is empty");
    }
    if (subject.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return Optional.of("holds whitespace");
    }
    for (String token : subject.split("\\.", -1)) {
      if (token.isEmpty()) {
        return Optional.of("has an empty token (a leading, trailing or doubled '.')");
      }
      if (token.equals("*") || token.equals(">")) {
        return Optional.of(
            "holds the wildcard '" + token + "', and messages cannot be published to wildcards");
      }
    }
    return Optional.empty();
  }
}
