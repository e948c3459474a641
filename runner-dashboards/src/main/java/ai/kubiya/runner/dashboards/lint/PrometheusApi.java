package ai.kubiya.runner.dashboards.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The parts of Prometheus's HTTP API the live lint uses: instant and range queries (sent as forms,
 * so long queries fit) and label values. Query errors ({@code bad_data}, {@code execution}) come
 * back as results; an unreachable or broken server throws {@link PrometheusException}.
 */
public final class PrometheusApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpUrl base;
  private final OkHttpClient http;

  private PrometheusApi(HttpUrl base, OkHttpClient http) {
    this.base = base;
    this.http = http;
  }

  /** The Prometheus at this URL, for example {@code http://localhost:9090}. */
  public static PrometheusApi of(String url) {
    HttpUrl base = HttpUrl.parse(url);
    if (base == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + url);
    }
    return new PrometheusApi(
        base, new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(60)).build());
  }

  /** The Prometheus base URL the queries go to. */
  public HttpUrl url() {
    return base;
  }

  /** Evaluates {@code expr} at {@code time}. */
  public QueryResult query(String expr, Instant time) {
    FormBody form = new FormBody.Builder().add("query", expr).add("time", seconds(time)).build();
    return QueryResult.of(post("api/v1/query", form));
  }

  /** Evaluates {@code expr} from {@code start} to {@code end} every {@code step}. */
  public QueryResult queryRange(String expr, Instant start, Instant end, Duration step) {
    FormBody form =
        new FormBody.Builder()
            .add("query", expr)
            .add("start", seconds(start))
            .add("end", seconds(end))
            .add("step", String.valueOf(Math.max(1, step.toSeconds())))
            .build();
    return QueryResult.of(post("api/v1/query_range", form));
  }

  /** The values of {@code label} on the series {@code match} selects (every series when empty). */
  public List<String> labelValues(
      String label, Optional<String> match, Instant start, Instant end) {
    HttpUrl.Builder url =
        base.newBuilder()
            .addPathSegments("api/v1/label")
            .addPathSegment(label)
            .addPathSegment("values")
            .addQueryParameter("start", seconds(start))
            .addQueryParameter("end", seconds(end));
    match.filter(m -> !m.isBlank()).ifPresent(m -> url.addQueryParameter("match[]", m));
    JsonNode json = send(new Request.Builder().url(url.build()).get().build());
    if (!"success".equals(json.path("status").asText())) {
      throw new PrometheusException(
          "label values of " + label + ": " + json.path("error").asText("failed"));
    }
    List<String> out = new ArrayList<>();
    json.path("data").forEach(v -> out.add(v.asText()));
    return out;
  }

  private JsonNode post(String path, FormBody form) {
    return send(
        new Request.Builder()
            .url(base.newBuilder().addPathSegments(path).build())
            .post(form)
            .build());
  }

  private JsonNode send(Request request) {
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      JsonNode json;
      try {
        json = JSON.readTree(body);
      } catch (IOException e) {
        throw new PrometheusException(
            request.url().encodedPath()
                + " answered HTTP "
                + response.code()
                + " without JSON: "
                + abbreviate(body));
      }
      if (json == null || !json.has("status")) {
        throw new PrometheusException(
            request.url().encodedPath()
                + " answered HTTP "
                + response.code()
                + ": "
                + abbreviate(body));
      }
      return json;
    } catch (IOException e) {
      throw new PrometheusException("cannot reach Prometheus at " + base + ": " + e.getMessage());
    }
  }

  private static String abbreviate(String s) {
    String one = s.strip().replace('\n', ' ');
    return one.length() > 200 ? one.substring(0, 197) + "..." : one;
  }

  private static String seconds(Instant t) {
    return String.format(java.util.Locale.ROOT, "%.3f", t.toEpochMilli() / 1000.0);
  }

  /** The outcome of one query: its series, or Prometheus's error. */
  public static final class QueryResult {
    private final String errorType;
    private final String error;
    private final int series;
    private final List<String> warnings;

    private QueryResult(String errorType, String error, int series, List<String> warnings) {
      this.errorType = errorType;
      this.error = error;
      this.series = series;
      this.warnings = List.copyOf(warnings);
    }

    static QueryResult of(JsonNode json) {
      List<String> warnings = new ArrayList<>();
      json.path("warnings").forEach(w -> warnings.add(w.asText()));
      if (!"success".equals(json.path("status").asText())) {
        return new QueryResult(
            json.path("errorType").asText("error"), json.path("error").asText(""), 0, warnings);
      }
      JsonNode result = json.path("data").path("result");
      int series =
          result.isArray() ? result.size() : (result.isMissingNode() || result.isNull() ? 0 : 1);
      return new QueryResult(null, null, series, warnings);
    }

    /** True when Prometheus answered with {@code "status": "error"}. */
    public boolean isError() {
      return errorType != null;
    }

    /** {@code bad_data}, {@code execution}, {@code timeout}...; empty on success. */
    public Optional<String> errorType() {
      return Optional.ofNullable(errorType);
    }

    /** Prometheus's error message; empty on success. */
    public Optional<String> error() {
      return Optional.ofNullable(error);
    }

    /** How many series (or one scalar/string) came back. */
    public int series() {
      return series;
    }

    /** Prometheus's {@code warnings}, for example about a truncated result; empty when none. */
    public List<String> warnings() {
      return warnings;
    }
  }

  /** Prometheus cannot be reached or answers something that is not its API. */
  public static final class PrometheusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PrometheusException(String message) {
      super(Objects.requireNonNull(message));
    }
  }
}
