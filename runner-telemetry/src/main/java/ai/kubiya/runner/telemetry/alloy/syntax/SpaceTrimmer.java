package ai.kubiya.runner.telemetry.alloy.syntax;

/**
 * Drops trailing blanks and tabs of every line, turns formfeeds into newlines and vertical tabs
 * into tabs, and strips the escape bytes around text that must pass unchanged (comments).
 */
final class SpaceTrimmer implements ByteSink {
  private enum State {
    SPACE,
    ESCAPE,
    TEXT
  }

  private final ByteSink next;
  private State state = State.SPACE;
  private final ByteBuffer space = new ByteBuffer();

  SpaceTrimmer(ByteSink next) {
    this.next = next;
  }

  private void discardSpace() {
    state = State.SPACE;
    space.truncate(0);
  }

  @Override
  public void write(byte[] data, int off, int len) {
    int textStart = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      byte b = data[i];
      if (b == 0x0B) {
        b = '\t';
      }
      switch (state) {
        case SPACE:
          if (b == '\t' || b == ' ') {
            space.append(b);
          } else if (b == '\n' || b == '\f') {
            discardSpace();
            next.write(new byte[] {'\n'});
          } else if (b == ElasticTabWriter.ESCAPE) {
            next.write(space.array(), 0, space.size());
            state = State.ESCAPE;
            textStart = i + 1;
          } else {
            next.write(space.array(), 0, space.size());
            state = State.TEXT;
            textStart = i;
          }
          break;
        case ESCAPE:
          if (b == ElasticTabWriter.ESCAPE) {
            next.write(data, textStart, i - textStart);
            discardSpace();
          }
          break;
        case TEXT:
          if (b == '\t' || b == ' ') {
            next.write(data, textStart, i - textStart);
            discardSpace();
            space.append(b);
          } else if (b == '\n' || b == '\f') {
            next.write(data, textStart, i - textStart);
            discardSpace();
            next.write(new byte[] {'\n'});
          } else if (b == ElasticTabWriter.ESCAPE) {
            next.write(data, textStart, i - textStart);
            state = State.ESCAPE;
            textStart = i + 1;
          }
          break;
        default:
          throw new IllegalStateException();
      }
    }
    if (state == State.ESCAPE || state == State.TEXT) {
      next.write(data, textStart, end - textStart);
      discardSpace();
    }
  }
}
