package ai.kubiya.runner.telemetry.alloy.component;

import ai.kubiya.runner.telemetry.alloy.syntax.Block;
import java.util.Objects;

/** Shared state of the typed components: kind, label and the built block. */
abstract class BuiltComponent implements Component {
  private final String kind;
  private final String label;
  private final Block block;

  BuiltComponent(String kind, String label, Block block) {
    this.kind = kind;
    this.label = label;
    this.block = block;
  }

  @Override
  public final String kind() {
    return kind;
  }

  @Override
  public final String label() {
    return label;
  }

  @Override
  public final Block toBlock() {
    return block;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof BuiltComponent other
        && other.getClass() == getClass()
        && other.block.equals(block);
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass(), block);
  }

  @Override
  public final String toString() {
    return kind + " \"" + label + "\"";
  }
}
