package ai.kubiya.runner.deployer.drift;

import java.time.Duration;
import java.time.Instant;

/** One object's heal history under a {@link BackoffPolicy}: when it may be healed next. */
final class ObjectBackoff {
  private final BackoffPolicy policy;
  private Instant lastHeal;
  private Instant nextAllowed = Instant.MIN;
  private int strikes;

  ObjectBackoff(BackoffPolicy policy) {
    this.policy = policy;
  }

  /** True when a heal may be written now. */
  boolean mayHeal(Instant now) {
    return !now.isBefore(nextAllowed);
  }

  /** When the next heal may be written. */
  Instant nextAllowed() {
    return nextAllowed;
  }

  /**
   * Records a heal written at {@code now}; true when the object had drifted again within the fight
   * window of the previous heal (a fight), which lengthens the wait before the next heal.
   */
  boolean healed(Instant now) {
    boolean fight =
        lastHeal != null && Duration.between(lastHeal, now).compareTo(policy.fightWindow()) < 0;
    strikes = fight ? strikes + 1 : 0;
    lastHeal = now;
    nextAllowed = now.plus(policy.delay(strikes));
    return fight;
  }

  /** Consecutive fights. */
  int strikes() {
    return strikes;
  }
}
