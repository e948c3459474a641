package ai.kubiya.runner.telemetry.alloy;

import ai.kubiya.runner.model.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The printed text of each {@link FixedBlock}, as the build wrote it ({@link #main}, at {@code
 * process-classes}) into the resource {@value #RESOURCE} next to this class: a first render in a
 * fresh JVM then neither builds these blocks nor runs the printer over them, which took most of the
 * time of its first Alloy pipeline. Without the resource (an IDE build), or when it does not hold
 * every block, the blocks are built and printed once, as before.
 *
 * <p>The resource is made from the code of the same build, so it cannot disagree with it in a Maven
 * build; {@code FixedTextsTest} checks every text against the printed block.
 */
final class FixedTexts {
  /** The resource's name, beside this class. */
  static final String RESOURCE = "alloy-fixed-blocks.txt";

  private static final String HEADER = "kubiya-runner alloy fixed blocks 1\n";

  private FixedTexts() {}

  /** The text of {@code block}'s blocks, each ending with a newline, joined by blank lines. */
  static String text(FixedBlock block) {
    String[] texts = Loaded.TEXTS;
    return texts != null ? texts[block.ordinal()] : Printed.TEXTS[block.ordinal()];
  }

  /** The snapshot from the resource, read on first use; null without one. */
  private static final class Loaded {
    static final String[] TEXTS = read();

    private Loaded() {}

    private static String[] read() {
      try (InputStream in = FixedTexts.class.getResourceAsStream(RESOURCE)) {
        return in == null ? null : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        return null; // printed instead
      }
    }
  }

  /** The texts printed from the blocks, when there is no snapshot. */
  private static final class Printed {
    static final String[] TEXTS = printAll();

    private Printed() {}
  }

  /** Each block's text, printed from the blocks, in {@link FixedBlock} order. */
  static String[] printAll() {
    FixedBlock[] blocks = FixedBlock.values();
    String[] texts = new String[blocks.length];
    for (FixedBlock block : blocks) {
      texts[block.ordinal()] = RunnerPipeline.printFixed(block);
    }
    return texts;
  }

  /** The snapshot of {@code texts} (in {@link FixedBlock} order) as the resource holds it. */
  static String format(String[] texts) {
    StringBuilder out = new StringBuilder(HEADER);
    for (FixedBlock block : FixedBlock.values()) {
      String text = texts[block.ordinal()];
      out.append(block.name()).append(' ').append(text.length()).append('\n').append(text);
    }
    return out.toString();
  }

  /**
   * The texts of a snapshot, in {@link FixedBlock} order; null when it is not one, or does not hold
   * every block in order.
   */
  static String[] parse(String snapshot) {
    if (!snapshot.startsWith(HEADER)) {
      return null;
    }
    FixedBlock[] blocks = FixedBlock.values();
    String[] texts = new String[blocks.length];
    int at = HEADER.length();
    for (FixedBlock block : blocks) {
      int space = at + block.name().length();
      int newline = snapshot.indexOf('\n', space);
      if (!snapshot.startsWith(block.name(), at)
          || space >= snapshot.length()
          || snapshot.charAt(space) != ' '
          || newline < 0) {
        return null;
      }
      int length;
      try {
        length = Integer.parseInt(snapshot.substring(space + 1, newline));
      } catch (NumberFormatException e) {
        return null;
      }
      int end = newline + 1 + length;
      if (length < 0 || end > snapshot.length()) {
        return null;
      }
      texts[block.ordinal()] = snapshot.substring(newline + 1, end);
      at = end;
    }
    return at == snapshot.length() ? texts : null;
  }

  /** Build step: writes the snapshot into the classes directory {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(FixedTexts.class.getPackageName().replace('.', '/'));
    Files.createDirectories(dir);
    AtomicFiles.writeString(dir.resolve(RESOURCE), format(printAll()));
  }
}
