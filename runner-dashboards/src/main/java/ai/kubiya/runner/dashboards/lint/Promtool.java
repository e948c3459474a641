package ai.kubiya.runner.dashboards.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus's own PromQL parser, through {@code promtool check rules}: the expressions become
 * recording rules of one rule file, and each error promtool reports is mapped back to its
 * expression. The Debian package {@code prometheus} installs {@code promtool}.
 */
public final class Promtool implements PromqlChecker {
  private static final Pattern RULE_ERROR = Pattern.compile("rule \\d+, \"q_(\\d+)\": (.*)$");
  private static final long TIMEOUT_SECONDS = 120;

  private final Path binary;

  private Promtool(Path binary) {
    this.binary = Objects.requireNonNull(binary, "binary");
  }

  /** The promtool at this path. */
  public static Promtool at(Path binary) {
    return new Promtool(binary);
  }

  /** {@code promtool} on the {@code PATH}, if any. */
  public static Optional<Promtool> onPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "promtool");
      if (Files.isExecutable(candidate)) {
        return Optional.of(at(candidate));
      }
    }
    return Optional.empty();
  }

  /** The promtool executable this checker runs. */
  public Path binary() {
    return binary;
  }

  @Override
  public String name() {
    return "promtool (" + binary + ")";
  }

  @Override
  public List<Optional<String>> check(List<String> expressions) {
    List<Optional<String>> out = new ArrayList<>();
    expressions.forEach(e -> out.add(Optional.empty()));
    if (expressions.isEmpty()) {
      return out;
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("promtool-check");
      Path rules = dir.resolve("dashboard-queries.rules.json");
      Files.writeString(rules, rulesFile(expressions), StandardCharsets.UTF_8);
      Process p =
          new ProcessBuilder(binary.toString(), "check", "rules", "--lint=none", rules.toString())
              .redirectErrorStream(true)
              .start();
      p.getOutputStream().close();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("promtool did not finish in " + TIMEOUT_SECONDS + "s");
      }
      boolean mapped = false;
      for (String line : output.split("\n")) {
        Matcher m = RULE_ERROR.matcher(line);
        if (m.find()) {
          int index = Integer.parseInt(m.group(1));
          if (index >= 0 && index < out.size()) {
            out.set(
                index, Optional.of(m.group(2).replaceFirst("^could not parse expression: ", "")));
            mapped = true;
          }
        }
      }
      if (p.exitValue() != 0 && !mapped) {
        throw new IllegalStateException("promtool check rules failed: " + output.strip());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + binary + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running promtool", e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /**
   * The expressions as recording rules {@code q_0}, {@code q_1}, ... of one group (JSON is YAML).
   */
  static String rulesFile(List<String> expressions) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode group = root.putArray("groups").addObject();
    group.put("name", "dashboard-queries");
    ArrayNode rules = group.putArray("rules");
    for (int i = 0; i < expressions.size(); i++) {
      rules.addObject().put("record", "q_" + i).put("expr", expressions.get(i));
    }
    return root.toPrettyString();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory left behind is harmless
    }
  }
}
