package ai.kubiya.runner.cli;

import ai.kubiya.runner.model.io.AtomicFiles;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Build step: writes {@link CommandIndex#RESOURCE}, the command models picocli builds from the
 * annotations of the commands that start most often ({@link #COMMANDS}), so that a run builds them
 * without reading an annotation ({@link CommandIndex}). Run by Maven at {@code process-classes},
 * before {@link HelpSnapshot}; not a command. Argument: the classes directory.
 *
 * <p>The index holds what {@link #describe} says of a model; {@code CommandIndexTest} checks that
 * the model built from it is described alike, prints the same help and parses alike. A command
 * using what the index cannot hold (positional parameters, argument groups, subcommands, a
 * parent-command field) fails the build here.
 */
final class CommandIndexWriter {
  private CommandIndexWriter() {}

  /** The command classes the index holds: the root and the commands that render. */
  static final List<Class<?>> COMMANDS =
      List.of(
          KubiyaRunnerCli.class, RenderCommand.class, ValidateCommand.class, NamesCommand.class);

  /** Writes the index under {@code args[0]}, the classes directory. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(CommandIndex.class.getPackageName().replace('.', '/'));
    Files.createDirectories(dir);
    AtomicFiles.writeString(dir.resolve(CommandIndex.RESOURCE), index());
  }

  /** The whole index, for the {@link #COMMANDS}' models as their annotations make them. */
  static String index() {
    StringBuilder out = new StringBuilder();
    out.append("# kubiya-runner command index: the picocli models of these command classes, as")
        .append(" their annotations make them (CommandIndexWriter, at build time)\n");
    out.append("picocli ").append(CommandLine.VERSION).append('\n');
    for (Class<?> type : COMMANDS) {
      CommandSpec spec = new CommandLine(create(type)).getCommandSpec();
      refuseWhatTheIndexCannotHold(spec, type);
      out.append(describe(spec, type));
    }
    return out.toString();
  }

  private static <T> T create(Class<T> type) {
    try {
      return CommandLine.defaultFactory().create(type);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create " + type.getName(), e);
    }
  }

  private static void refuseWhatTheIndexCannotHold(CommandSpec spec, Class<?> type) {
    List<String> refused = new ArrayList<>();
    if (!spec.positionalParameters().isEmpty()) {
      refused.add("positional parameters");
    }
    if (!spec.argGroups().isEmpty()) {
      refused.add("argument groups");
    }
    if (!spec.subcommands().isEmpty()) {
      refused.add("subcommands");
    }
    if (!spec.unmatchedArgsBindings().isEmpty()) {
      refused.add("unmatched-argument bindings");
    }
    if (spec.defaultValueProvider() != null || spec.resourceBundle() != null) {
      refused.add("a default-value provider or resource bundle");
    }
    for (Class<?> owner : owners(spec, type)) {
      for (Field field : owner.getDeclaredFields()) {
        if (field.isAnnotationPresent(CommandLine.ParentCommand.class)
            || field.isAnnotationPresent(CommandLine.ArgGroup.class)
            || field.isAnnotationPresent(CommandLine.Unmatched.class)
            || (field.isAnnotationPresent(CommandLine.Spec.class)
                && field.getAnnotation(CommandLine.Spec.class).value()
                    != CommandLine.Spec.Target.SELF)) {
          refused.add("the field " + owner.getSimpleName() + "." + field.getName());
        }
      }
    }
    UsageMessageSpec usage = spec.usageMessage();
    UsageMessageSpec plain = new UsageMessageSpec();
    if (usage.header().length > 0
        || usage.footer().length > 0
        || usage.customSynopsis().length > 0
        || usage.abbreviateSynopsis() != plain.abbreviateSynopsis()
        || usage.sortOptions() != plain.sortOptions()
        || usage.showDefaultValues() != plain.showDefaultValues()
        || usage.hidden() != plain.hidden()
        || !usage.descriptionHeading().equals(plain.descriptionHeading())
        || !usage.optionListHeading().equals(plain.optionListHeading())
        || !usage.synopsisHeading().equals(plain.synopsisHeading())) {
      refused.add("usage-message attributes other than the description");
    }
    if (!refused.isEmpty()) {
      throw new IllegalStateException(
          "the command index cannot hold "
              + type.getName()
              + ": it has "
              + String.join(", ", refused)
              + "; take it out of CommandIndexWriter.COMMANDS or teach the index");
    }
  }

  /** The command class and its mixins' classes (our own: picocli's help mixin aside). */
  private static Set<Class<?>> owners(CommandSpec spec, Class<?> type) {
    Set<Class<?>> owners = new LinkedHashSet<>();
    owners.add(type);
    for (CommandSpec mixin : spec.mixins().values()) {
      Object object = mixin.userObject();
      if (object != null && !isPicocli(object.getClass())) {
        owners.add(object.getClass());
      }
    }
    return owners;
  }

  private static boolean isPicocli(Class<?> type) {
    return type.getName().startsWith("picocli.");
  }

  /**
   * What the index holds of {@code spec}, the model of a {@code type} command: the text {@link
   * CommandIndex} reads. Also what {@code CommandIndexTest} compares between a model made from the
   * annotations and one made from the index.
   */
  static String describe(CommandSpec spec, Class<?> type) {
    StringBuilder out = new StringBuilder();
    line(out, "", "command", type.getName());
    for (Class<?> owner : owners(spec, type)) {
      line(out, "", "class-crc", owner.getName() + " " + CommandIndex.crc(owner));
    }
    line(out, "", "name", spec.name());
    for (String alias : spec.aliases()) {
      line(out, "", "alias", alias);
    }
    if (spec.versionProvider() != null) {
      line(out, "", "version-provider", spec.versionProvider().getClass().getName());
    }
    for (String description : spec.usageMessage().description()) {
      line(out, "", "description", description);
    }
    for (Field field : type.getDeclaredFields()) {
      if (field.isAnnotationPresent(CommandLine.Spec.class)) {
        line(out, "", "spec-field", field.getName());
      }
    }
    Map<OptionSpec, String> mixinOf = new IdentityHashMap<>();
    for (Map.Entry<String, CommandSpec> mixin : spec.mixins().entrySet()) {
      for (OptionSpec option : mixin.getValue().options()) {
        mixinOf.put(option, mixin.getKey());
      }
    }
    Set<String> mixinsWritten = new LinkedHashSet<>();
    for (OptionSpec option : spec.options()) {
      String mixin = mixinOf.get(option);
      Object owner = mixin == null ? spec.userObject() : spec.mixins().get(mixin).userObject();
      if (mixin != null && mixinsWritten.add(mixin)) {
        boolean ours = owner != null && !isPicocli(owner.getClass());
        line(
            out,
            "",
            "mixin",
            mixin
                + " "
                + (ours ? fieldHolding(type, owner.getClass()).getName() : "-")
                + " "
                + (ours ? owner.getClass().getName() : "-"));
      }
      Field field =
          owner == null || isPicocli(owner.getClass())
              ? null
              : optionField(owner.getClass(), option);
      line(
          out,
          "",
          "option",
          (mixin == null ? "." : mixin) + " " + (field == null ? "-" : field.getName()));
      describe(out, option);
    }
    line(out, "", "end", "");
    return out.toString();
  }

  private static void describe(StringBuilder out, OptionSpec option) {
    String in = "  ";
    line(out, in, "names", String.join(" ", option.names()));
    line(out, in, "param-label", option.paramLabel());
    line(out, in, "hide-param-syntax", String.valueOf(option.hideParamSyntax()));
    for (String description : option.description()) {
      line(out, in, "description", description);
    }
    if (option.descriptionKey() != null) {
      line(out, in, "description-key", option.descriptionKey());
    }
    if (option.defaultValue() != null) {
      line(out, in, "default-value", option.defaultValue());
    }
    line(out, in, "required", String.valueOf(option.required()));
    line(out, in, "arity", option.arity().toString());
    // an arity left to picocli lets a boolean flag take an attached value (--strict=false)
    line(out, in, "arity-specified", String.valueOf(!option.arity().isUnspecified()));
    line(out, in, "type", option.type().getName());
    for (Class<?> aux : option.auxiliaryTypes()) {
      line(out, in, "aux", aux.getName());
    }
    for (CommandLine.ITypeConverter<?> converter : option.converters()) {
      line(out, in, "converter", converter.getClass().getName());
    }
    Iterable<String> candidates = option.completionCandidates();
    if (candidates != null) {
      String name = candidates.getClass().getName();
      if (!name.startsWith("java.") && !isPicocli(candidates.getClass())) {
        line(out, in, "completion", name); // ours; picocli lists an enum's constants itself
      }
      line(out, in, "completion-values", String.join(" ", candidates));
    }
    line(out, in, "hidden", String.valueOf(option.hidden()));
    line(out, in, "negatable", String.valueOf(option.negatable()));
    if (option.fallbackValue() != null) {
      line(out, in, "fallback-value", option.fallbackValue());
    }
    if (option.mapFallbackValue() != null) {
      line(out, in, "map-fallback-value", option.mapFallbackValue());
    }
    line(out, in, "show-default", option.showDefaultValue().name());
    line(out, in, "order", String.valueOf(option.order()));
    line(out, in, "split", option.splitRegex());
    line(out, in, "split-label", option.splitRegexSynopsisLabel());
    line(out, in, "interactive", String.valueOf(option.interactive()));
    line(out, in, "echo", String.valueOf(option.echo()));
    if (option.prompt() != null) {
      line(out, in, "prompt", option.prompt());
    }
    line(out, in, "usage-help", String.valueOf(option.usageHelp()));
    line(out, in, "version-help", String.valueOf(option.versionHelp()));
    line(out, in, "inherited", String.valueOf(option.inherited()));
    line(out, in, "scope-type", option.scopeType().name());
    line(out, in, "has-initial-value", String.valueOf(option.hasInitialValue()));
    line(out, in, "to-string", option.toString());
  }

  /** The field of {@code type} that holds a {@code mixin} instance (a {@code @Mixin} field). */
  private static Field fieldHolding(Class<?> type, Class<?> mixin) {
    for (Field field : type.getDeclaredFields()) {
      if (field.getType() == mixin && field.isAnnotationPresent(CommandLine.Mixin.class)) {
        return field;
      }
    }
    throw new IllegalStateException(type.getName() + " has no @Mixin field of " + mixin.getName());
  }

  /** The {@code @Option} field of {@code owner} that {@code option} was made from. */
  private static Field optionField(Class<?> owner, OptionSpec option) {
    for (Field field : owner.getDeclaredFields()) {
      CommandLine.Option annotation = field.getAnnotation(CommandLine.Option.class);
      if (annotation != null && Arrays.equals(annotation.names(), option.names())) {
        return field;
      }
    }
    throw new IllegalStateException(
        owner.getName() + " has no @Option field for " + option.longestName());
  }

  /**
   * One line: {@code key value}. A value is the rest of the line, as it is; one holding a line
   * break (which no picocli attribute of these commands does) fails the build.
   */
  private static void line(StringBuilder out, String indent, String key, String value) {
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalStateException(
          "the command index cannot hold the " + key + " \"" + value + "\": it has a line break");
    }
    out.append(indent).append(key);
    if (!value.isEmpty() || !key.equals("end")) {
      out.append(' ');
    }
    out.append(value).append('\n');
  }
}
