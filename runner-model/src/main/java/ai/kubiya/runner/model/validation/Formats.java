package ai.kubiya.runner.model.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The value formats Kubernetes, Helm and Go accept: names, quantities, durations, cron schedules.
 */
public final class Formats {
  /**
   * An RFC 1123 label: what {@link #isDotSeparatedLabels(String, boolean)} checks by hand (and its
   * test against this pattern).
   */
  static final Pattern DNS_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");

  private static final Pattern QUANTITY =
      Pattern.compile(
          "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|"
              + "G|T|P|E|[eE][+-]?[0-9]+)?$");
  private static final Pattern DURATION =
      Pattern.compile("^[-+]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$");
  private static final Pattern UUID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private static final String COMPONENT = "[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN =
      "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*"
          + "|\\[[0-9a-fA-F:]+])(?::[0-9]+)?";
  private static final String NAME = "(?:" + DOMAIN + "/)?" + COMPONENT + "(?:/" + COMPONENT + ")*";
  private static final String TAG = "[\\w][\\w.-]{0,127}";
  private static final String DIGEST =
      "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
  private static final Pattern IMAGE_NAME = Pattern.compile(NAME);
  private static final Pattern IMAGE_TAG = Pattern.compile(TAG);
  private static final Pattern IMAGE_DIGEST = Pattern.compile(DIGEST);
  private static final Pattern IMAGE_REFERENCE =
      Pattern.compile(NAME + "(?::" + TAG + ")?(?:@" + DIGEST + ")?");

  /** RFC 1123 labels joined by dots (release names too): checked by hand, as above. */
  static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");

  private static final Pattern BASE64 =
      Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

  /** Helm's longest release name. */
  public static final int MAX_RELEASE_LENGTH = 53;

  private Formats() {}

  /** A name Helm accepts for a release: lowercase RFC 1123 subdomain, at most 53 characters. */
  public static boolean isReleaseName(String name) {
    return name.length() <= MAX_RELEASE_LENGTH && isDotSeparatedLabels(name, true);
  }

  /** An RFC 1123 label: what Kubernetes accepts as a namespace name. */
  public static boolean isDnsLabel(String name) {
    return name.length() <= 63 && isDotSeparatedLabels(name, false);
  }

  /**
   * An RFC 1123 subdomain: what Kubernetes accepts as most object names (at most 253 characters).
   */
  public static boolean isDnsSubdomain(String name) {
    return name.length() <= 253 && isDotSeparatedLabels(name, true);
  }

  /**
   * What the patterns {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?} (one label) and that label joined by
   * {@code .} (several) match, checked without a regex: names are checked for every object of every
   * render. {@code FormatsTest} checks both against the patterns.
   */
  static boolean isDotSeparatedLabels(String name, boolean severalLabels) {
    int length = name.length();
    int labelStart = 0;
    for (int i = 0; i <= length; i++) {
      char c = i == length ? '.' : name.charAt(i);
      if (c == '.') {
        if (i == labelStart
            || name.charAt(labelStart) == '-'
            || name.charAt(i - 1) == '-'
            || (i < length && !severalLabels)) {
          return false; // an empty label, a label starting or ending with '-', a '.' in a label
        }
        labelStart = i + 1;
      } else if ((c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** An image repository as Docker's reference grammar has it ({@code ghcr.io/org/name}). */
  public static boolean isImageRepository(String value) {
    return value.length() <= 255 && IMAGE_NAME.matcher(value).matches();
  }

  /**
   * An image tag: word characters, {@code .} and {@code -}, at most 128, not starting with them.
   */
  public static boolean isImageTag(String value) {
    return IMAGE_TAG.matcher(value).matches();
  }

  /** An image digest ({@code sha256:<hex>}). */
  public static boolean isImageDigest(String value) {
    return IMAGE_DIGEST.matcher(value).matches();
  }

  /** A whole image reference: {@code name[:tag][@digest]}. */
  public static boolean isImageReference(String value) {
    return value.length() <= 512 && IMAGE_REFERENCE.matcher(value).matches();
  }

  /** Standard base64 (line breaks allowed), what Kubernetes accepts as Secret data. */
  public static boolean isBase64(String value) {
    return BASE64.matcher(value.replaceAll("[\\r\\n]", "")).matches();
  }

  /** A Kubernetes resource quantity ({@code 100m}, {@code 1Gi}, {@code 1.5}, {@code 1e3}). */
  public static boolean isQuantity(String value) {
    return QUANTITY.matcher(value).matches();
  }

  /** A Go duration ({@code 60s}, {@code 1h30m}, {@code 0}). */
  public static boolean isDuration(String value) {
    return value.equals("0") || DURATION.matcher(value).matches();
  }

  /** A UUID in its canonical textual form. */
  public static boolean isUuid(String value) {
    return UUID.matcher(value).matches();
  }

  /**
   * Why a Kubernetes CronJob schedule is invalid, or {@code null} when it is valid: five fields
   * (minute, hour, day of month, month, day of week) or a descriptor such as {@code @daily}.
   */
  public static String cronProblem(String schedule) {
    String s = schedule.trim();
    if (s.isEmpty()) {
      return "must not be empty";
    }
    if (s.startsWith("TZ=") || s.startsWith("CRON_TZ=")) {
      return "time zones are not allowed in the schedule (Kubernetes has spec.timeZone)";
    }
    if (s.startsWith("@")) {
      switch (s) {
        case "@yearly":
        case "@annually":
        case "@monthly":
        case "@weekly":
        case "@daily":
        case "@midnight":
        case "@hourly":
          return null;
        default:
          if (s.startsWith("@every ") && isDuration(s.substring(7).trim())) {
            return null;
          }
          return "unknown descriptor '" + s + "'";
      }
    }
    String[] fields = s.split("\\s+");
    if (fields.length != 5) {
      return "expected 5 fields (minute hour day-of-month month day-of-week), got " + fields.length;
    }
    String[] names = {"minute", "hour", "day-of-month", "month", "day-of-week"};
    int[][] ranges = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}};
    for (int i = 0; i < 5; i++) {
      String problem = cronFieldProblem(fields[i], ranges[i][0], ranges[i][1], i);
      if (problem != null) {
        return names[i] + " field '" + fields[i] + "': " + problem;
      }
    }
    return null;
  }

  private static final String[] MONTHS = {
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"
  };
  private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

  private static String cronFieldProblem(String field, int min, int max, int index) {
    for (String part : field.split(",", -1)) {
      if (part.isEmpty()) {
        return "empty list element";
      }
      String range = part;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        range = part.substring(0, slash);
        String step = part.substring(slash + 1);
        if (!step.matches("[0-9]+") || Integer.parseInt(step) == 0) {
          return "step must be a positive number";
        }
      }
      if (range.equals("*") || (range.equals("?") && (index == 2 || index == 4))) {
        continue;
      }
      String[] bounds = range.split("-", -1);
      if (bounds.length > 2) {
        return "malformed range";
      }
      int low = cronValue(bounds[0], index);
      int high = bounds.length == 2 ? cronValue(bounds[1], index) : low;
      if (low < min || high > max || low < 0 || high < 0) {
        return "values must be within " + min + "-" + max;
      }
      if (low > high) {
        return "range start is after its end";
      }
    }
    return null;
  }

  private static int cronValue(String text, int index) {
    if (text.matches("[0-9]+")) {
      return text.length() > 3 ? -1 : Integer.parseInt(text);
    }
    String upper = text.toUpperCase(Locale.ROOT);
    String[] names = index == 3 ? MONTHS : index == 4 ? DAYS : new String[0];
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(upper)) {
        return index == 3 ? i + 1 : i;
      }
    }
    return -1;
  }
}
