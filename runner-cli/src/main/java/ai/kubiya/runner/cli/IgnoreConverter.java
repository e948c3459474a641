package ai.kubiya.runner.cli;

import ai.kubiya.runner.deployer.drift.IgnoreRule;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --ignore KIND/NAME:PATH}; a malformed rule is a usage error (exit 2). */
final class IgnoreConverter implements ITypeConverter<IgnoreRule> {
  @Override
  public IgnoreRule convert(String value) {
    try {
      return IgnoreRule.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
