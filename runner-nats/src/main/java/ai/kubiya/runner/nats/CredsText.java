package ai.kubiya.runner.nats;

import ai.kubiya.runner.nats.InvalidCredentialsException.Part;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code .creds} text layout: a {@code NATS USER JWT} block and a {@code USER NKEY SEED} block,
 * each between dashed BEGIN and END lines, with free text around them. Errors never quote the text.
 */
final class CredsText {
  static final String JWT_BLOCK = "NATS USER JWT";
  static final String SEED_BLOCK = "USER NKEY SEED";

  private static final Pattern BARE_JWT =
      Pattern.compile("^eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$");

  private final String jwt;
  private final int jwtLine;
  private final String seed;
  private final int seedLine;

  private CredsText(String jwt, int jwtLine, String seed, int seedLine) {
    this.jwt = jwt;
    this.jwtLine = jwtLine;
    this.seed = seed;
    this.seedLine = seedLine;
  }

  String jwt() {
    return jwt;
  }

  /** The 1-based line the JWT is on. */
  int jwtLine() {
    return jwtLine;
  }

  String seed() {
    return seed;
  }

  /** The 1-based line the seed is on. */
  int seedLine() {
    return seedLine;
  }

  /** Finds the two blocks of a {@code .creds} text. */
  static CredsText parse(CharSequence text) {
    List<String> lines = text.toString().lines().toList();
    if (lines.stream().allMatch(String::isBlank)) {
      throw new InvalidCredentialsException(Part.CREDS_FILE, "the credentials are empty");
    }
    Block jwt = Block.find(lines, JWT_BLOCK, Part.JWT);
    if (jwt == null) {
      String hint =
          lines.size() == 1 && BARE_JWT.matcher(lines.get(0).strip()).matches()
              ? ": it holds a bare JWT, but a .creds file holds the user JWT and its NKEY seed"
              : "";
      throw new InvalidCredentialsException(
          Part.CREDS_FILE, "no '-----BEGIN " + JWT_BLOCK + "-----' block found" + hint);
    }
    Block seed = Block.find(lines, SEED_BLOCK, Part.SEED);
    if (seed == null) {
      throw new InvalidCredentialsException(
          Part.CREDS_FILE, "no '-----BEGIN " + SEED_BLOCK + "-----' block found");
    }
    return new CredsText(jwt.content, jwt.contentLine, seed.content, seed.contentLine);
  }

  /** The standard layout, as {@code nsc} and the NATS tools write it. */
  static String format(String jwt, String seed) {
    return "-----BEGIN "
        + JWT_BLOCK
        + "-----\n"
        + jwt
        + "\n"
        + "------END "
        + JWT_BLOCK
        + "------\n"
        + "\n"
        + "************************* IMPORTANT *************************\n"
        + "NKEY Seed printed below can be used to sign and prove identity.\n"
        + "NKEYs are sensitive and should be treated as secrets.\n"
        + "\n"
        + "-----BEGIN "
        + SEED_BLOCK
        + "-----\n"
        + seed
        + "\n"
        + "------END "
        + SEED_BLOCK
        + "------\n"
        + "\n"
        + "*************************************************************\n";
  }

  /** One BEGIN/END block and its single content line. */
  private static final class Block {
    final String content;
    final int contentLine;

    private Block(String content, int contentLine) {
      this.content = content;
      this.contentLine = contentLine;
    }

    static Block find(List<String> lines, String name, Part part) {
      Pattern begin = marker("BEGIN", name);
      Pattern end = marker("END", name);
      int beginAt = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (begin.matcher(lines.get(i).strip()).matches()) {
          if (beginAt >= 0) {
            throw new InvalidCredentialsException(
                    Part.CREDS_FILE, "a second " + name + " block starts here")
                .atLine(i + 1);
          }
          beginAt = i;
        }
      }
      if (beginAt < 0) {
        return null;
      }
      String content = null;
      int contentLine = 0;
      for (int i = beginAt + 1; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (end.matcher(line).matches()) {
          if (content == null) {
            throw new InvalidCredentialsException(part, "the " + name + " block is empty")
                .atLine(i + 1);
          }
          return new Block(content, contentLine);
        }
        if (line.isEmpty()) {
          continue;
        }
        if (content != null || line.startsWith("---")) {
          throw new InvalidCredentialsException(
                  part,
                  "the "
                      + name
                      + " block must hold one line and end with '------END "
                      + name
                      + "------'")
              .atLine(i + 1);
        }
        content = line;
        contentLine = i + 1;
      }
      throw new InvalidCredentialsException(
              Part.CREDS_FILE, "the " + name + " block has no END line")
          .atLine(beginAt + 1);
    }

    private static Pattern marker(String kind, String name) {
      return Pattern.compile(
          "^-{3,}\\s*" + kind + " " + Pattern.quote(name) + "\\s*-{3,}$", Pattern.CASE_INSENSITIVE);
    }
  }
}
