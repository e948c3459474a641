package ai.kubiya.runner.model.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256SumTest {
  private static byte[] jdk(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }

  @Test
  void theStandardsTestVectors() {
    // FIPS 180-4 examples (NIST CSRC) and the empty message
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256Sum.of("abc"));
    assertEquals(
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        Sha256Sum.of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256Sum.of(""));
  }

  @Test
  void everyLengthAroundTheBlockBoundariesAsTheJdkComputesIt() throws Exception {
    Random random = new Random(42);
    for (int length = 0; length <= 300; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      assertArrayEquals(jdk(bytes), Sha256Sum.digest(bytes), "length " + length);
    }
  }

  @Test
  void randomTextsAsTheJdkComputesThem() throws Exception {
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(5000);
      for (int c = 0; c < length; c++) {
        // ASCII, Latin-1, other BMP characters and surrogate pairs: every UTF-8 width
        int kind = random.nextInt(4);
        if (kind == 0) {
          text.append((char) (32 + random.nextInt(95)));
        } else if (kind == 1) {
          text.append((char) (0xa0 + random.nextInt(0x60)));
        } else if (kind == 2) {
          text.append((char) (0x4e00 + random.nextInt(0x500)));
        } else {
          text.appendCodePoint(0x1f300 + random.nextInt(0x200));
        }
      }
      String s = text.toString();
      assertEquals(
          HexFormat.of().formatHex(jdk(s.getBytes(StandardCharsets.UTF_8))),
          Sha256Sum.of(s),
          "text " + i);
    }
  }

  @Test
  void aMessageOfManyBlocks() throws Exception {
    byte[] bytes = new byte[1_000_000];
    new Random(3).nextBytes(bytes);
    assertArrayEquals(jdk(bytes), Sha256Sum.digest(bytes));
  }
}
