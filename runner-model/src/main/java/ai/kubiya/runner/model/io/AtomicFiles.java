package ai.kubiya.runner.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * All-or-nothing writes: a file is written to a temporary file in the same directory and renamed
 * over the target (keeping the target's permissions); a set of files is written to a temporary
 * directory next to the target directory and moved into place only when every file is written. A
 * failure leaves what was there before untouched.
 *
 * <pre>{@code
 * AtomicFiles.writeString(Path.of("config.alloy"), formatted);
 * AtomicFiles.replaceFiles(
 *     Path.of("out"), Map.of("00-secret.yaml", yaml), name -> name.endsWith(".yaml"));
 * }</pre>
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code text} (UTF-8) to {@code file} atomically, keeping an existing file's permissions.
   */
  public static void writeString(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      copyPermissions(target, temp);
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Makes {@code dir} hold exactly {@code files} (name to content) plus whatever it held that
   * {@code ours} does not claim: files of an earlier write that {@code ours} claims are replaced or
   * removed. Refuses (changing nothing) when {@code dir} holds a file {@code ours} does not claim,
   * a directory, or anything else. Everything is written to a temporary directory first.
   */
  public static void replaceFiles(Path dir, Map<String, String> files, Predicate<String> ours)
      throws IOException {
    Path target = dir.toAbsolutePath();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new FileAlreadyExistsException(target + " exists and is not a directory");
    }
    if (Files.isDirectory(target)) {
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
        for (Path entry : entries) {
          String name = entry.getFileName().toString();
          if (!Files.isRegularFile(entry) || !ours.test(name)) {
            throw new FileAlreadyExistsException(
                target
                    + " holds "
                    + name
                    + ", which this command did not write: refusing to mix (use an "
                    + "empty or new directory)");
          }
        }
      }
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
    Path old = null;
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Files.writeString(staging.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
      if (Files.isDirectory(target)) {
        old = parent.resolve("." + target.getFileName() + ".old-" + System.nanoTime());
        move(target, old);
      }
      try {
        move(staging, target);
      } catch (IOException e) {
        if (old != null) {
          move(old, target); // put the earlier files back
          old = null;
        }
        throw e;
      }
    } finally {
      deleteTree(staging);
      if (old != null) {
        deleteTree(old);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && target != null) {
      Set<PosixFilePermission> permissions = source.readAttributes().permissions();
      target.setPermissions(permissions);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
