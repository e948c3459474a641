package ai.kubiya.runner.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs as messages may show them: without user-info ({@code user:password@}), query and fragment,
 * which is where URLs carry credentials.
 *
 * <pre>{@code
 * UrlRedaction.redact("nats://admin:pw@10.0.0.1:4222?token=x");   // "nats://10.0.0.1:4222"
 * UrlRedaction.redactAll("cannot reach [nats://a:pw@h:1, tls://h2]");
 * // "cannot reach [nats://h:1, tls://h2]"
 * }</pre>
 */
public final class UrlRedaction {
  private static final Pattern URL =
      Pattern.compile(
          "([A-Za-z][A-Za-z0-9+.-]{0,30}://)([^\\s/?#'\"<>\\[\\],]*@)?([^\\s/?#'\"<>\\],"
              + "]*)([^\\s?#'\"<>\\],]*)([?#][^\\s'\"<>\\],]*)?");

  private UrlRedaction() {}

  /** The URL without user-info, query and fragment; text that is no URL is returned unchanged. */
  public static String redact(String url) {
    return redactAll(url);
  }

  /** {@code text} with every URL in it {@linkplain #redact redacted}. */
  public static String redactAll(String text) {
    if (text == null || text.indexOf("://") < 0) {
      return text;
    }
    Matcher m = URL.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(3) + m.group(4)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The password (or token) in a URL's user-info, or {@code null} when it has none. */
  public static String password(String url) {
    if (url == null || url.indexOf("://") < 0) {
      return null;
    }
    Matcher m = URL.matcher(url);
    if (!m.find() || m.group(2) == null) {
      return null;
    }
    String userInfo = m.group(2).substring(0, m.group(2).length() - 1);
    int colon = userInfo.indexOf(':');
    return colon < 0 ? userInfo : userInfo.substring(colon + 1);
  }
}
