package ai.kubiya.runner.deployer.images;

import ai.kubiya.runner.model.RunnerConfig;
import ai.kubiya.runner.naming.Component;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads a stable-versions JSON document (an object of component to image tag, the shape of the
 * chart's {@code kubiya_versions.json}) over HTTP and plans the tag changes that bring a runner to
 * it. This replaces the chart's image-updater CronJob with an upgrade the platform controls.
 *
 * <pre>{@code
 * ImageUpdateChecker checker = ImageUpdateChecker.create(okHttpClient);
 * ImageUpdatePlan plan =
 *     checker.check(HttpUrl.get("https://example.invalid/stable/kubiya_versions.json"), config);
 * plan.updates().forEach(System.out::println);   // agent-manager: v0.1.4 -> v0.1.5
 * }</pre>
 */
public final class ImageUpdateChecker {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final long MAX_BYTES = 1 << 20;

  private final OkHttpClient http;

  private ImageUpdateChecker(OkHttpClient http) {
    this.http = http;
  }

  /** A checker with its own OkHttp client. */
  public static ImageUpdateChecker create() {
    return create(new OkHttpClient());
  }

  /** A checker that uses this OkHttp client (its timeouts, proxy and interceptors). */
  public static ImageUpdateChecker create(OkHttpClient http) {
    return new ImageUpdateChecker(Objects.requireNonNull(http, "http"));
  }

  /** The stable tags the document at {@code url} lists, by key as written there, in order. */
  public Map<String, String> fetch(HttpUrl url) {
    Request request =
        new Request.Builder().url(url).header("Accept", "application/json").get().build();
    String body;
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new ImageUpdateException("GET " + url + ": HTTP " + response.code());
      }
      ResponseBody content = response.body();
      if (content.contentLength() > MAX_BYTES) {
        throw new ImageUpdateException(
            "GET " + url + ": the stable-versions document is larger than 1 MiB");
      }
      body = content.string();
    } catch (IOException e) {
      throw new ImageUpdateException(
          "GET "
              + url
              + ": "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          e);
    }
    return parse(url.toString(), body);
  }

  /** The tag changes that bring {@code config} to the stable tags at {@code url}. */
  public ImageUpdatePlan check(HttpUrl url, RunnerConfig config) {
    return plan(fetch(url), config);
  }

  /** The tag changes that bring {@code config} to {@code stable} (component key to tag). */
  public static ImageUpdatePlan plan(Map<String, String> stable, RunnerConfig config) {
    ImmutableImageUpdatePlan.Builder plan = ImageUpdatePlan.builder();
    for (Map.Entry<String, String> entry : stable.entrySet()) {
      Optional<Component> component = Component.ofImageKey(entry.getKey());
      if (component.isEmpty()) {
        plan.addUnknownComponents(entry.getKey());
        continue;
      }
      String current = component.get().imageTagIn(config.values()).orElse(null);
      if (!current.equals(entry.getValue())) {
        plan.addUpdates(ImageUpdate.of(component.get(), current, entry.getValue()));
      }
    }
    return plan.build();
  }

  /** Parses a stable-versions document; errors name the source and the line and column or key. */
  static Map<String, String> parse(String source, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ImageUpdateException(
          source
              + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
              + ": not valid JSON: "
              + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new ImageUpdateException(source + ": expected a JSON object of component to image tag");
    }
    Map<String, String> tags = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      JsonNode value = field.getValue();
      if (!value.isTextual() || !TAG.matcher(value.asText()).matches()) {
        throw new ImageUpdateException(
            source
                + ": "
                + field.getKey()
                + ": expected an image tag, found "
                + (value.isTextual()
                    ? "'" + value.asText() + "'"
                    : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
      }
      tags.put(field.getKey(), value.asText());
    }
    return tags;
  }
}
