package ai.kubiya.runner.telemetry.alloy.check;

import ai.kubiya.runner.model.validation.Severity;
import ai.kubiya.runner.telemetry.alloy.check.PipelineFinding.Check;
import ai.kubiya.runner.telemetry.alloy.component.Durations;
import ai.kubiya.runner.telemetry.alloy.component.RelabelAction;
import ai.kubiya.runner.telemetry.alloy.syntax.AccessExpr;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyFile;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloyParser;
import ai.kubiya.runner.telemetry.alloy.syntax.AlloySyntaxException;
import ai.kubiya.runner.telemetry.alloy.syntax.ArrayExpr;
import ai.kubiya.runner.telemetry.alloy.syntax.Attribute;
import ai.kubiya.runner.telemetry.alloy.syntax.BinaryExpr;
import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import ai.kubiya.runner.telemetry.alloy.syntax.CallExpr;
import ai.kubiya.runner.telemetry.alloy.syntax.Expr;
import ai.kubiya.runner.telemetry.alloy.syntax.IdentifierExpr;
import ai.kubiya.runner.telemetry.alloy.syntax.IndexExpr;
import ai.kubiya.runner.telemetry.alloy.syntax.LiteralExpr;
import ai.kubiya.runner.telemetry.alloy.syntax.ObjectExpr;
import ai.kubiya.runner.telemetry.alloy.syntax.ObjectField;
import ai.kubiya.runner.telemetry.alloy.syntax.ParenExpr;
import ai.kubiya.runner.telemetry.alloy.syntax.Position;
import ai.kubiya.runner.telemetry.alloy.syntax.Stmt;
import ai.kubiya.runner.telemetry.alloy.syntax.UnaryExpr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Static checks of an Alloy pipeline, each finding with its source position:
 *
 * <ul>
 *   <li>every component reference ({@code discovery.relabel.alloy.output}) names a declared
 *       component and a field that component exports;
 *   <li>every blackbox {@code target}'s {@code module} is defined in its exporter's {@code config};
 *   <li>durations parse;
 *   <li>relabel rules use a known action, with the {@code target_label} or {@code modulus} it
 *       needs, and a regex that compiles;
 *   <li>no two components share kind and label.
 * </ul>
 *
 * <pre>{@code
 * List<PipelineFinding> findings = PipelineChecks.check(AlloyParser.parse("config.alloy", text));
 * }</pre>
 */
public final class PipelineChecks {
  private static final Set<String> DURATION_ATTRIBUTES =
      Set.of(
          "scrape_interval",
          "scrape_timeout",
          "storage_duration",
          "remote_timeout",
          "batch_send_deadline",
          "min_backoff",
          "max_backoff",
          "refresh_interval",
          "resync_period",
          "flush_interval",
          "sample_age_limit",
          "max_keepalive_time",
          "min_keepalive_time",
          "wal_truncate_frequency",
          "min_wal_time",
          "max_wal_time",
          "timeout",
          "poll_frequency",
          "send_deadline");

  private static final Set<String> NOT_COMPONENTS =
      Set.of(
          "argument",
          "export",
          "declare",
          "import.file",
          "import.git",
          "import.http",
          "import.string");

  private static final Set<String> RELABEL_BLOCKS = Set.of("rule", "write_relabel_config");

  private static final Set<RelabelAction> NEEDS_TARGET_LABEL =
      Set.of(
          RelabelAction.REPLACE,
          RelabelAction.HASHMOD,
          RelabelAction.LOWERCASE,
          RelabelAction.UPPERCASE,
          RelabelAction.KEEPEQUAL,
          RelabelAction.DROPEQUAL);

  private static final Pattern PROMETHEUS_DURATION =
      Pattern.compile(
          "0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?("
              + "([0-9]+)s)?(([0-9]+)ms)?");

  private final AlloyFile file;
  private final List<PipelineFinding> findings = new ArrayList<>();
  private final Map<String, Map<String, Block>> components = new LinkedHashMap<>();

  private PipelineChecks(AlloyFile file) {
    this.file = file;
  }

  /** Every finding of the checks, in source order of the statements checked. */
  public static List<PipelineFinding> check(AlloyFile file) {
    PipelineChecks c = new PipelineChecks(file);
    c.collectComponents();
    for (Stmt s : file.body()) {
      c.statement(s, null);
    }
    return List.copyOf(c.findings);
  }

  /** Parses {@code source} and checks it; syntax errors are findings of {@link Check#SYNTAX}. */
  public static List<PipelineFinding> check(String fileName, String source) {
    AlloyFile file;
    try {
      file = AlloyParser.parse(fileName, source);
    } catch (AlloySyntaxException e) {
      return e.diagnostics().stream()
          .map(d -> new PipelineFinding(Severity.ERROR, d.position(), Check.SYNTAX, d.message()))
          .toList();
    }
    return check(file);
  }

  private void add(Check check, Position at, String message) {
    findings.add(new PipelineFinding(Severity.ERROR, at, check, message));
  }

  private Position at(Expr e) {
    return file.position(e.start());
  }

  private Position at(Block b) {
    return file.position(b.namePos());
  }

  // ---- declarations

  private void collectComponents() {
    for (Block b : file.blocks()) {
      if (b.label().isEmpty() || NOT_COMPONENTS.contains(b.dottedName())) {
        continue;
      }
      Map<String, Block> byLabel =
          components.computeIfAbsent(b.dottedName(), k -> new LinkedHashMap<>());
      Block first = byLabel.putIfAbsent(b.label().get(), b);
      if (first != null) {
        add(
            Check.DUPLICATE_LABEL,
            at(b),
            b.dottedName() + " \"" + b.label().get() + "\" is already declared at " + at(first));
      }
    }
  }

  // ---- statements

  private void statement(Stmt s, Block parent) {
    if (s instanceof Attribute a) {
      expression(a.value());
      durationAttribute(a);
    } else {
      Block b = (Block) s;
      if (RELABEL_BLOCKS.contains(b.dottedName())) {
        relabelRule(b);
      }
      if (b.dottedName().equals("prometheus.exporter.blackbox")) {
        blackbox(b);
      }
      for (Stmt child : b.body()) {
        statement(child, b);
      }
    }
  }

  private void durationAttribute(Attribute a) {
    if (!DURATION_ATTRIBUTES.contains(a.name().name())) {
      return;
    }
    stringLiteral(a.value())
        .flatMap(Durations::problem)
        .ifPresent(p -> add(Check.DURATION, at(a.value()), a.name().name() + ": " + p));
  }

  private static Optional<String> stringLiteral(Expr e) {
    if (e instanceof LiteralExpr l && l.kind() == LiteralExpr.Kind.STRING) {
      try {
        return Optional.of(l.stringValue());
      } catch (IllegalArgumentException malformed) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  // ---- references

  private void expression(Expr e) {
    if (e instanceof AccessExpr || e instanceof IdentifierExpr) {
      List<String> chain = chain(e);
      if (chain != null) {
        reference(chain, e);
      } else {
        expression(((AccessExpr) e).value());
      }
    } else if (e instanceof IndexExpr x) {
      expression(x.value());
      expression(x.index());
    } else if (e instanceof CallExpr c) {
      if (chain(c.function()) == null) {
        expression(c.function());
      }
      c.args().forEach(this::expression);
    } else if (e instanceof ArrayExpr a) {
      a.elements().forEach(this::expression);
    } else if (e instanceof ObjectExpr o) {
      o.fields().stream().map(ObjectField::value).forEach(this::expression);
    } else if (e instanceof UnaryExpr u) {
      expression(u.value());
    } else if (e instanceof BinaryExpr b) {
      expression(b.left());
      expression(b.right());
    } else if (e instanceof ParenExpr p) {
      expression(p.inner());
    }
  }

  /** {@code a.b.c} as its names, or null when the chain does not start at an identifier. */
  private static List<String> chain(Expr e) {
    List<String> names = new ArrayList<>();
    Expr cur = e;
    while (cur instanceof AccessExpr a) {
      names.add(a.name().name());
      cur = a.value();
    }
    if (!(cur instanceof IdentifierExpr root)) {
      return null;
    }
    names.add(root.ident().name());
    Collections.reverse(names);
    return names;
  }

  private void reference(List<String> names, Expr e) {
    String root = names.get(0);
    if (ComponentCatalog.isNonComponentRoot(root)) {
      return;
    }
    String text = String.join(".", names);
    String bestKind = null;
    for (String kind : components.keySet()) {
      List<String> parts = List.of(kind.split("\\."));
      if (names.size() > parts.size()
          && names.subList(0, parts.size()).equals(parts)
          && (bestKind == null || kind.length() > bestKind.length())) {
        bestKind = kind;
      }
    }
    if (bestKind == null) {
      if (components.keySet().stream().noneMatch(k -> k.startsWith(root + "."))
          && !ComponentCatalog.isComponentRoot(root)) {
        add(Check.REFERENCE, at(e), "\"" + text + "\" refers to nothing declared");
      } else {
        add(Check.REFERENCE, at(e), "\"" + text + "\" refers to no declared component");
      }
      return;
    }
    int kindParts = bestKind.split("\\.").length;
    String label = names.get(kindParts);
    Map<String, Block> byLabel = components.get(bestKind);
    if (!byLabel.containsKey(label)) {
      add(
          Check.REFERENCE,
          at(e),
          "\""
              + text
              + "\": no "
              + bestKind
              + " component is labeled \""
              + label
              + "\" (declared: "
              + String.join(", ", byLabel.keySet())
              + ")");
      return;
    }
    Optional<Set<String>> exports = ComponentCatalog.exports(bestKind);
    if (names.size() == kindParts + 1) {
      add(
          Check.REFERENCE,
          at(e),
          "\""
              + text
              + "\" names a component, not one of its exports"
              + exports.map(x -> " (" + describe(x) + ")").orElse(""));
      return;
    }
    String field = names.get(kindParts + 1);
    if (exports.isPresent() && !exports.get().contains(field)) {
      add(
          Check.REFERENCE,
          at(e),
          "\""
              + text
              + "\": "
              + bestKind
              + " does not export \""
              + field
              + "\" ("
              + describe(exports.get())
              + ")");
    }
  }

  private static String describe(Set<String> exports) {
    return exports.isEmpty()
        ? "it exports nothing"
        : "it exports " + String.join(", ", new TreeSet<>(exports));
  }

  // ---- relabel rules

  private void relabelRule(Block rule) {
    Optional<Expr> actionExpr = rule.attribute("action");
    RelabelAction action = RelabelAction.REPLACE;
    if (actionExpr.isPresent()) {
      Optional<String> value = stringLiteral(actionExpr.get());
      if (value.isPresent()) {
        Optional<RelabelAction> known = RelabelAction.of(value.get());
        if (known.isEmpty()) {
          add(
              Check.RELABEL,
              at(actionExpr.get()),
              "unknown relabel action \"" + value.get() + "\" (valid: " + actionNames() + ")");
          return;
        }
        action = known.get();
      } else {
        return;
      }
    }
    if (NEEDS_TARGET_LABEL.contains(action) && rule.attribute("target_label").isEmpty()) {
      add(
          Check.RELABEL,
          at(rule),
          "relabel action \"" + action.value() + "\" needs a target_label");
    }
    if (action == RelabelAction.HASHMOD) {
      Optional<Expr> modulus = rule.attribute("modulus");
      if (modulus.isEmpty() || (modulus.get() instanceof LiteralExpr l && l.value().equals("0"))) {
        add(Check.RELABEL, at(rule), "relabel action \"hashmod\" needs a non-zero modulus");
      }
    }
    rule.attribute("regex").ifPresent(rx -> stringLiteral(rx).ifPresent(r -> regex(r, rx)));
  }

  private void regex(String regex, Expr at) {
    if (regex.matches(".*(\\(\\?[=!<]|\\\\[1-9]).*")) {
      add(
          Check.RELABEL,
          at(at),
          "regex \"" + regex + "\" uses lookaround or backreferences, which RE2 does not support");
      return;
    }
    try {
      Pattern.compile("^(?:" + regex + ")$");
    } catch (PatternSyntaxException e) {
      add(Check.RELABEL, at(at), "regex \"" + regex + "\" does not compile: " + e.getDescription());
    }
  }

  private static String actionNames() {
    return String.join(
        ", ", java.util.Arrays.stream(RelabelAction.values()).map(RelabelAction::value).toList());
  }

  // ---- blackbox exporter

  private void blackbox(Block exporter) {
    Optional<Expr> config = exporter.attribute("config");
    if (config.isEmpty()) {
      return; // config_file or no config: modules cannot be known statically
    }
    Optional<String> text = stringLiteral(config.get());
    if (text.isEmpty()) {
      return;
    }
    Optional<Map<String, Object>> modules;
    try {
      modules = BlackboxConfigReader.modules(text.get());
    } catch (IllegalArgumentException e) {
      add(Check.BLACKBOX_MODULE, at(config.get()), "blackbox config: " + e.getMessage());
      return;
    }
    Map<String, Object> defined = modules.orElse(Map.of());
    defined.forEach((name, module) -> moduleTimeout(name, module, config.get()));
    for (Block target : exporter.blocks()) {
      if (!target.dottedName().equals("target")) {
        continue;
      }
      Optional<Expr> moduleExpr = target.attribute("module");
      if (moduleExpr.isEmpty()) {
        continue;
      }
      Optional<String> module = stringLiteral(moduleExpr.get());
      if (module.isPresent() && !defined.containsKey(module.get())) {
        String targetName =
            target.attribute("name").flatMap(PipelineChecks::stringLiteral).orElse("?");
        add(
            Check.BLACKBOX_MODULE,
            at(moduleExpr.get()),
            "blackbox target \""
                + targetName
                + "\" uses module \""
                + module.get()
                + "\", which the exporter's config does not define (defined: "
                + (defined.isEmpty() ? "none" : String.join(", ", defined.keySet()))
                + ")");
      }
    }
  }

  private void moduleTimeout(String name, Object module, Expr config) {
    if (module instanceof Map<?, ?> m && m.get("timeout") != null) {
      String timeout = String.valueOf(m.get("timeout"));
      if (!PROMETHEUS_DURATION.matcher(timeout).matches() || timeout.isEmpty()) {
        add(
            Check.DURATION,
            at(config),
            "blackbox module \"" + name + "\": timeout \"" + timeout + "\" is not a duration");
      }
    }
  }
}
