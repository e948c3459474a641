package ai.kubiya.runner.cli.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step of the CLI jar (runner-cli's pom, after the shade plugin): rewrites every class file
 * older than Java 6 (major version below 50; picocli is compiled for Java 5) as a Java 8 class file
 * with stack map frames, in place and atomically.
 *
 * <p>Why: the JVM verifies such classes with the old type-inferring verifier, and class-data
 * sharing cannot archive them, so the launcher's start-up archive skips them and every command
 * parses and verifies picocli again: about 60 ms of each CLI start on the reference machine. The
 * code is unchanged; only the version and the frames the split verifier needs are written. The step
 * then loads and links every rewritten class from the new jar, so a bad frame fails the build, not
 * a user's command.
 *
 * <p>Usage: {@code ClassFileUpgrade <jar>}. Prints one line; exits 1 with one line on failure.
 */
public final class ClassFileUpgrade {
  private static final int JAVA_6 = 50;

  private ClassFileUpgrade() {}

  /** Upgrades the class files of the jar named by {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ClassFileUpgrade <jar>");
      System.exit(2);
    }
    Path jar = Path.of(args[0]);
    Path tmp = jar.resolveSibling(jar.getFileName() + ".upgrade.tmp");
    List<String> upgraded = new ArrayList<>();
    try {
      try (URLClassLoader types = loaderOf(jar)) {
        rewrite(jar, tmp, types, upgraded);
      }
      try (URLClassLoader check = loaderOf(tmp)) {
        for (String name : upgraded) {
          Class.forName(name, true, check); // links, so the split verifier checks every frame
        }
      }
    } catch (IOException | RuntimeException | ClassNotFoundException | LinkageError e) {
      Files.deleteIfExists(tmp);
      System.err.println("ClassFileUpgrade: " + jar + ": " + e);
      System.exit(1);
    }
    Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println(
        "ClassFileUpgrade: " + upgraded.size() + " class files rewritten as Java 8 in " + jar);
  }

  private static void rewrite(Path jar, Path out, ClassLoader types, List<String> upgraded)
      throws IOException {
    try (JarFile in = new JarFile(jar.toFile(), false);
        OutputStream file = Files.newOutputStream(out);
        JarOutputStream target = new JarOutputStream(file)) {
      for (JarEntry entry : java.util.Collections.list(in.entries())) {
        byte[] bytes;
        try (InputStream data = in.getInputStream(entry)) {
          bytes = data.readAllBytes();
        }
        String name = entry.getName();
        if (name.endsWith(".class") && !name.startsWith("META-INF/") && major(bytes) < JAVA_6) {
          bytes = upgrade(bytes, types);
          upgraded.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
        JarEntry copy = new JarEntry(name);
        copy.setTime(entry.getTime());
        target.putNextEntry(copy);
        target.write(bytes);
        target.closeEntry();
      }
    }
  }

  private static int major(byte[] classFile) {
    if (classFile.length < 8) {
      return Integer.MAX_VALUE; // not a class file: left as it is
    }
    return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
  }

  private static byte[] upgrade(byte[] classFile, ClassLoader types) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer =
        new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
          @Override
          protected ClassLoader getClassLoader() {
            return types; // frames merge types by their common super class: the jar's own types
          }
        };
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int version,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
          }
        },
        ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }

  private static URLClassLoader loaderOf(Path jar) throws IOException {
    URL url = jar.toUri().toURL();
    return new URLClassLoader(new URL[] {url}, ClassLoader.getPlatformClassLoader());
  }
}
