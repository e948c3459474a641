package ai.kubiya.runner.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that passes text on line by line, each line scrubbed of every secret the running command
 * knows ({@link CliSecrets}): what reaches stderr never holds a known secret, whoever wrote it (an
 * error handler, a progress line, a library's message).
 */
final class ScrubbingWriter extends Writer {
  private final Writer target;
  private final StringBuilder pending = new StringBuilder();

  ScrubbingWriter(Writer target) {
    this.target = target;
  }

  @Override
  public synchronized void write(char[] chars, int off, int len) throws IOException {
    pending.append(chars, off, len);
    int newline = pending.lastIndexOf("\n");
    if (newline >= 0) {
      target.write(CliSecrets.scrub(pending.substring(0, newline + 1)));
      pending.delete(0, newline + 1);
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    if (pending.length() > 0) {
      target.write(CliSecrets.scrub(pending.toString()));
      pending.setLength(0);
    }
    target.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    flush();
    target.close();
  }
}
