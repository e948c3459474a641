package ai.kubiya.runner.telemetry.alloy.component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One module of the blackbox exporter's configuration: a name targets refer to, a prober, a timeout
 * and prober settings (kept in the order they are set).
 */
public final class BlackboxModule {
  /** The blackbox exporter's probers. */
  public enum Prober {
    /** {@code http}: an HTTP(S) request, checked by status code and body. */
    HTTP,
    /** {@code grpc}: a gRPC health check. */
    GRPC,
    /** {@code tcp}: a TCP connection, optionally with a query/expect dialogue. */
    TCP,
    /** {@code icmp}: a ping. */
    ICMP,
    /** {@code dns}: a DNS query. */
    DNS;

    /** The prober as written in the configuration: {@code http}. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final String name;
  private final Prober prober;
  private final String timeout;
  private final Map<String, Object> settings;

  private BlackboxModule(Builder b) {
    this.name = b.name;
    this.prober = b.prober;
    this.timeout = b.timeout;
    this.settings = new LinkedHashMap<>(b.settings);
  }

  /** A builder of the module {@code name} using {@code prober}. */
  public static Builder builder(String name, Prober prober) {
    return new Builder(name, prober);
  }

  /** The module's name, which targets refer to. */
  public String name() {
    return name;
  }

  /** The prober. */
  public Prober prober() {
    return prober;
  }

  /** The module as a map in configuration order: {@code prober}, {@code timeout}, settings. */
  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("prober", prober.value());
    if (timeout != null) {
      map.put("timeout", timeout);
    }
    if (!settings.isEmpty()) {
      map.put(prober.value(), new LinkedHashMap<>(settings));
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlackboxModule m && m.name.equals(name) && m.toMap().equals(toMap());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, toMap());
  }

  @Override
  public String toString() {
    return name + ": " + FlowYaml.write(toMap());
  }

  /** Builds {@link BlackboxModule}. */
  public static final class Builder {
    private final String name;
    private final Prober prober;
    private String timeout;
    private final Map<String, Object> settings = new LinkedHashMap<>();

    private Builder(String name, Prober prober) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a blackbox module needs a name");
      }
      this.name = name;
      this.prober = Objects.requireNonNull(prober, "prober");
    }

    /** {@code timeout}: how long a probe may take, a duration such as {@code 5s}. */
    public Builder timeout(String timeout) {
      this.timeout = Durations.requireValid("modules." + name + ".timeout", timeout);
      return this;
    }

    /** {@code preferred_ip_protocol}: {@code ip4} or {@code ip6}. */
    public Builder preferredIpProtocol(String protocol) {
      return setting("preferred_ip_protocol", protocol);
    }

    /** {@code valid_status_codes} (HTTP prober). */
    public Builder validStatusCodes(Integer... codes) {
      return setting("valid_status_codes", List.copyOf(Arrays.asList(codes)));
    }

    /** {@code tls} (gRPC prober). */
    public Builder tls(boolean tls) {
      return setting("tls", tls);
    }

    /**
     * Any other setting of the prober (a string, number, boolean, list or map), written under the
     * prober's key.
     */
    public Builder setting(String key, Object value) {
      settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** The module. */
    public BlackboxModule build() {
      return new BlackboxModule(this);
    }
  }
}
