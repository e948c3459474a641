package ai.kubiya.runner.cli;

import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code -o yaml|json} of {@code get}: documents have no table form. */
enum DocumentFormat {
  YAML,
  JSON;

  /** {@code yaml} or {@code json}; anything else is a usage error (exit 2). */
  static final class Converter implements ITypeConverter<DocumentFormat> {
    @Override
    public DocumentFormat convert(String value) {
      return switch (value) {
        case "yaml" -> YAML;
        case "json" -> JSON;
        default -> throw new TypeConversionException("'" + value + "' is not one of yaml, json");
      };
    }
  }

  /** The completion candidates. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("yaml", "json").iterator();
    }
  }
}
