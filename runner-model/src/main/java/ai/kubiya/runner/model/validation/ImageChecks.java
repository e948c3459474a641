package ai.kubiya.runner.model.validation;

import ai.kubiya.runner.model.RunnerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every image the values name follows Docker's reference grammar: each {@code image} map's {@code
 * repository} (or {@code registry} plus {@code repository}), {@code tag} and {@code digest}, each
 * {@code ref}, and each {@code image} string. Templated and placeholder values are left to their
 * own checks.
 */
final class ImageChecks implements ConfigCheck {
  /** Shared by every instance: {@code RunnerValidator.standard()} makes new checks each time. */
  private static final SectionMemo MEMO = new SectionMemo();

  @Override
  public List<Finding> check(RunnerConfig config) {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Object> section : config.values().toMap().entrySet()) {
      String key = section.getKey();
      List<Finding> found = MEMO.seen(key, section.getValue());
      out.addAll(
          found != null
              ? found
              : MEMO.remember(key, section.getValue(), walkTop(key, section.getValue())));
    }
    return out;
  }

  /** The findings under one top-level key, as the walk of the whole tree makes them. */
  private static List<Finding> walkTop(String key, Object value) {
    List<Finding> out = new ArrayList<>();
    walk(new PathStack(), java.util.Collections.singletonMap(key, value), false, out);
    return out;
  }

  /** The path's text is made only for a finding: {@code key.key[index]}. */
  private static void walk(PathStack path, Object value, boolean inImage, List<Finding> out) {
    if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        Object v = e.getValue();
        path.push(key);
        if (inImage && v instanceof String) {
          checkImagePart(path, key, (String) v, out);
        } else if (key.equals("image") && v instanceof String) {
          check(
              path,
              (String) v,
              Formats.isImageReference((String) v),
              "image reference (name[:tag][@digest])",
              out);
        } else {
          walk(path, v, key.equals("image"), out);
        }
        path.pop();
      }
    } else if (value instanceof List) {
      int i = 0;
      for (Object item : (List<?>) value) {
        path.push(i++);
        walk(path, item, false, out);
        path.pop();
      }
    }
  }

  private static void checkImagePart(PathStack path, String key, String value, List<Finding> out) {
    switch (key) {
      case "repository":
        check(path, value, Formats.isImageRepository(value), "image repository", out);
        break;
      case "registry":
        check(path, value, Formats.isImageRepository(value), "image registry", out);
        break;
      case "tag":
        if (!value.isEmpty()) {
          check(
              path,
              value,
              Formats.isImageTag(value),
              "image tag (letters, digits, '_', '.', '-'; at most 128)",
              out);
        }
        break;
      case "digest":
        if (!value.isEmpty()) {
          check(path, value, Formats.isImageDigest(value), "image digest (algorithm:hex)", out);
        }
        break;
      case "ref":
        check(
            path,
            value,
            Formats.isImageReference(value),
            "image reference (name[:tag][@digest])",
            out);
        break;
      default:
        break;
    }
  }

  private static void check(
      PathStack path, String value, boolean valid, String what, List<Finding> out) {
    if (valid || value.contains("{{") || PlaceholderCheck.isPlaceholder(value)) {
      return;
    }
    // image names are not secrets: the value is shown
    String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
    out.add(Finding.error(path.text(false), "'" + shown + "' is not a valid " + what));
  }
}
