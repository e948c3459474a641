package ai.kubiya.runner.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last line of defence against a secret in a message: knows every secret value of a run (from
 * the values, the {@code --set} expressions, the environment) and replaces it in any text, in every
 * encoding it may take (raw, base64, URL-encoded, JSON-escaped), by {@code <redacted>}; URLs lose
 * their user-info and query. Errors are built from paths and reasons in the first place; this
 * catches what a library or a remote server echoes anyway.
 *
 * <pre>{@code
 * SecretScrubber scrubber = SecretScrubber.create().addEnvironment(System.getenv());
 * scrubber.addValuesTree(config.values().toMap());
 * String safe = scrubber.scrub(exception.getMessage());
 * }</pre>
 *
 * <p>Thread-safe. Values shorter than {@value #MIN_LENGTH} characters are not scrubbed (they would
 * blank out ordinary words).
 */
public final class SecretScrubber {
  /** The shortest value treated as a secret. */
  public static final int MIN_LENGTH = 6;

  private final Set<String> forms = new HashSet<>(); // guarded by this

  /** {@link #forms}, longest first; null when a form was added since it was last sorted. */
  private List<String> ordered = List.of(); // guarded by this

  private SecretScrubber() {}

  /** An empty scrubber. */
  public static SecretScrubber create() {
    return new SecretScrubber();
  }

  /** Adds one secret value (and its encodings). */
  public SecretScrubber add(String secret) {
    if (secret == null || secret.strip().length() < MIN_LENGTH) {
      return this;
    }
    Set<String> added = new LinkedHashSet<>();
    String stripped = secret.strip();
    for (String value : stripped.equals(secret) ? List.of(secret) : List.of(secret, stripped)) {
      added.add(value);
      String urlEncoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
      added.add(urlEncoded);
      added.add(urlEncoded.replace("+", "%20"));
      String json = jsonEscaped(value);
      added.add(json);
      added.add(json.replace("/", "\\/"));
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      added.add(Base64.getEncoder().encodeToString(bytes));
      added.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
      added.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
      String decoded = decodedBase64(value);
      if (decoded != null) {
        // a base64 value (nats.jwt is a base64 .creds file): its content and every line of it
        add(decoded);
        int start = 0;
        for (int i = 0; i <= decoded.length(); i++) {
          char c = i < decoded.length() ? decoded.charAt(i) : '\n';
          if (c == '\n' || c == '\r') { // a line ends at \n, \r or \r\n, as String.lines() says
            String token = decoded.substring(start, i).strip();
            if (isToken(token)) {
              add(token);
            }
            start = i + 1;
          }
        }
      }
    }
    for (String form : added) {
      addRaw(form);
    }
    return this;
  }

  /** Adds several secret values. */
  public SecretScrubber addAll(Collection<String> secrets) {
    for (String secret : secrets) {
      add(secret);
    }
    return this;
  }

  /**
   * Adds the values of environment variables that hold secrets ({@link Secrets#isSecretName}:
   * {@code AZURE_CLIENT_SECRET}, {@code *_TOKEN}, {@code *_PASSWORD}, ...), and URL passwords in
   * any variable.
   */
  public SecretScrubber addEnvironment(Map<String, String> environment) {
    for (Map.Entry<String, String> e : environment.entrySet()) {
      if (Secrets.isSecretName(e.getKey())) {
        add(e.getValue());
      }
      add(UrlRedaction.password(e.getValue()));
    }
    return this;
  }

  /**
   * Adds every secret in a values tree (as {@code RunnerValues.toMap()} or a merged values tree
   * gives it): the secret paths ({@code nats.jwt}, {@code nats.secondJwt}, {@code registryTls}),
   * values under keys with secret names (component {@code env} maps), {@code {name, value}} env
   * entries with secret names, and the password of any URL.
   */
  public SecretScrubber addValuesTree(Map<String, ?> tree) {
    walk(tree, "", false);
    return this;
  }

  /** {@code text} with every known secret replaced by {@code <redacted>} and URLs redacted. */
  public String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = UrlRedaction.redactAll(text);
    for (String form : ordered()) {
      if (out.contains(form)) {
        out = out.replace(form, Secrets.MASK);
      }
    }
    return out;
  }

  /** How many forms (values and encodings) are known; for tests. */
  public synchronized int size() {
    return forms.size();
  }

  private synchronized void addRaw(String form) {
    if (form != null && form.length() >= MIN_LENGTH && forms.add(form)) {
      ordered = null; // sorted again by the next scrub, not on every add (adding n forms is O(n))
    }
  }

  /** Longer strings first: a class, not composed lambdas (a fresh JVM spins a class for each). */
  private static final Comparator<String> LONGEST_FIRST = new LongestFirst();

  private static final class LongestFirst implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
      return Integer.compare(b.length(), a.length());
    }
  }

  /** The known forms, longest first (so a secret is replaced before any part of it). */
  private synchronized List<String> ordered() {
    List<String> sorted = ordered;
    if (sorted == null) {
      List<String> next = new ArrayList<>(forms);
      next.sort(LONGEST_FIRST);
      sorted = List.copyOf(next);
      ordered = sorted;
    }
    return sorted;
  }

  private void walk(Object value, String path, boolean secret) {
    if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      Object name = map.get("name");
      boolean secretEntry = name instanceof String && Secrets.isSecretName((String) name);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        String child = path.isEmpty() ? key : path + "." + key;
        // a map under a secret-sounding key is not secret as a whole (secret: {secretName: x})
        boolean childSecret =
            Secrets.isSecretPath(child)
                || child.equals("registryTls.crt")
                || holdsSecret(key)
                || (secretEntry && key.equals("value"));
        walk(e.getValue(), child, childSecret);
      }
    } else if (value instanceof List) {
      int i = 0;
      for (Object item : (List<?>) value) {
        walk(item, path + "[" + i++ + "]", secret);
      }
    } else if (value instanceof String) {
      String text = (String) value;
      if (secret) {
        add(text);
      }
      add(UrlRedaction.password(text));
    }
  }

  /**
   * A key whose value is a secret: a secret-sounding name ({@code API_TOKEN}, {@code password})
   * that does not merely name or point at one ({@code secretName}, {@code imagePullSecrets}, {@code
   * secretKeyRef}, {@code key} of a reference).
   */
  private static boolean holdsSecret(String key) {
    String lower = key.toLowerCase(java.util.Locale.ROOT);
    return Secrets.isSecretName(key)
        && !lower.equals("key")
        && !lower.endsWith("name")
        && !lower.endsWith("names")
        && !lower.endsWith("ref")
        && !lower.endsWith("secrets")
        && !lower.startsWith("existing")
        && !lower.contains("pullsecret");
  }

  /** A line of a decoded file that looks like a key, seed or token (long, no spaces). */
  private static boolean isToken(String line) {
    if (line.length() < 16 || line.startsWith("-") || line.startsWith("*")) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      if (Character.isWhitespace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String jsonEscaped(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  /** The text a base64 value decodes to, when it is base64 of UTF-8 text; else null. */
  private static String decodedBase64(String value) {
    // plain loops, no regex or streams: this runs for every secret of every CLI command, cold
    StringBuilder compact = new StringBuilder(value.length());
    int padding = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r') {
        continue; // what the regex \\s matches
      }
      boolean alphabet =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '+'
              || c == '/';
      if (c == '=') {
        padding++;
      } else if (!alphabet || padding > 0) {
        return null; // not base64, or text after the padding
      }
      compact.append(c);
    }
    if (compact.length() < 8 || compact.length() % 4 != 0 || padding == compact.length()) {
      return null;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(compact.toString());
      String text = new String(bytes, StandardCharsets.UTF_8);
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch != '\n' && ch != '\r' && ch != '\t' && (ch < 0x20 || ch == 0xfffd)) {
          return null;
        }
      }
      return text;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
