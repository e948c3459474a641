package ai.kubiya.runner.telemetry.alloy.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated inputs either parse (and then print) or fail with diagnostics: never crash or hang. */
class FuzzTest {
  private static final byte[] ALPHABET =
      "{}[]()=,.\"`/*\n\t !&|<>+-%^'\\abc_019eE\u00ff".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void mutatedVectorsNeverCrashOrHang() throws Exception {
    List<byte[]> seeds = new ArrayList<>();
    for (Path f : SyntaxVectors.files(SyntaxVectors.dir("parser/valid"), ".alloy")) {
      seeds.add(Files.readAllBytes(f));
    }
    for (Path f : SyntaxVectors.files(SyntaxVectors.dir("printer"), ".in")) {
      seeds.add(Files.readAllBytes(f));
    }
    assertFalse(seeds.isEmpty());
    Random random = new Random(42);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int i = 0; i < 3000; i++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            try {
              Parser p = new Parser("fuzz", input);
              AlloyFile file = p.parseFile();
              if (p.diagnostics().isEmpty()) {
                AlloyPrinter.fprint(file);
              }
            } catch (RuntimeException e) {
              throw new AssertionError(
                  "crash on input: " + new String(input, StandardCharsets.UTF_8), e);
            }
          }
        });
  }

  private static byte[] mutate(byte[] seed, Random random) {
    byte[] out = seed.clone();
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && out.length > 0; e++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(3)) {
        case 0 -> out[at] = ALPHABET[random.nextInt(ALPHABET.length)];
        case 1 -> {
          byte[] shorter = new byte[out.length - 1];
          System.arraycopy(out, 0, shorter, 0, at);
          System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
          out = shorter;
        }
        default -> {
          byte[] longer = new byte[out.length + 1];
          System.arraycopy(out, 0, longer, 0, at);
          longer[at] = ALPHABET[random.nextInt(ALPHABET.length)];
          System.arraycopy(out, at, longer, at + 1, out.length - at);
          out = longer;
        }
      }
    }
    return out;
  }
}
