package ai.kubiya.runner.cli;

import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code -o table|json} of {@code drift} and {@code watch}. */
enum DriftOutput {
  TABLE,
  JSON;

  /** {@code table} or {@code json}; anything else is a usage error (exit 2). */
  static final class Converter implements ITypeConverter<DriftOutput> {
    @Override
    public DriftOutput convert(String value) {
      return switch (value) {
        case "table" -> TABLE;
        case "json" -> JSON;
        default -> throw new TypeConversionException("'" + value + "' is not one of table, json");
      };
    }
  }

  /** The completion candidates. */
  static final class Candidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("table", "json").iterator();
    }
  }
}
