package ai.kubiya.runner.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthGradeTest {
  @ParameterizedTest
  @CsvSource({
    "100, HEALTHY",
    "99.9, WARNING",
    "90, WARNING",
    "89.9, DEGRADED",
    "70, DEGRADED",
    "69.9, DOWN",
    "0, DOWN"
  })
  void readyPercent(double percent, HealthGrade grade) {
    assertEquals(grade, HealthGrade.ofReadyPercent(percent));
  }

  @ParameterizedTest
  @CsvSource({
    "0, HEALTHY",
    "1, HEALTHY",
    "1.1, WARNING",
    "2, WARNING",
    "2.1, DEGRADED",
    "4, DEGRADED",
    "4.1, DOWN"
  })
  void restarts(double restarts, HealthGrade grade) {
    assertEquals(grade, HealthGrade.ofRestarts(restarts));
  }

  @ParameterizedTest
  @CsvSource({"HEALTHY, WARNING, WARNING", "DOWN, HEALTHY, DOWN", "DEGRADED, WARNING, DEGRADED"})
  void worst(HealthGrade a, HealthGrade b, HealthGrade worst) {
    assertEquals(worst, a.worst(b));
    assertEquals(worst, b.worst(a));
  }
}
