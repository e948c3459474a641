package ai.kubiya.runner.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads text input with a size limit, streaming: a file (or {@code /dev/zero}, a pipe, stdin)
 * larger than the limit is refused after reading at most {@code limit + 1} bytes, never read whole.
 * Every failure is a {@link BoundedInputException} naming the source and the reason.
 *
 * <pre>{@code
 * String text = BoundedInput.readUtf8(Path.of("values.yaml"), BoundedInput.VALUES_LIMIT);
 * }</pre>
 */
public final class BoundedInput {
  /** The largest values file (4 MiB). */
  public static final long VALUES_LIMIT = 4L << 20;

  /** The largest NATS {@code .creds} file (64 KiB). */
  public static final long CREDS_LIMIT = 64L << 10;

  /** The largest Alloy configuration file (4 MiB). */
  public static final long ALLOY_LIMIT = 4L << 20;

  private static final int CHUNK = 64 << 10;

  private BoundedInput() {}

  /** The file's text (UTF-8), refused when it is larger than {@code limit} bytes. */
  public static String readUtf8(Path file, long limit) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new BoundedInputException(source, "is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return decode(readBounded(in, limit, source), source);
    } catch (NoSuchFileException e) {
      throw new BoundedInputException(source, "no such file");
    } catch (AccessDeniedException e) {
      throw new BoundedInputException(source, "permission denied");
    } catch (IOException e) {
      throw new BoundedInputException(
          source, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The stream's text (UTF-8), refused when it is larger than {@code limit} bytes. */
  public static String readUtf8(InputStream in, String source, long limit) {
    try {
      return decode(readBounded(in, limit, source), source);
    } catch (IOException e) {
      throw new BoundedInputException(
          source, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** At most {@code limit} bytes of the stream; more is refused naming {@code source}. */
  public static byte[] readBounded(InputStream in, long limit, String source) throws IOException {
    byte[] buf = new byte[(int) Math.min(CHUNK, limit + 1)];
    int size = 0;
    while (true) {
      if (size == buf.length) {
        if (size > limit) {
          throw new BoundedInputException(source, "larger than the limit of " + describe(limit));
        }
        buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, limit + 1));
      }
      int n = in.read(buf, size, buf.length - size);
      if (n < 0) {
        return Arrays.copyOf(buf, size);
      }
      size += n;
      if (size > limit) {
        throw new BoundedInputException(source, "larger than the limit of " + describe(limit));
      }
    }
  }

  /** A byte count as people read it ({@code 4 MiB}, {@code 64 KiB}, {@code 100 bytes}). */
  public static String describe(long bytes) {
    if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }

  private static String decode(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BoundedInputException(source, "is not UTF-8 text");
    }
  }
}
