package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.model.RunnerValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values the chart puts into Secret {@code data} as they are ({@code nats.jwt}, {@code
 * nats.secondJwt}, {@code registryTls.crt}, {@code registryTls.key}) must be base64: anything else
 * renders, and the API server refuses the Secret. Messages never show the value. The CLI runs it in
 * validate, render, plan and install: {@code RunnerValidator.standard().with(new
 * SecretDataChecks())}.
 */
public final class SecretDataChecks implements ConfigCheck {
  /** The check. */
  public SecretDataChecks() {}

  /** Findings for every Secret-data value that is not base64. */
  @Override
  public List<Finding> check(RunnerConfig config) {
    RunnerValues v = config.values();
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, String> e :
        Map.of(
                "nats.jwt", v.nats().jwt(),
                "nats.secondJwt", v.nats().secondJwt(),
                "registryTls.crt", v.registryTls().crt(),
                "registryTls.key", v.registryTls().key())
            .entrySet()) {
      String value = e.getValue().strip();
      if (!value.isEmpty() && !PlaceholderCheck.isPlaceholder(value) && !Formats.isBase64(value)) {
        out.add(
            Finding.error(e.getKey(), "is not valid base64 (Secret data must be base64-encoded)"));
      }
    }
    out.sort(new ByPath());
    return out;
  }

  /** Findings by path: a class, not {@code Comparator.comparing} (a lambda: a class spun). */
  private static final class ByPath implements java.util.Comparator<Finding> {
    @Override
    public int compare(Finding a, Finding b) {
      return a.path().compareTo(b.path());
    }
  }
}
