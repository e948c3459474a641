package ai.kubiya.runner.model.template;

import ai.kubiya.runner.model.RunnerConfig;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Renders the templated values the chart passes through Helm's {@code tpl}: literal text mixed with
 * {@code {{ .Values.<path> }}}, {@code {{ .Release.Name }}}, {@code {{ .Release.Namespace }}},
 * {@code {{ .Chart.Name }}}, {@code {{ .Chart.Version }}} and {@code {{ .Chart.AppVersion }}}
 * actions (with Go's {@code {{-}} / {@code -}}} whitespace trimming). Values print as Go prints
 * them; a missing value prints as nothing, as in Helm. Any other action is an error naming the
 * value's path.
 *
 * <pre>{@code
 * ValueTemplate tpl = ValueTemplate.of(config);
 * String url = tpl.render("agentManager.env.TOOL_MANAGER_URL",
 *     "http://tool-manager.{{ .Release.Namespace }}:{{ .Values.toolManager.service.port }}");
 * }</pre>
 */
public final class ValueTemplate {
  /** What an action may hold; {@link #reference(String)} checks it without the regex. */
  static final Pattern ACTION =
      Pattern.compile(
          "^\\s*(\\.(?:Values(?:\\.[A-Za-z_][A-Za-z0-9_-]*)*|Release\\.Name|Release\\.Namespace"
              + "|Release\\.Service|Chart\\.Name|Chart\\.Version|Chart\\.AppVersion))\\s*$");

  private static final String SUPPORTED =
      ".Values.<path>, .Release.Name, .Release.Namespace, .Chart.Name, "
          + ".Chart.Version, .Chart.AppVersion";

  private final String releaseName;
  private final String namespace;
  private final Map<String, Object> values;

  private ValueTemplate(String releaseName, String namespace, Map<String, Object> values) {
    this.releaseName = releaseName;
    this.namespace = namespace;
    this.values = values;
  }

  /** Templates of this config: its release, namespace and values. */
  public static ValueTemplate of(RunnerConfig config) {
    return new ValueTemplate(config.release(), config.namespace(), config.values().toMap());
  }

  /** Templates over an explicit context. */
  public static ValueTemplate of(String releaseName, String namespace, Map<String, Object> values) {
    return new ValueTemplate(releaseName, namespace, values);
  }

  /** True when the text holds a template action. */
  public static boolean isTemplated(String text) {
    return text != null && text.contains("{{");
  }

  /**
   * Renders {@code text}.
   *
   * @param path the dotted path of the value, named in errors
   * @throws TemplateException on an unsupported or malformed action
   */
  public String render(String path, String text) {
    if (!isTemplated(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      if (open < 0) {
        out.append(text, at, text.length());
        break;
      }
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        throw new TemplateException(path, "unclosed template action: '{{' without '}}'");
      }
      String inner = text.substring(open + 2, close);
      boolean trimLeft =
          inner.startsWith("-") && (inner.length() == 1 || Character.isWhitespace(inner.charAt(1)));
      boolean trimRight =
          inner.endsWith("-")
              && inner.length() > 1
              && Character.isWhitespace(inner.charAt(inner.length() - 2));
      String expression = inner.substring(trimLeft ? 1 : 0, inner.length() - (trimRight ? 1 : 0));
      out.append(text, at, open);
      if (trimLeft) {
        trimTrailingWhitespace(out);
      }
      out.append(evaluate(path, expression, open));
      at = close + 2;
      if (trimRight) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
          at++;
        }
      }
    }
    return out.toString();
  }

  private String evaluate(String path, String expression, int offset) {
    String ref = reference(expression);
    if (ref == null) {
      // the action's text is never shown: the value it sits in may be a secret
      throw new TemplateException(
          path,
          "unsupported template expression at character "
              + (offset + 1)
              + " (supported: "
              + SUPPORTED
              + ")");
    }
    switch (ref) {
      case ".Release.Name":
        return releaseName;
      case ".Release.Namespace":
        return namespace;
      case ".Release.Service":
        return "Helm";
      case ".Chart.Name":
        return ChartInfo.NAME;
      case ".Chart.Version":
        return ChartInfo.VERSION;
      case ".Chart.AppVersion":
        return ChartInfo.APP_VERSION;
      default:
        return GoFormat.print(lookup(ref.substring(".Values".length())));
    }
  }

  /**
   * The reference an action names, as {@link #ACTION}'s group matches it, or null when the pattern
   * does not match; checked by hand, as every render evaluates a dozen actions ({@code
   * ValueTemplateTest} holds the two to each other).
   */
  static String reference(String expression) {
    int start = 0;
    int end = expression.length();
    while (start < end && isPatternSpace(expression.charAt(start))) {
      start++;
    }
    while (end > start && isPatternSpace(expression.charAt(end - 1))) {
      end--;
    }
    String ref = expression.substring(start, end);
    switch (ref) {
      case ".Release.Name":
      case ".Release.Namespace":
      case ".Release.Service":
      case ".Chart.Name":
      case ".Chart.Version":
      case ".Chart.AppVersion":
        return ref;
      default:
        return ref.startsWith(".Values") && isKeyPath(ref, ".Values".length()) ? ref : null;
    }
  }

  /** {@code (\.[A-Za-z_][A-Za-z0-9_-]*)*} from {@code at} to the end. */
  private static boolean isKeyPath(String text, int at) {
    int i = at;
    while (i < text.length()) {
      if (text.charAt(i) != '.' || i + 1 == text.length() || !isKeyStart(text.charAt(i + 1))) {
        return false;
      }
      i += 2;
      while (i < text.length() && isKeyPart(text.charAt(i))) {
        i++;
      }
    }
    return true;
  }

  private static boolean isKeyStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  private static boolean isKeyPart(char c) {
    return isKeyStart(c) || (c >= '0' && c <= '9') || c == '-';
  }

  /** What {@code \s} matches in a Java pattern without flags. */
  private static boolean isPatternSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  @SuppressWarnings("unchecked")
  private Object lookup(String dotted) {
    Object current = values;
    int at = 0;
    while (at <= dotted.length()) {
      int dot = dotted.indexOf('.', at);
      int end = dot < 0 ? dotted.length() : dot;
      if (end > at) { // empty keys (leading, doubled dots) are skipped, as split() left them
        if (!(current instanceof Map)) {
          return null;
        }
        current = ((Map<String, Object>) current).get(dotted.substring(at, end));
      }
      at = end + 1;
    }
    return current;
  }

  private static void trimTrailingWhitespace(StringBuilder out) {
    int end = out.length();
    while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
      end--;
    }
    out.setLength(end);
  }

  /** How Go's text/template prints values, as Helm's tpl does. */
  static final class GoFormat {
    private GoFormat() {}

    @SuppressWarnings("unchecked")
    static String print(Object value) {
      if (value == null) {
        return "";
      }
      if (value instanceof Map) {
        StringBuilder out = new StringBuilder("map[");
        boolean first = true;
        for (Map.Entry<String, Object> e : new TreeMap<>((Map<String, Object>) value).entrySet()) {
          out.append(first ? "" : " ").append(e.getKey()).append(':').append(nested(e.getValue()));
          first = false;
        }
        return out.append(']').toString();
      }
      if (value instanceof List) {
        StringBuilder out = new StringBuilder("[");
        boolean first = true;
        for (Object item : (List<Object>) value) {
          out.append(first ? "" : " ").append(nested(item));
          first = false;
        }
        return out.append(']').toString();
      }
      if (value instanceof Double || value instanceof Float) {
        return goFloat(((Number) value).doubleValue());
      }
      return String.valueOf(value);
    }

    /**
     * Go's {@code %v} of a float64 ({@code strconv 'g'}, shortest): plain digits unless the decimal
     * exponent is below -4 or at least 6 ({@code 1e+06}, {@code 1.5e-05}).
     */
    static String goFloat(double d) {
      if (Double.isNaN(d)) {
        return "NaN";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? "+Inf" : "-Inf";
      }
      if (d == 0) {
        return 1 / d < 0 ? "-0" : "0";
      }
      String sign = d < 0 ? "-" : "";
      java.math.BigDecimal shortest =
          new java.math.BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
      String digits = shortest.unscaledValue().toString();
      int exponent = digits.length() - 1 - shortest.scale();
      if (exponent < -4 || exponent >= 6) {
        String mantissa =
            digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign
            + mantissa
            + "e"
            + (exponent < 0 ? "-" : "+")
            + String.format("%02d", Math.abs(exponent));
      }
      return sign + shortest.toPlainString();
    }

    private static String nested(Object value) {
      return value == null ? "<nil>" : print(value);
    }
  }
}
