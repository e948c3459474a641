package ai.kubiya.runner.manifests;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.UncheckedIOException;
import java.util.List;

/** Renders Kubernetes objects as YAML documents, the way {@code kubectl} users expect to read them. */
public final class ManifestYaml {
  private static final ObjectWriter WRITER =
      new YAMLMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .build())
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .writer();

  private ManifestYaml() {}

  /** One object as a YAML document, without a leading {@code ---}. */
  public static String render(HasMetadata object) {
    try {
      return WRITER.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "cannot render " + object.getKind() + "/" + object.getMetadata().getName(), e);
    }
  }

  /** Several objects as one stream, each document opened by {@code ---}. */
  public static String render(List<? extends HasMetadata> objects) {
    StringBuilder out = new StringBuilder(objects.size() * 1024);
    for (HasMetadata object : objects) {
      out.append("---\n").append(render(object));
    }
    return out.toString();
  }
}
