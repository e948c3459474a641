package ai.kubiya.runner.manifests;

import ai.kubiya.runner.manifests.internal.YamlGenerator;
import ai.kubiya.runner.manifests.internal.YamlWriter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Jackson's serializers with {@code NON_NULL} inclusion: how manifests were written before {@link
 * ModelYamlWriter}, which still hands them what it does not write itself. A holder class, so that
 * the mapper is made only when a value needs it.
 */
final class JacksonFallback {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

  private JacksonFallback() {}

  /** Writes {@code value} as the writer's next value with Jackson's serializers. */
  static void write(Object value, YamlWriter out) throws IOException {
    try (YamlGenerator generator = new YamlGenerator(out)) {
      MAPPER.writeValue(generator, value);
    }
  }
}
