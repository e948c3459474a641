package ai.kubiya.runner.model;

import ai.kubiya.runner.model.internal.ValuesCodec;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The whole values tree of chart 0.6.2, typed. Every key of the chart's {@code values.yaml} is here
 * with the same default; the subchart sections ({@link #dagger()}, {@link #kubestatemetrics()},
 * {@link #alloy()}) type what the runner uses and keep the rest in {@code extras()}.
 *
 * <pre>{@code
 * RunnerValues values = RunnerValues.defaults()
 *     .withOrganization("acme")
 *     .withAgentManager(RunnerValues.defaults().agentManager().withReplicas(3));
 * String yaml = values.toValuesYaml();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRunnerValues.class)
@JsonDeserialize(as = ImmutableRunnerValues.class)
@JsonPropertyOrder({
  "organization",
  "uuid",
  "runnerNameOverride",
  "nameOverride",
  "fullnameOverride",
  "imagePullSecrets",
  "nats",
  "registryTls",
  "kubiyaOperator",
  "agentManager",
  "toolManager",
  "imageUpdater",
  "dagger",
  "kubestatemetrics",
  "alloy"
})
public abstract class RunnerValues implements WithRunnerValues {
  /** The runner's organization. */
  @Value.Default
  public String organization() {
    return "";
  }

  /** The runner's UUID. */
  @Value.Default
  public String uuid() {
    return "";
  }

  /** Overrides the runner name (and every generated name); must match the NATS JWT's name. */
  @Value.Default
  public String runnerNameOverride() {
    return "";
  }

  /** Overrides the chart name part of generated names. */
  @Value.Default
  public String nameOverride() {
    return "";
  }

  /** Overrides the full name of generated names. */
  @Value.Default
  public String fullnameOverride() {
    return "";
  }

  /** Image pull secrets: names or {@code {name: ...}} maps. */
  public abstract List<Object> imagePullSecrets();

  /** NATS credentials and destination. */
  public abstract NatsValues nats();

  /** Registry TLS certificate and key. */
  public abstract RegistryTlsValues registryTls();

  /** The kubiya-operator component. */
  public abstract KubiyaOperatorValues kubiyaOperator();

  /** The agent-manager component. */
  public abstract AgentManagerValues agentManager();

  /** The tool-manager component. */
  public abstract ToolManagerValues toolManager();

  /** The image-updater component. */
  public abstract ImageUpdaterValues imageUpdater();

  /** The dagger subchart. */
  public abstract DaggerValues dagger();

  /** The kube-state-metrics subchart. */
  public abstract KubeStateMetricsValues kubestatemetrics();

  /** The Alloy subchart and pipeline switches. */
  public abstract AlloyValues alloy();

  /** Top-level keys this SDK does not model (the chart never reads them), kept in order. */
  @JsonAnyGetter
  public abstract Map<String, Object> extras();

  /** The values as a plain map tree (what templates see as {@code .Values}); computed once. */
  @Value.Lazy
  @Value.Auxiliary
  public Map<String, Object> toMap() {
    return ValuesCodec.toMap(this);
  }

  /**
   * A values document that loads back to equal values; a key of the chart's defaults these values
   * removed (e.g. {@code toolManager.env.GIT_SHA: null}) is written as {@code key: null}.
   */
  public String toValuesYaml() {
    return ValuesCodec.toYaml(ValuesCodec.withRemovals(toMap()));
  }

  /** The chart's defaults. */
  public static RunnerValues defaults() {
    return ValuesCodec.defaults();
  }

  /** A builder of {@code RunnerValues}. */
  public static ImmutableRunnerValues.Builder builder() {
    return ImmutableRunnerValues.builder();
  }
}
