package ai.kubiya.runner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Command lines for the commands the build indexed ({@link CommandIndexWriter}), built through
 * picocli's programmatic API from the index rather than from the classes' annotations: reading
 * annotations at run time parses each of them and spins a proxy class per annotation type, about 30
 * ms of a 350 ms {@code render}. A class the index does not hold, or whose class file (or a
 * mixin's) changed since the index was written, as after an IDE build, gets {@code null}: its
 * command line is built from the annotations as before.
 */
final class CommandIndex {
  /** The index's resource name, next to this class. */
  static final String RESOURCE = "command-index.txt";

  private static volatile Loaded loaded;

  private CommandIndex() {}

  /** A command line for a new {@code type} command, from the index; null when not indexed. */
  static CommandLine commandLine(Class<?> type) {
    Loaded index = loaded();
    List<String> lines = index.entries.get(type.getName());
    return lines == null ? null : commandLine(type, lines, index.fromDirectory);
  }

  /**
   * A command line for a new {@code type} command from its index lines; null when they do not fit
   * the classes, or when {@code checkClassFiles} and a class file changed since they were written.
   */
  static CommandLine commandLine(Class<?> type, List<String> lines, boolean checkClassFiles) {
    try {
      return build(type, lines, checkClassFiles);
    } catch (Exception e) {
      return null; // an index that does not fit the classes: the annotations decide
    }
  }

  /** The CRC-32 of a class's class file, as the class path holds it (hex), or "none". */
  static String crc(Class<?> type) {
    String resource = type.getName().replace('.', '/') + ".class";
    ClassLoader loader = type.getClassLoader();
    try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
      if (in == null) {
        return "none";
      }
      CRC32 crc = new CRC32();
      crc.update(in.readAllBytes());
      return Long.toHexString(crc.getValue());
    } catch (IOException e) {
      return "none";
    }
  }

  /** The index's lines per command class; empty without an index or for another picocli. */
  static Map<String, List<String>> entries() {
    return loaded().entries;
  }

  private static Loaded loaded() {
    Loaded index = loaded;
    if (index == null) {
      index = read();
      loaded = index;
    }
    return index;
  }

  /**
   * The index. Read from a directory of classes (an IDE's or Maven's output, where classes may be
   * compiled again without the build step), each entry is checked against the class files it was
   * made from; in a jar, which the build packs from the classes and the index it made of them, it
   * is not (reading four class files out of the CLI's jar costs about 10 ms).
   */
  private static Loaded read() {
    URL url = CommandIndex.class.getResource(RESOURCE);
    if (url == null) {
      return new Loaded(Map.of(), false);
    }
    String text;
    try (InputStream in = url.openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return new Loaded(Map.of(), false);
    }
    Map<String, List<String>> read = new HashMap<>();
    List<String> current = null;
    boolean samePicocli = false;
    for (String line : text.split("\n", -1)) {
      if (line.equals("picocli " + CommandLine.VERSION)) {
        samePicocli = true;
      } else if (line.startsWith("command ")) {
        current = new ArrayList<>();
        read.put(value(line), current);
      } else if (current != null && !line.isEmpty()) {
        current.add(line);
      }
    }
    return new Loaded(samePicocli ? read : Map.of(), "file".equals(url.getProtocol()));
  }

  /** The index's entries, and whether they are checked against the class files. */
  private static final class Loaded {
    final Map<String, List<String>> entries;
    final boolean fromDirectory;

    Loaded(Map<String, List<String>> entries, boolean fromDirectory) {
      this.entries = entries;
      this.fromDirectory = fromDirectory;
    }
  }

  /** The command line an index entry describes; null when a class changed since. */
  private static CommandLine build(Class<?> type, List<String> lines, boolean checkClassFiles)
      throws Exception {
    Object command = create(type);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    List<String> description = new ArrayList<>();
    List<Object> members = new ArrayList<>(); // mixin names and the command's own options
    Map<String, CommandSpec> mixins = new LinkedHashMap<>();
    Map<String, Object> mixinObjects = new HashMap<>();
    Map<String, List<String>> option = null;
    String optionOwner = null;
    String optionField = null;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : "end";
      if (line.startsWith("  ")) {
        String attribute = line.substring(2);
        option.computeIfAbsent(key(attribute), k -> new ArrayList<>()).add(value(attribute));
        continue;
      }
      if (option != null) {
        Object owner = optionOwner.equals(".") ? command : mixinObjects.get(optionOwner);
        OptionSpec built = option(option, owner, optionField);
        if (optionOwner.equals(".")) {
          members.add(built);
        } else {
          mixins.get(optionOwner).addOption(built);
        }
        option = null;
      }
      String key = key(line);
      String value = value(line);
      switch (key) {
        case "class-crc":
          {
            String[] parts = value.split(" ");
            Class<?> owner = Class.forName(parts[0], false, type.getClassLoader());
            if (checkClassFiles && !crc(owner).equals(parts[1])) {
              return null;
            }
            break;
          }
        case "name":
          spec.name(value);
          break;
        case "alias":
          List<String> aliases = new ArrayList<>(List.of(spec.aliases()));
          aliases.add(value);
          spec.aliases(aliases.toArray(new String[0]));
          break;
        case "version-provider":
          spec.versionProvider((CommandLine.IVersionProvider) create(type(value)));
          break;
        case "description":
          description.add(value);
          break;
        case "spec-field":
          field(type, value).set(command, spec);
          break;
        case "mixin":
          {
            String[] parts = value.split(" ");
            Object mixin = null;
            if (!parts[1].equals("-")) {
              Field holder = field(type, parts[1]);
              mixin = holder.get(command);
              if (mixin == null) {
                mixin = create(type(parts[2]));
                holder.set(command, mixin);
              }
            }
            mixins.put(parts[0], CommandSpec.wrapWithoutInspection(mixin));
            mixinObjects.put(parts[0], mixin);
            members.add(parts[0]);
            break;
          }
        case "option":
          {
            String[] parts = value.split(" ");
            option = new HashMap<>();
            optionOwner = parts[0];
            optionField = parts[1];
            break;
          }
        default:
          break; // "end", and the command's class name
      }
    }
    spec.usageMessage().description(description.toArray(new String[0]));
    for (Object member : members) {
      if (member instanceof String) {
        spec.addMixin((String) member, mixins.get(member));
      } else {
        spec.addOption((OptionSpec) member);
      }
    }
    return new CommandLine(spec);
  }

  private static OptionSpec option(Map<String, List<String>> a, Object owner, String fieldName)
      throws Exception {
    OptionSpec.Builder b = OptionSpec.builder(one(a, "names").split(" "));
    b.paramLabel(one(a, "param-label"))
        .hideParamSyntax(flag(a, "hide-param-syntax"))
        .description(all(a, "description").toArray(new String[0]))
        .required(flag(a, "required"))
        .type(type(one(a, "type")))
        .hidden(flag(a, "hidden"))
        .negatable(flag(a, "negatable"))
        .showDefaultValue(CommandLine.Help.Visibility.valueOf(one(a, "show-default")))
        .order(Integer.parseInt(one(a, "order")))
        .splitRegex(one(a, "split"))
        .splitRegexSynopsisLabel(one(a, "split-label"))
        .interactive(flag(a, "interactive"))
        .echo(flag(a, "echo"))
        .usageHelp(flag(a, "usage-help"))
        .versionHelp(flag(a, "version-help"))
        .inherited(flag(a, "inherited"))
        .scopeType(CommandLine.ScopeType.valueOf(one(a, "scope-type")))
        .hasInitialValue(flag(a, "has-initial-value"))
        .withToString(one(a, "to-string"));
    List<Class<?>> aux = new ArrayList<>();
    for (String name : all(a, "aux")) {
      aux.add(type(name));
    }
    b.auxiliaryTypes(aux.toArray(new Class<?>[0]));
    List<CommandLine.ITypeConverter<?>> converters = new ArrayList<>();
    for (String name : all(a, "converter")) {
      converters.add((CommandLine.ITypeConverter<?>) create(type(name)));
    }
    b.converters(converters.toArray(new CommandLine.ITypeConverter<?>[0]));
    if (a.containsKey("completion")) {
      @SuppressWarnings("unchecked")
      Iterable<String> candidates = (Iterable<String>) create(type(one(a, "completion")));
      b.completionCandidates(candidates);
    }
    if (flag(a, "arity-specified")) {
      b.arity(one(a, "arity"));
    }
    if (a.containsKey("description-key")) {
      b.descriptionKey(one(a, "description-key"));
    }
    if (a.containsKey("default-value")) {
      b.defaultValue(one(a, "default-value"));
    }
    if (a.containsKey("fallback-value")) {
      b.fallbackValue(one(a, "fallback-value"));
    }
    if (a.containsKey("prompt")) {
      b.prompt(one(a, "prompt"));
    }
    if (a.containsKey("map-fallback-value")) {
      b.mapFallbackValue(one(a, "map-fallback-value"));
    }
    if (!fieldName.equals("-")) {
      FieldAccess access = new FieldAccess(owner, field(owner.getClass(), fieldName));
      b.getter(access).setter(access).initialValue(access.get());
    }
    return b.build();
  }

  private static String one(Map<String, List<String>> attributes, String key) {
    List<String> values = attributes.get(key);
    if (values == null || values.size() != 1) {
      throw new IllegalStateException("the index has no single " + key);
    }
    return values.get(0);
  }

  private static List<String> all(Map<String, List<String>> attributes, String key) {
    return attributes.getOrDefault(key, Collections.emptyList());
  }

  private static boolean flag(Map<String, List<String>> attributes, String key) {
    return Boolean.parseBoolean(one(attributes, key));
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  private static Object create(Class<?> type) throws Exception {
    return CommandLine.defaultFactory().create(type);
  }

  private static Class<?> type(String name) throws ClassNotFoundException {
    switch (name) {
      case "boolean":
        return boolean.class;
      case "byte":
        return byte.class;
      case "char":
        return char.class;
      case "short":
        return short.class;
      case "int":
        return int.class;
      case "long":
        return long.class;
      case "float":
        return float.class;
      case "double":
        return double.class;
      default:
        return Class.forName(name, false, CommandIndex.class.getClassLoader());
    }
  }

  private static String key(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }

  /** The text after the key: the rest of the line, as it is. */
  private static String value(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? "" : line.substring(space + 1);
  }

  /** A field of the command or a mixin that an option sets, as picocli's own binding does. */
  private static final class FieldAccess
      implements CommandLine.Model.IGetter, CommandLine.Model.ISetter {
    private final Object target;
    private final Field field;

    FieldAccess(Object target, Field field) {
      this.target = target;
      this.field = field;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      try {
        return (T) field.get(target);
      } catch (IllegalAccessException e) {
        throw new CommandLine.PicocliException("cannot read the field " + field.getName(), e);
      }
    }

    @Override
    public <T> T set(T value) {
      T previous = get();
      try {
        field.set(target, value);
      } catch (IllegalAccessException e) {
        throw new CommandLine.PicocliException("cannot set the field " + field.getName(), e);
      }
      return previous;
    }
  }
}
