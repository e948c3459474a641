package ai.kubiya.runner.deployer.preflight;

import ai.kubiya.runner.model.SecretScrubber;
import ai.kubiya.runner.telemetry.alloy.remotewrite.RemoteWriteAuth;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLException;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Checks, for real, that a remote-write endpoint takes the runner's metrics: fetches an OAuth2
 * token with client credentials when configured, then sends a Prometheus remote-write 1.0 request
 * (protobuf {@code WriteRequest}, snappy block compression) carrying one sample {@code
 * kubiya_runner_preflight{runner, organization} 1}, and reports status, latency, and a specific
 * error for DNS, TLS, connection, timeout, 400, 401, 403 and 404 failures.
 *
 * <pre>{@code
 * PreflightResult result = RemoteWritePreflight.create().run(PreflightRequest.builder()
 *     .url("https://dce.westeurope-1.metrics.ingest.monitor.azure.com"
 *         + "/dataCollectionRules/dcr-x/streams/Microsoft-PrometheusMetrics/api/v1/write"
 *         + "?api-version=2023-04-24")
 *     .auth(new RemoteWriteAuth.OAuth2ClientCredentials(
 *         id, secret, tokenUrl, List.of(AzureManagedPrometheus.SCOPE)))
 *     .runner("my-runner").organization("acme").build());
 * }</pre>
 */
public final class RemoteWritePreflight {
  /** The metric the preflight writes. */
  public static final String METRIC = "kubiya_runner_preflight";

  private static final MediaType PROTOBUF = MediaType.get("application/x-protobuf");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY_EXCERPT = 300;

  private final OkHttpClient client;

  private RemoteWritePreflight(OkHttpClient client) {
    this.client = client;
  }

  /** A preflight with its own HTTP client. */
  public static RemoteWritePreflight create() {
    return new RemoteWritePreflight(new OkHttpClient());
  }

  /** A preflight using {@code client} (its timeouts are replaced by the request's). */
  public static RemoteWritePreflight using(OkHttpClient client) {
    return new RemoteWritePreflight(client);
  }

  /** Runs the preflight; never throws for network or HTTP failures, which are results. */
  public PreflightResult run(PreflightRequest request) {
    HttpUrl url = HttpUrl.parse(request.url());
    if (url == null) {
      return PreflightResult.failed(
          PreflightFailure.INVALID_URL,
          null,
          Duration.ZERO,
          "remote-write URL is not an http(s) URL: " + safe(request.url()));
    }
    OkHttpClient http =
        client
            .newBuilder()
            .connectTimeout(request.timeout())
            .readTimeout(request.timeout())
            .writeTimeout(request.timeout())
            .callTimeout(request.timeout().multipliedBy(2))
            .followRedirects(true)
            .build();

    String authorization = null;
    RemoteWriteAuth auth = request.auth();
    if (auth instanceof RemoteWriteAuth.OAuth2ClientCredentials oauth) {
      TokenOutcome token = fetchToken(http, oauth, request.timeout());
      if (token.failure != null) {
        return token.failure;
      }
      authorization = "Bearer " + token.accessToken;
    } else if (auth instanceof RemoteWriteAuth.Basic basic) {
      authorization = Credentials.basic(basic.username(), basic.password(), StandardCharsets.UTF_8);
    } else if (auth instanceof RemoteWriteAuth.Bearer bearer) {
      authorization = "Bearer " + bearer.token();
    }
    return write(http, url, authorization, request);
  }

  private PreflightResult write(
      OkHttpClient http, HttpUrl url, String authorization, PreflightRequest request) {
    byte[] body =
        WriteRequestEncoder.compress(
            WriteRequestEncoder.encode(
                Map.of(
                    "__name__",
                    METRIC,
                    "runner",
                    request.runner(),
                    "organization",
                    request.organization()),
                1.0,
                System.currentTimeMillis()));
    Request.Builder builder =
        new Request.Builder()
            .url(url)
            .post(RequestBody.create(body, PROTOBUF))
            .header("Content-Encoding", "snappy")
            .header("X-Prometheus-Remote-Write-Version", "0.1.0")
            .header("User-Agent", "kubiya-runner-preflight");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    String where = describe(url);
    long start = System.nanoTime();
    try (Response response = http.newCall(builder.build()).execute()) {
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      int code = response.code();
      if (response.isSuccessful()) {
        return PreflightResult.ok(
            code,
            latency,
            "sample "
                + METRIC
                + "{runner=\""
                + request.runner()
                + "\"} accepted by "
                + where
                + " (HTTP "
                + code
                + ")");
      }
      String excerpt = excerpt(response.body(), request, authorization);
      return PreflightResult.failed(kind(code), code, latency, httpMessage(code, where, excerpt));
    } catch (IOException e) {
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      return ioFailure(e, url, latency, request.timeout(), "remote write to " + where);
    }
  }

  private static PreflightFailure kind(int code) {
    switch (code) {
      case 400:
        return PreflightFailure.BAD_REQUEST;
      case 401:
        return PreflightFailure.UNAUTHORIZED;
      case 403:
        return PreflightFailure.FORBIDDEN;
      case 404:
        return PreflightFailure.NOT_FOUND;
      default:
        return code >= 500 ? PreflightFailure.SERVER_ERROR : PreflightFailure.HTTP_ERROR;
    }
  }

  private static String httpMessage(int code, String where, String excerpt) {
    String detail = excerpt.isEmpty() ? "" : ": " + excerpt;
    switch (code) {
      case 400:
        return "HTTP 400 Bad Request from " + where + ": the receiver rejected the sample" + detail;
      case 401:
        return "HTTP 401 Unauthorized from "
            + where
            + ": the credentials were missing or not accepted (check client "
            + "id/secret, user/password or token)"
            + detail;
      case 403:
        return "HTTP 403 Forbidden from "
            + where
            + ": authenticated, but not allowed to write (Azure: grant the app "
            + "'Monitoring Metrics Publisher'"
            + " on the data collection rule)"
            + detail;
      case 404:
        return "HTTP 404 Not Found from "
            + where
            + ": no remote-write receiver at this path (Prometheus: /api/v1/write with"
            + " --web.enable-remote-write-receiver)"
            + detail;
      default:
        return "HTTP " + code + " from " + where + detail;
    }
  }

  private static PreflightResult ioFailure(
      IOException e, HttpUrl url, Duration latency, Duration timeout, String what) {
    String host = url.host();
    if (e instanceof UnknownHostException) {
      return PreflightResult.failed(
          PreflightFailure.DNS,
          null,
          latency,
          what + " failed: cannot resolve host \"" + host + "\" (DNS)");
    }
    if (e instanceof SSLException) {
      return PreflightResult.failed(
          PreflightFailure.TLS,
          null,
          latency,
          what
              + " failed: TLS handshake with "
              + host
              + ":"
              + url.port()
              + " failed: "
              + oneLine(e.getMessage()));
    }
    if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
      return PreflightResult.failed(
          PreflightFailure.CONNECT,
          null,
          latency,
          what
              + " failed: cannot connect to "
              + host
              + ":"
              + url.port()
              + " ("
              + oneLine(e.getMessage())
              + ")");
    }
    if (e instanceof InterruptedIOException) {
      return PreflightResult.failed(
          PreflightFailure.TIMEOUT,
          null,
          latency,
          what
              + " failed: no answer from "
              + host
              + ":"
              + url.port()
              + " within "
              + timeout.toMillis()
              + " ms (timeout)");
    }
    return PreflightResult.failed(
        PreflightFailure.IO,
        null,
        latency,
        what + " failed: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
  }

  // ---- OAuth2

  private static final class TokenOutcome {
    String accessToken;
    PreflightResult failure;
  }

  private TokenOutcome fetchToken(
      OkHttpClient http, RemoteWriteAuth.OAuth2ClientCredentials oauth, Duration timeout) {
    TokenOutcome outcome = new TokenOutcome();
    HttpUrl tokenUrl = HttpUrl.parse(oauth.tokenUrl());
    if (tokenUrl == null) {
      outcome.failure =
          PreflightResult.failed(
              PreflightFailure.INVALID_URL,
              null,
              Duration.ZERO,
              "OAuth2 token URL is not an http(s) URL: " + safe(oauth.tokenUrl()));
      return outcome;
    }
    FormBody.Builder form =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", oauth.clientId())
            .add("client_secret", oauth.clientSecret());
    if (!oauth.scopes().isEmpty()) {
      form.add("scope", String.join(" ", oauth.scopes()));
    }
    Request request =
        new Request.Builder()
            .url(tokenUrl)
            .post(form.build())
            .header("Accept", "application/json")
            .build();
    String where = describe(tokenUrl);
    long start = System.nanoTime();
    try (Response response = http.newCall(request).execute()) {
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      JsonNode json = parseJson(text);
      if (!response.isSuccessful()) {
        String error =
            json == null
                ? ""
                : (json.path("error").asText("") + " " + json.path("error_description").asText(""))
                    .trim();
        error = scrub(oneLine(error), oauth.clientSecret());
        outcome.failure =
            PreflightResult.failed(
                PreflightFailure.TOKEN,
                response.code(),
                latency,
                "OAuth2 token request to "
                    + where
                    + " failed: HTTP "
                    + response.code()
                    + (error.isEmpty() ? "" : " " + truncate(error)));
        return outcome;
      }
      String token = json == null ? "" : json.path("access_token").asText("");
      if (token.isEmpty()) {
        outcome.failure =
            PreflightResult.failed(
                PreflightFailure.TOKEN,
                response.code(),
                latency,
                "OAuth2 token response from " + where + " has no access_token");
        return outcome;
      }
      outcome.accessToken = token;
      return outcome;
    } catch (IOException e) {
      PreflightResult r =
          ioFailure(
              e,
              tokenUrl,
              Duration.ofNanos(System.nanoTime() - start),
              timeout,
              "OAuth2 token request to " + where);
      outcome.failure =
          r.failure().orElseThrow() == PreflightFailure.IO
              ? PreflightResult.failed(PreflightFailure.TOKEN, null, r.latency(), r.message())
              : r;
      return outcome;
    }
  }

  private static JsonNode parseJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  // ---- text helpers (no secrets in messages)

  /**
   * A short excerpt of a remote server's body: one line, truncated, with every credential this
   * request carried (client secret, password, token, the Authorization header a server may echo)
   * scrubbed in every encoding (raw, base64, URL-encoded, JSON-escaped).
   */
  private static String excerpt(ResponseBody body, PreflightRequest request, String authorization) {
    if (body == null) {
      return "";
    }
    try {
      SecretScrubber scrubber = SecretScrubber.create().add(authorization);
      if (authorization != null && authorization.indexOf(' ') > 0) {
        scrubber.add(authorization.substring(authorization.indexOf(' ') + 1));
      }
      if (request.auth() instanceof RemoteWriteAuth.OAuth2ClientCredentials o) {
        scrubber.add(o.clientSecret());
      } else if (request.auth() instanceof RemoteWriteAuth.Basic b) {
        scrubber.add(b.password());
      } else if (request.auth() instanceof RemoteWriteAuth.Bearer t) {
        scrubber.add(t.token());
      }
      return truncate(scrubber.scrub(oneLine(body.string())));
    } catch (IOException e) {
      return "";
    }
  }

  private static String scrub(String text, String secret) {
    // every encoding: a token endpoint may echo the form, where the secret is URL-encoded
    return SecretScrubber.create()
        .add(secret)
        .scrub(text)
        .replace(secret.isEmpty() ? "\u0000" : secret, "<redacted>");
  }

  private static String truncate(String s) {
    return s.length() <= MAX_BODY_EXCERPT ? s : s.substring(0, MAX_BODY_EXCERPT) + "...";
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  /** {@code scheme://host:port/path}: no user info, no query. */
  private static String describe(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath();
  }

  private static String safe(String url) {
    String s = url.replaceAll("//[^/@]*@", "//");
    int q = s.indexOf('?');
    return q >= 0 ? s.substring(0, q) : s;
  }
}
