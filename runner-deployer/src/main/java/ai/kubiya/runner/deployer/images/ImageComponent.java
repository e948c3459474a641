package ai.kubiya.runner.deployer.images;

import ai.kubiya.runner.model.RunnerValues;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runner components whose image tag a stable-versions file can set, with the values path of
 * each tag. Keys in the file may be written {@code agent-manager}, {@code agent_manager} or {@code
 * agentManager}.
 */
public enum ImageComponent {
  /** The agent manager. */
  AGENT_MANAGER("agent-manager", "agentManager.image.tag", v -> v.agentManager().image().tag()),
  /** The tool manager. */
  TOOL_MANAGER("tool-manager", "toolManager.image.tag", v -> v.toolManager().image().tag()),
  /** The SDK server container of the tool manager. */
  SDK_SERVER("sdk-server", "toolManager.sdkServer.image.tag", v -> v.toolManager().sdkServer().image().tag()),
  /** The Kubiya operator. */
  KUBIYA_OPERATOR("kubiya-operator", "kubiyaOperator.image.tag", v -> v.kubiyaOperator().image().tag()),
  /** The image updater CronJob. */
  IMAGE_UPDATER("image-updater", "imageUpdater.image.tag", v -> v.imageUpdater().image().tag());

  private final String key;
  private final String valuesPath;
  private final Function<RunnerValues, String> tag;

  ImageComponent(String key, String valuesPath, Function<RunnerValues, String> tag) {
    this.key = key;
    this.valuesPath = valuesPath;
    this.tag = tag;
  }

  /** The component's key in a stable-versions file, such as {@code agent-manager}. */
  public String key() {
    return key;
  }

  /** The values path of the component's image tag, such as {@code agentManager.image.tag}. */
  public String valuesPath() {
    return valuesPath;
  }

  /** The component's image tag in these values. */
  public String tagIn(RunnerValues values) {
    return tag.apply(values);
  }

  /** The component a key names, in any of the accepted spellings. */
  public static Optional<ImageComponent> ofKey(String key) {
    String normalized = key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replace('_', '-').toLowerCase(Locale.ROOT);
    for (ImageComponent component : values()) {
      if (component.key.equals(normalized)) {
        return Optional.of(component);
      }
    }
    return Optional.empty();
  }
}
