package ai.kubiya.runner.model.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Dotted value paths ({@code agentManager.image.tag}, {@code imagePullSecrets[0]}). */
public final class ValuesPath {
  private ValuesPath() {}

  static String child(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** The path of a Jackson binding failure, from its reference chain. */
  static String of(List<JsonMappingException.Reference> chain) {
    String path = "";
    for (JsonMappingException.Reference ref : chain) {
      if (ref.getFieldName() != null) {
        path = child(path, ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path = index(path, ref.getIndex());
      }
    }
    return path;
  }
}
