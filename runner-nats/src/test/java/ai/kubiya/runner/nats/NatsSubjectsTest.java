package ai.kubiya.runner.nats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NatsSubjectsTest {
  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "kubiya.metrics, kubiya.metrics, true",
    "kubiya.metrics, kubiya.metric, false",
    "kubiya.metrics, kubiya.metrics.x, false",
    "kubiya.*, kubiya.metrics, true",
    "kubiya.*, kubiya.metrics.x, false",
    "kubiya.*, kubiya, false",
    "*.metrics, runner.metrics, true",
    "kubiya.>, kubiya.a, true",
    "kubiya.>, kubiya.a.b.c, true",
    "kubiya.>, kubiya, false",
    ">, anything.at.all, true",
    "kubiya.*.metrics, kubiya.r1.metrics, true",
    "kubiya.*.metrics, kubiya.r1.logs, false",
    "kubiya.>.metrics, kubiya.a.metrics, false",
  })
  void wildcardMatching(String pattern, String subject, boolean expected) {
    assertEquals(expected, NatsSubjects.matches(pattern, subject));
  }

  @ParameterizedTest(name = "\"{0}\" {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|is empty",
        "kubiya metrics|holds whitespace",
        ".kubiya|has an empty token (a leading, trailing or doubled '.')",
        "kubiya..metrics|has an empty token (a leading, trailing or doubled '.')",
        "kubiya.|has an empty token (a leading, trailing or doubled '.')",
        "kubiya.*|holds the wildcard '*', and messages cannot be published to wildcards",
        "kubiya.>|holds the wildcard '>', and messages cannot be published to wildcards",
      })
  void subjectsThatCannotBePublishedTo(String subject, String problem) {
    assertEquals(Optional.of(problem), NatsSubjects.publishProblem(subject));
  }

  @Test
  void literalSubjectsCanBePublishedTo() {
    assertEquals(Optional.empty(), NatsSubjects.publishProblem("kubiya.runner-a.metrics"));
    assertEquals(Optional.empty(), NatsSubjects.publishProblem("a*b.c>d"));
  }

  @Test
  void emptyAllowListAllowsEverythingButDenyWins() {
    NatsPermissions open = NatsPermissions.unrestricted();
    NatsPermissions denying = NatsPermissions.builder().addDeny("kubiya.*.secret").build();
    NatsPermissions both =
        NatsPermissions.builder().addAllow("kubiya.>").addDeny("kubiya.admin.>").build();

    assertTrue(open.permits("x.y"));
    assertTrue(denying.permits("kubiya.r1.metrics"));
    assertFalse(denying.permits("kubiya.r1.secret"));
    assertTrue(both.permits("kubiya.r1.metrics"));
    assertFalse(both.permits("kubiya.admin.x"));
    assertFalse(both.permits("other.metrics"));
  }
}
