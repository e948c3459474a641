package ai.kubiya.runner.nats;

import ai.kubiya.runner.model.io.BoundedInput;
import ai.kubiya.runner.nats.InvalidCredentialsException.Part;
import io.nats.client.AuthHandler;
import io.nats.client.NKey;
import io.nats.client.Nats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * NATS user credentials: a user JWT and the NKEY seed of the user it names, as a {@code .creds}
 * file holds them. Read them from {@code .creds} text, a file or the base64 form the chart's {@code
 * nats.jwt} and {@code nats.secondJwt} values hold; write them back in the standard layout.
 *
 * <pre>{@code
 * NatsCredentials creds = NatsCredentials.fromBase64(values.nats().jwt());
 * creds.claims().name();            // Optional[my-runner]
 * creds.signatureValid();           // the JWT verifies against its issuer's key
 * creds.seedMatchesSubject();       // the seed belongs to the JWT's user
 * }</pre>
 *
 * <p>Reading checks the form (both blocks present, a decodable user JWT, a user seed); whether the
 * signature verifies, the seed belongs to the JWT's user, or the JWT has expired are questions to
 * ask of the result, so that wrong credentials can still be inspected. The seed and the JWT never
 * appear in {@link #toString()} or in any exception message.
 */
public final class NatsCredentials {
  private static final Pattern BARE_JWT =
      Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final String jwt;
  private final char[] seed;
  private final UserJwt decoded;
  private final String seedPublicKey;

  private NatsCredentials(String jwt, char[] seed, UserJwt decoded, String seedPublicKey) {
    this.jwt = jwt;
    this.seed = seed;
    this.decoded = decoded;
    this.seedPublicKey = seedPublicKey;
  }

  /** Credentials made of a user JWT and a user NKEY seed ({@code SU...}). */
  public static NatsCredentials of(String jwt, String seed) {
    Objects.requireNonNull(jwt, "jwt");
    Objects.requireNonNull(seed, "seed");
    UserJwt decoded = UserJwt.decode(jwt);
    char[] seedChars = seed.strip().toCharArray();
    return new NatsCredentials(jwt.strip(), seedChars, decoded, userPublicKey(seedChars));
  }

  /** Reads {@code .creds} text. */
  public static NatsCredentials parse(CharSequence text) {
    CredsText creds = CredsText.parse(Objects.requireNonNull(text, "text"));
    UserJwt decoded;
    try {
      decoded = UserJwt.decode(creds.jwt());
    } catch (InvalidCredentialsException e) {
      throw e.atLine(creds.jwtLine());
    }
    char[] seed = creds.seed().toCharArray();
    try {
      return new NatsCredentials(creds.jwt(), seed, decoded, userPublicKey(seed));
    } catch (InvalidCredentialsException e) {
      throw e.atLine(creds.seedLine());
    }
  }

  /**
   * Reads a file holding a {@code .creds} text or its base64 (the form of the chart's values);
   * problems name the file and the line.
   */
  public static NatsCredentials read(Path file) throws IOException {
    return read(BoundedInput.readUtf8(file, BoundedInput.CREDS_LIMIT), file.toString());
  }

  /**
   * Reads a {@code .creds} text or its base64 from {@code in} (not closed); problems name {@code
   * name}, for example {@code <stdin>}.
   */
  public static NatsCredentials read(InputStream in, String name) throws IOException {
    return read(BoundedInput.readUtf8(in, name, BoundedInput.CREDS_LIMIT), name);
  }

  private static NatsCredentials read(String text, String name) {
    try {
      return text.contains("BEGIN " + CredsText.JWT_BLOCK) || text.isBlank()
          ? parse(text)
          : fromBase64(text);
    } catch (InvalidCredentialsException e) {
      throw e.inFile(name);
    }
  }

  /**
   * Reads the base64 of a whole {@code .creds} file, the form the chart's {@code nats.jwt} and
   * {@code nats.secondJwt} hold. Line breaks and spaces in the base64 are ignored.
   */
  public static NatsCredentials fromBase64(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidCredentialsException(Part.BASE64, "the value is empty");
    }
    String compact = WHITESPACE.matcher(value).replaceAll("");
    if (value.contains("BEGIN " + CredsText.JWT_BLOCK)) {
      throw new InvalidCredentialsException(
          Part.BASE64,
          "the value is a .creds file, not its base64 (encode the file with 'base64 -w0')");
    }
    if (BARE_JWT.matcher(compact).matches()) {
      throw new InvalidCredentialsException(
          Part.BASE64,
          "the value is a bare user JWT, not the base64 of a whole .creds file (JWT and seed)");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(compact);
    } catch (IllegalArgumentException e) {
      throw new InvalidCredentialsException(
          Part.BASE64, "the value is not base64 (expected the base64 of a .creds file)");
    }
    String text = utf8(bytes);
    if (!text.contains("BEGIN " + CredsText.JWT_BLOCK)) {
      throw new InvalidCredentialsException(
          Part.BASE64,
          "the value decodes to "
              + bytes.length
              + " bytes that are not a .creds file"
              + " (no '-----BEGIN "
              + CredsText.JWT_BLOCK
              + "-----' block); a placeholder is not credentials");
    }
    try {
      return parse(text);
    } catch (InvalidCredentialsException e) {
      throw e.inDecodedValue();
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidCredentialsException(
          Part.BASE64,
          "the value decodes to "
              + bytes.length
              + " bytes of binary data, not the text of a .creds file;"
              + " a placeholder is not credentials");
    }
  }

  private static String userPublicKey(char[] seed) {
    NKey key;
    try {
      key = NKey.fromSeed(seed);
    } catch (RuntimeException e) {
      throw new InvalidCredentialsException(
          Part.SEED, "the NKEY seed is not a valid NKEY seed (wrong encoding or checksum)");
    }
    if (key.getType() != NKey.Type.USER) {
      throw new InvalidCredentialsException(
          Part.SEED,
          "the NKEY seed is the seed of " + article(key.getType()) + " key, not of a user key");
    }
    try {
      return new String(key.getPublicKey());
    } catch (GeneralSecurityException | IOException e) {
      throw new InvalidCredentialsException(Part.SEED, "the NKEY seed does not give a public key");
    }
  }

  private static String article(NKey.Type type) {
    String name = type.name().toLowerCase(java.util.Locale.ROOT);
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  /** The JWT's claims. */
  public NatsUserClaims claims() {
    return decoded.claims();
  }

  /** The public key ({@code U...}) of the seed. */
  public String publicKey() {
    return seedPublicKey;
  }

  /** Whether the JWT's signature verifies against the key its {@code iss} claim names. */
  public boolean signatureValid() {
    return decoded.signatureValid();
  }

  /** Whether the seed is the seed of the user the JWT was issued to ({@code sub}). */
  public boolean seedMatchesSubject() {
    return seedPublicKey.equals(claims().subject());
  }

  /** The {@code .creds} text, in the standard layout. Secret: never log it. */
  public String toCredsText() {
    return CredsText.format(jwt, new String(seed));
  }

  /** The base64 of the {@code .creds} text: the form of the chart's {@code nats.jwt}. Secret. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(toCredsText().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes the {@code .creds} text to a new file {@code file}, readable by its owner only where the
   * file system has POSIX permissions.
   */
  public void writeTo(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, toCredsText(), StandardCharsets.UTF_8);
  }

  /** A jnats {@link AuthHandler} that presents these credentials to a server. */
  public AuthHandler authHandler() {
    return Nats.staticCredentials(jwt.toCharArray(), seed.clone());
  }

  /**
   * {@code message} with any piece of these credentials in it masked: a safety net for foreign
   * messages.
   */
  String redact(String message) {
    String redacted = message.replace(new String(seed), "<redacted>");
    for (String part : jwt.split("\\.")) {
      if (part.length() >= 8) {
        redacted = redacted.replace(part, "<redacted>");
      }
    }
    return redacted;
  }

  /** Names the runner and the user; the JWT and the seed are masked. */
  @Override
  public String toString() {
    return "NatsCredentials{name="
        + claims().name().orElse("")
        + ", user="
        + claims().subject()
        + ", jwt=<redacted>, seed=<redacted>}";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NatsCredentials
        && ((NatsCredentials) o).jwt.equals(jwt)
        && Arrays.equals(((NatsCredentials) o).seed, seed);
  }

  @Override
  public int hashCode() {
    return 31 * jwt.hashCode() + Arrays.hashCode(seed);
  }
}
