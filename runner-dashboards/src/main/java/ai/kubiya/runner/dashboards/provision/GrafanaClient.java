package ai.kubiya.runner.dashboards.provision;

import ai.kubiya.runner.dashboards.model.Dashboard;
import ai.kubiya.runner.dashboards.model.DashboardJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Grafana's dashboard HTTP API, authenticated with a service-account token: create or update by
 * uid, get by uid, search, delete. Failures are {@link GrafanaException}s with a {@link
 * GrafanaException.Reason} (401, 403, 404 and 412 each have theirs); the token never appears in
 * messages or in {@link #toString()}.
 *
 * <pre>{@code
 * GrafanaClient grafana =
 *     GrafanaClient.connect("https://grafana.example.com", System.getenv("GRAFANA_TOKEN"));
 * SaveResult saved =
 *     grafana.save(SaveRequest.of(dashboard).withFolderUid("runners").withOverwrite(true));
 * Optional<StoredDashboard> back = grafana.get(dashboard.uid());
 * }</pre>
 */
public final class GrafanaClient {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final HttpUrl base;
  private final String token;
  private final OkHttpClient http;

  private GrafanaClient(HttpUrl base, String token, OkHttpClient http) {
    this.base = base;
    this.token = token;
    this.http = http;
  }

  /** A client of the Grafana at {@code url} using this service-account token. */
  public static GrafanaClient connect(String url, String token) {
    HttpUrl base = HttpUrl.parse(Objects.requireNonNull(url, "url"));
    if (base == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + url);
    }
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("a Grafana service-account token is required");
    }
    return new GrafanaClient(
        base,
        token.strip(),
        new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build());
  }

  /** Creates the dashboard, or updates the one with its uid. */
  public SaveResult save(SaveRequest request) {
    Dashboard d = request.dashboard();
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode model = (ObjectNode) DashboardJson.toTree(d);
    model.remove("id"); // ids are per Grafana instance; the uid identifies the dashboard
    body.set("dashboard", model);
    request.folderUid().ifPresent(f -> body.put("folderUid", f));
    body.put("overwrite", request.overwrite());
    request.message().ifPresent(m -> body.put("message", m));
    JsonNode answer =
        send(
                "save dashboard " + d.uid(),
                request("api/dashboards/db")
                    .post(RequestBody.create(body.toString(), JSON))
                    .build(),
                false)
            .orElseThrow();
    return ImmutableSaveResult.builder()
        .uid(answer.path("uid").asText(d.uid()))
        .url(answer.path("url").asText(""))
        .version(answer.path("version").asInt())
        .status(answer.path("status").asText(""))
        .build();
  }

  /** The dashboard with this uid, if Grafana has one. */
  public Optional<StoredDashboard> get(String uid) {
    Optional<JsonNode> answer =
        send(
            "get dashboard " + uid,
            request("api/dashboards/uid/" + segment(uid)).get().build(),
            true);
    return answer.map(
        a -> {
          JsonNode meta = a.path("meta");
          return ImmutableStoredDashboard.builder()
              .dashboard(DashboardJson.read(a.toString(), "Grafana's answer for " + uid))
              .folderUid(text(meta, "folderUid"))
              .folderTitle(text(meta, "folderTitle"))
              .url(text(meta, "url"))
              .provisioned(meta.path("provisioned").asBoolean(false))
              .build();
        });
  }

  /**
   * Dashboards whose title contains {@code query} (empty for all) and that have every tag given.
   */
  public List<SearchHit> search(String query, String... tags) {
    HttpUrl.Builder url =
        base.newBuilder()
            .addPathSegments("api/search")
            .addQueryParameter("type", "dash-db")
            .addQueryParameter("query", query == null ? "" : query);
    for (String tag : tags) {
      url.addQueryParameter("tag", tag);
    }
    JsonNode answer =
        send(
                "search dashboards",
                authorized(new Request.Builder().url(url.build())).get().build(),
                false)
            .orElseThrow();
    List<SearchHit> out = new ArrayList<>();
    for (JsonNode hit : answer) {
      ImmutableSearchHit.Builder b =
          ImmutableSearchHit.builder()
              .uid(hit.path("uid").asText())
              .title(hit.path("title").asText())
              .url(text(hit, "url"))
              .folderUid(text(hit, "folderUid"))
              .folderTitle(text(hit, "folderTitle"));
      hit.path("tags").forEach(t -> b.addTag(t.asText()));
      out.add(b.build());
    }
    return out;
  }

  /** Deletes the dashboard with this uid; false when there was none. */
  public boolean delete(String uid) {
    return send(
            "delete dashboard " + uid,
            request("api/dashboards/uid/" + segment(uid)).delete().build(),
            true)
        .isPresent();
  }

  private Request.Builder request(String path) {
    return authorized(
        new Request.Builder().url(base.newBuilder().addEncodedPathSegments(path).build()));
  }

  private Request.Builder authorized(Request.Builder b) {
    return b.header("Authorization", "Bearer " + token).header("Accept", "application/json");
  }

  private static String segment(String uid) {
    return HttpUrl.parse("http://x/")
        .newBuilder()
        .addPathSegment(uid)
        .build()
        .encodedPath()
        .substring(1);
  }

  /** The answer's JSON; empty for a 404 when {@code notFoundIsEmpty}. */
  private Optional<JsonNode> send(String action, Request request, boolean notFoundIsEmpty) {
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      int code = response.code();
      if (code == 404 && notFoundIsEmpty) {
        return Optional.empty();
      }
      if (response.isSuccessful()) {
        return Optional.of(
            body.isBlank()
                ? JsonNodeFactory.instance.objectNode()
                : DashboardJson.readTree(body, "Grafana's answer to " + action));
      }
      throw failure(action, code, body);
    } catch (IOException e) {
      throw new GrafanaException(
          GrafanaException.Reason.UNREACHABLE,
          0,
          "cannot reach Grafana at " + base + " to " + action + ": " + e.getMessage());
    }
  }

  private GrafanaException failure(String action, int code, String body) {
    String message = "";
    String status = "";
    try {
      JsonNode json = DashboardJson.readTree(body, "answer");
      message = json.path("message").asText("");
      status = json.path("status").asText("");
    } catch (IllegalArgumentException notJson) {
      message = body.strip();
    }
    message = message.lines().findFirst().orElse("");
    String detail = message.isEmpty() ? "" : ": " + message;
    switch (code) {
      case 401:
        return new GrafanaException(
            GrafanaException.Reason.UNAUTHORIZED,
            code,
            "Grafana at "
                + base
                + " refused the token (401 Unauthorized) to "
                + action
                + detail
                + "; check GRAFANA_TOKEN is a valid service-account token");
      case 403:
        return new GrafanaException(
            GrafanaException.Reason.FORBIDDEN,
            code,
            "the token's service account may not "
                + action
                + " (403 Forbidden)"
                + detail
                + "; it needs the Editor role or write permission on the folder");
      case 404:
        return new GrafanaException(
            GrafanaException.Reason.NOT_FOUND,
            code,
            "cannot " + action + ": not found (404)" + detail);
      case 412:
        if ("version-mismatch".equals(status)) {
          return new GrafanaException(
              GrafanaException.Reason.VERSION_CONFLICT,
              code,
              "cannot "
                  + action
                  + ": Grafana has a newer version (412 version-mismatch)"
                  + detail
                  + "; save with overwrite to replace it");
        }
        if ("name-exists".equals(status)) {
          return new GrafanaException(
              GrafanaException.Reason.NAME_EXISTS,
              code,
              "cannot "
                  + action
                  + ": another dashboard in the folder has this title (412 name-exists)"
                  + detail);
        }
        return new GrafanaException(
            GrafanaException.Reason.PRECONDITION_FAILED,
            code,
            "cannot "
                + action
                + " (412 "
                + (status.isEmpty() ? "precondition failed" : status)
                + ")"
                + detail);
      case 400:
        return new GrafanaException(
            GrafanaException.Reason.BAD_REQUEST,
            code,
            "Grafana cannot read the request to " + action + " (400)" + detail);
      default:
        return new GrafanaException(
            GrafanaException.Reason.FAILED, code, "cannot " + action + ": HTTP " + code + detail);
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isTextual() && !v.textValue().isEmpty()
        ? Optional.of(v.textValue())
        : Optional.empty();
  }

  /** The Grafana URL; never the token. */
  @Override
  public String toString() {
    return "GrafanaClient[" + base + "]";
  }
}
