package ai.kubiya.runner.deployer.images;

import ai.kubiya.runner.naming.Component;
import org.immutables.value.Value;

/** One component whose stable tag differs from the tag the runner has. */
@Value.Immutable
public abstract class ImageUpdate {
  /** The component. */
  @Value.Parameter
  public abstract Component component();

  /** The tag the runner has now. */
  @Value.Parameter
  public abstract String currentTag();

  /** The stable tag. */
  @Value.Parameter
  public abstract String newTag();

  /** An update. */
  public static ImageUpdate of(Component component, String currentTag, String newTag) {
    return ImmutableImageUpdate.of(component, currentTag, newTag);
  }

  /**
   * True when both tags are dotted numbers (an optional leading {@code v}) and the stable one is
   * lower: the stable channel pins an older release.
   */
  public boolean isDowngrade() {
    int[] current = numbers(currentTag());
    int[] next = numbers(newTag());
    if (current == null || next == null) {
      return false;
    }
    for (int i = 0; i < Math.max(current.length, next.length); i++) {
      int a = i < current.length ? current[i] : 0;
      int b = i < next.length ? next[i] : 0;
      if (a != b) {
        return b < a;
      }
    }
    return false;
  }

  /** The {@code --set} expression that applies the update. */
  public String setArgument() {
    return component().imageTagPath().orElseThrow() + "=" + newTag();
  }

  private static int[] numbers(String tag) {
    String bare = tag.startsWith("v") ? tag.substring(1) : tag;
    if (!bare.matches("\\d+(\\.\\d+)*")) {
      return null;
    }
    String[] parts = bare.split("\\.");
    int[] numbers = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = Integer.parseInt(parts[i]);
    }
    return numbers;
  }

  @Override
  public String toString() {
    return component().label()
        + ": "
        + currentTag()
        + " -> "
        + newTag()
        + (isDowngrade() ? " (downgrade)" : "");
  }
}
