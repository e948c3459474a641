package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.output.DeployerJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code -o table|json|yaml}: how a command prints its result. */
enum OutputFormat {
  TABLE,
  JSON,
  YAML;

  /** The tree as this format; {@code table} for TABLE. */
  String print(JsonNode tree, Supplier<String> table) {
    return switch (this) {
      case TABLE -> table.get();
      case JSON -> DeployerJson.toJson(tree);
      case YAML -> DeployerJson.toYaml(tree);
    };
  }

  /** Lower-case names only; anything else is a usage error (exit 2). */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : values()) {
        if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
          return format;
        }
      }
      throw new TypeConversionException("'" + value + "' is not one of table, json, yaml");
    }
  }

  /** The completion candidates. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("table", "json", "yaml").iterator();
    }
  }
}
