package ai.kubiya.runner.model.internal;

import ai.kubiya.runner.model.values.ValuesException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML document into plain maps, lists and scalars the way Helm reads values files
 * (sigs.k8s.io/yaml over go-yaml v2): anchors and aliases resolved, {@code <<} merge keys applied,
 * YAML 1.1 scalars ({@code yes}/{@code on} are booleans, {@code 0x1F}, {@code 010} and {@code
 * 1_000} are integers). Unlike Helm it refuses duplicate keys, and keys are their text (Helm would
 * read a key {@code n} as {@code false}). Every error is a {@link ValuesException} naming {@code
 * file:line} and a reason, never the document's text.
 *
 * <p>Bounded: the nesting depth, the number of aliases and the number of values an expansion
 * produces are limited, so an alias bomb ("billion laughs") is refused quickly.
 */
final class YamlTree {
  /** The deepest nesting of maps and lists. */
  static final int MAX_DEPTH = 100;

  /** The most values (map entries, list items, scalars) aliases may expand a document to. */
  static final int MAX_EXPANDED_VALUES = 1_000_000;

  private static final int MAX_ALIASES = 1_000;

  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern TRUE = Pattern.compile("y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON");
  private static final Pattern FALSE =
      Pattern.compile("n|N|no|No|NO|false|False|FALSE|off|Off|OFF");
  private static final Pattern BINARY = Pattern.compile("[-+]?0b[01_]+");
  private static final Pattern OCTAL = Pattern.compile("[-+]?0o?[0-7_]+");
  private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F_]+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern SPECIAL_FLOAT =
      Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private final String source;
  private final String text;
  private int expanded;

  private YamlTree(String source, String text) {
    this.source = source;
    this.text = text;
  }

  /**
   * The first document of {@code text} as plain values ({@code null} when it is empty).
   *
   * @throws ValuesException naming {@code source:line} and the reason
   */
  static Object read(String text, String source) {
    return new YamlTree(source, text).read();
  }

  private Object read() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // checked here, with both lines
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(Integer.MAX_VALUE); // the caller bounds the size in bytes
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    Node root;
    try {
      Composer composer =
          new Composer(
              new ParserImpl(new StreamReader(new StringReader(text)), options),
              new PlainScalars(),
              options);
      root = composer.checkNode() ? composer.getNode() : null;
    } catch (MarkedYAMLException e) {
      throw syntaxError(e);
    } catch (YAMLException e) {
      throw new ValuesException(source, "malformed YAML: " + reasonOf(e.getMessage()));
    } catch (StackOverflowError e) {
      throw new ValuesException(source, "malformed YAML: nesting too deep");
    }
    return root == null ? null : value(root, 0);
  }

  private Object value(Node node, int depth) {
    if (++expanded > MAX_EXPANDED_VALUES) {
      throw new ValuesException(
          where(node),
          "aliases expand to more than " + MAX_EXPANDED_VALUES + " values (an alias bomb?)");
    }
    if (depth > MAX_DEPTH) {
      throw new ValuesException(
          where(node),
          "nesting too deep (more than " + MAX_DEPTH + " levels, or a recursive alias)");
    }
    if (node instanceof ScalarNode) {
      return scalar((ScalarNode) node);
    }
    if (node instanceof SequenceNode) {
      List<Object> list = new ArrayList<>();
      for (Node item : ((SequenceNode) node).getValue()) {
        list.add(value(item, depth + 1));
      }
      return list;
    }
    return mapping((MappingNode) node, depth);
  }

  private Map<String, Object> mapping(MappingNode node, int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    Map<String, Node> keyNodes = new HashMap<>();
    List<Node> merges = new ArrayList<>();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode)) {
        throw new ValuesException(
            where(keyNode), "a map key must be a plain value, not a " + kindOf(keyNode));
      }
      if (isMergeKey((ScalarNode) keyNode)) {
        merges.add(tuple.getValueNode());
        continue;
      }
      String key = keyText((ScalarNode) keyNode);
      Node first = keyNodes.putIfAbsent(key, keyNode);
      if (first != null) {
        throw new ValuesException(
            where(keyNode), "duplicate key '" + key + "' (first at line " + line(first) + ")");
      }
      map.put(key, value(tuple.getValueNode(), depth + 1));
    }
    for (Node merge : merges) {
      for (Node source : mergeSources(merge)) {
        Object merged = value(source, depth + 1);
        for (Map.Entry<?, ?> e : ((Map<?, ?>) merged).entrySet()) {
          if (!map.containsKey((String) e.getKey())) {
            map.put((String) e.getKey(), e.getValue());
          }
        }
      }
    }
    return map;
  }

  /** The maps a {@code <<} value merges, earlier ones first (they win over later ones). */
  private List<Node> mergeSources(Node merge) {
    if (merge instanceof MappingNode) {
      return List.of(merge);
    }
    if (merge instanceof SequenceNode) {
      for (Node item : ((SequenceNode) merge).getValue()) {
        if (!(item instanceof MappingNode)) {
          throw new ValuesException(where(item), "a merge key '<<' takes a map or a list of maps");
        }
      }
      return ((SequenceNode) merge).getValue();
    }
    throw new ValuesException(where(merge), "a merge key '<<' takes a map or a list of maps");
  }

  private static boolean isMergeKey(ScalarNode key) {
    return key.getTag().equals(Tag.MERGE);
  }

  /**
   * A map key: its text. (go-yaml would type plain keys too, so Helm reads a key {@code n} or
   * {@code yes} as {@code false}/{@code true}; the chart has no such keys, and a values file that
   * means one by them is better served by its text.)
   */
  private static String keyText(ScalarNode key) {
    return key.getValue();
  }

  private Object scalar(ScalarNode node) {
    String value = node.getValue();
    Tag tag = node.getTag();
    boolean typed =
        tag.equals(PlainScalars.IMPLICIT)
            || tag.equals(Tag.INT)
            || tag.equals(Tag.FLOAT)
            || tag.equals(Tag.BOOL)
            || tag.equals(Tag.NULL);
    if (!typed) {
      return value;
    }
    if (NULL.matcher(value).matches()) {
      return null;
    }
    if (TRUE.matcher(value).matches()) {
      return Boolean.TRUE;
    }
    if (FALSE.matcher(value).matches()) {
      return Boolean.FALSE;
    }
    if (BINARY.matcher(value).matches()) {
      return integer(value, "0b", 2);
    }
    if (HEX.matcher(value).matches()) {
      return integer(value, "0x", 16);
    }
    if (DECIMAL.matcher(value).matches()) {
      return integer(value, "", 10);
    }
    if (OCTAL.matcher(value).matches()) {
      return integer(value, value.replaceFirst("^[-+]?", "").startsWith("0o") ? "0o" : "0", 8);
    }
    if (FLOAT.matcher(value).matches() && value.chars().anyMatch(Character::isDigit)) {
      return Double.parseDouble(value.replace("_", ""));
    }
    if (SPECIAL_FLOAT.matcher(value).matches()) {
      throw new ValuesException(
          where(node), "infinity and NaN are not supported (Helm refuses them too)");
    }
    return value;
  }

  /** An integer as go-yaml types it: an int when it fits, else a long, else a float. */
  private static Object integer(String value, String prefix, int radix) {
    boolean negative = value.startsWith("-");
    String digits = value.replaceFirst("^[-+]?", "").substring(prefix.length()).replace("_", "");
    if (digits.isEmpty()) {
      return value;
    }
    BigInteger n = new BigInteger(digits, radix);
    if (negative) {
      n = n.negate();
    }
    if (n.bitLength() < 32) {
      return n.intValue();
    }
    if (n.bitLength() < 64) {
      return n.longValue();
    }
    return n.doubleValue();
  }

  private ValuesException syntaxError(MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
    if (mark == null) {
      return new ValuesException(source, "malformed YAML: " + reasonOf(problem));
    }
    int tabLine = tabIndentedLine(mark.getLine());
    if (tabLine > 0) {
      return new ValuesException(
          source + ":" + tabLine,
          "malformed YAML: a tab in indentation (YAML indents with spaces only)");
    }
    return new ValuesException(
        source + ":" + (mark.getLine() + 1), "malformed YAML: " + reasonOf(problem));
  }

  /**
   * The 1-based line, at or just before the error's (0-based) line, whose indentation holds a tab;
   * 0 when there is none.
   */
  private int tabIndentedLine(int errorLine) {
    String[] lines = text.split("\n", -1);
    for (int i = Math.min(errorLine, lines.length - 1); i >= Math.max(0, errorLine - 1); i--) {
      String line = lines[i];
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (ch == '\t') {
          return i + 1;
        }
        if (ch != ' ' && ch != '-') {
          break;
        }
      }
    }
    return 0;
  }

  /** The parser's reason, one line; SnakeYAML's reasons name tokens and characters, not values. */
  private static String reasonOf(String problem) {
    if (problem == null || problem.isBlank()) {
      return "syntax error";
    }
    String first = problem.lines().findFirst().orElse(problem).trim();
    if (first.startsWith("Nesting Depth exceeded")) {
      return "nesting too deep (more than " + MAX_DEPTH + " levels)";
    }
    if (first.startsWith("Number of aliases")) {
      return "more than " + MAX_ALIASES + " aliases to maps or lists";
    }
    if (first.startsWith("found undefined alias")) {
      return "an alias to an undefined anchor";
    }
    return first.length() > 120 ? first.substring(0, 120) + "..." : first;
  }

  /** Leaves plain scalars untyped (tagged {@link #IMPLICIT}) so this class types them as Helm. */
  private static final class PlainScalars extends Resolver {
    static final Tag IMPLICIT = new Tag("tag:ai.kubiya.runner,2026:implicit");

    @Override
    public Tag resolve(org.yaml.snakeyaml.nodes.NodeId kind, String value, boolean implicit) {
      if (kind == org.yaml.snakeyaml.nodes.NodeId.scalar && implicit) {
        return value.equals("<<") ? Tag.MERGE : IMPLICIT;
      }
      return super.resolve(kind, value, implicit);
    }
  }

  private String where(Node node) {
    return source + ":" + line(node);
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private static String kindOf(Node node) {
    return node instanceof MappingNode ? "map" : node instanceof SequenceNode ? "list" : "value";
  }
}
