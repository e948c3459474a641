package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import java.util.Arrays;
import java.util.List;

/** {@code prometheus.scrape}: scrapes targets and forwards the samples; exports nothing. */
public final class PrometheusScrape extends BuiltComponent {
  /** The component kind. */
  public static final String KIND = "prometheus.scrape";

  private PrometheusScrape(String label, Block block) {
    super(KIND, label, block);
  }

  /** A builder of the component labeled {@code label}. */
  public static Builder builder(String label) {
    return new Builder(label);
  }

  /** Builds {@link PrometheusScrape}. */
  public static final class Builder extends BlockBuilder<Builder> {
    private final String label;

    private Builder(String label) {
      super(KIND, label);
      this.label = label;
    }

    /** {@code targets}. */
    public Builder targets(Expr targets) {
      return attribute("targets", targets);
    }

    /** {@code forward_to}. */
    public Builder forwardTo(Expr... receivers) {
      return forwardTo(Arrays.asList(receivers));
    }

    /** {@code forward_to}. */
    public Builder forwardTo(List<? extends Expr> receivers) {
      return attribute("forward_to", Expr.array(receivers));
    }

    /** {@code job_name}. */
    public Builder jobName(String jobName) {
      return string("job_name", jobName);
    }

    /** {@code scrape_interval}, a duration such as {@code 60s}. */
    public Builder scrapeInterval(String interval) {
      return duration("scrape_interval", interval);
    }

    /** {@code scrape_timeout}, a duration. */
    public Builder scrapeTimeout(String timeout) {
      return duration("scrape_timeout", timeout);
    }

    /** {@code metrics_path}. */
    public Builder metricsPath(String path) {
      return string("metrics_path", path);
    }

    /** {@code scheme}: {@code http} or {@code https}. */
    public Builder scheme(String scheme) {
      return string("scheme", scheme);
    }

    /** {@code honor_labels}. */
    public Builder honorLabels(boolean honor) {
      return bool("honor_labels", honor);
    }

    /** The component. */
    public PrometheusScrape build() {
      return new PrometheusScrape(label, buildBlock());
    }
  }
}
