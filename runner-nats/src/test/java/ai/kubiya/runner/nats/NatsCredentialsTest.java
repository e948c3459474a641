package ai.kubiya.runner.nats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.kubiya.runner.nats.InvalidCredentialsException.Part;
import io.nats.client.NKey;
import io.nats.client.support.JwtUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NatsCredentialsTest {
  private static final TestNatsPki PKI = TestNatsPki.create();
  private static final Instant ISSUED =
      Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));

  private final TestNatsPki.TestUser user =
      PKI.user("runner-a")
          .publish("kubiya.runner-a.>", "_INBOX.>")
          .denyPublish("kubiya.runner-a.secret")
          .subscribe("kubiya.runner-a.commands")
          .valid(ISSUED, Duration.ofDays(30))
          .issue();

  @TempDir Path dir;

  @Test
  void decodesTheClaimsTheIssuerPutInTheJwt() {
    NatsUserClaims claims = NatsCredentials.of(user.jwt, user.seed).claims();

    assertEquals(Optional.of("runner-a"), claims.name());
    assertEquals(TestNatsPki.publicKey(PKI.accountSigningKey), claims.issuer());
    assertEquals(Optional.of(TestNatsPki.publicKey(PKI.account)), claims.issuerAccount());
    assertEquals(TestNatsPki.publicKey(PKI.account), claims.account());
    assertEquals(Optional.of(ISSUED), claims.issuedAt());
    assertEquals(Optional.of(ISSUED.plus(Duration.ofDays(30))), claims.expiresAt());
    assertEquals(List.of("kubiya.runner-a.>", "_INBOX.>"), claims.publish().allow());
    assertEquals(List.of("kubiya.runner-a.secret"), claims.publish().deny());
    assertEquals(List.of("kubiya.runner-a.commands"), claims.subscribe().allow());
    assertTrue(claims.id().isPresent());
  }

  @Test
  void theSubjectIsTheUserWhoseSeedCameWithTheJwt() throws Exception {
    NatsCredentials creds = NatsCredentials.of(user.jwt, user.seed);

    assertEquals(
        new String(NKey.fromSeed(user.seed.toCharArray()).getPublicKey()),
        creds.claims().subject());
    assertEquals(creds.claims().subject(), creds.publicKey());
    assertTrue(creds.seedMatchesSubject());
    assertTrue(creds.signatureValid());
  }

  @Test
  void aSeedOfAnotherUserDoesNotMatchTheSubject() {
    String otherSeed = new String(TestNatsPki.newUserKey().getSeed());

    NatsCredentials mixed = NatsCredentials.of(user.jwt, otherSeed);

    assertFalse(mixed.seedMatchesSubject());
    assertTrue(mixed.signatureValid(), "the JWT itself is genuine");
  }

  @Test
  void alteredClaimsNoLongerVerify() {
    String[] parts = user.jwt.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String altered = claims.replace("\"runner-a\"", "\"runner-b\"");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(altered.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    NatsCredentials creds = NatsCredentials.of(forged, user.seed);

    assertEquals(Optional.of("runner-b"), creds.claims().name());
    assertFalse(creds.signatureValid());
  }

  @Test
  void aJwtSignedByAKeyOtherThanItsIssuerDoesNotVerify() {
    TestNatsPki.TestUser stranger =
        PKI.user("runner-a").signedBy(TestNatsPki.create().accountSigningKey).issue();
    String[] parts = stranger.jwt.split("\\.");
    String[] genuine = user.jwt.split("\\.");

    assertFalse(
        NatsCredentials.of(genuine[0] + "." + genuine[1] + "." + parts[2], user.seed)
            .signatureValid());
  }

  @Test
  void writesTheStandardLayoutAndReadsItBack() throws Exception {
    NatsCredentials creds = NatsCredentials.of(user.jwt, user.seed);

    String text = creds.toCredsText();
    List<String> lines = text.lines().collect(Collectors.toList());
    assertEquals("-----BEGIN NATS USER JWT-----", lines.get(0));
    assertEquals(user.jwt, lines.get(1));
    assertEquals("------END NATS USER JWT------", lines.get(2));
    int seedBegin = lines.indexOf("-----BEGIN USER NKEY SEED-----");
    assertEquals(user.seed, lines.get(seedBegin + 1));
    assertEquals("------END USER NKEY SEED------", lines.get(seedBegin + 2));
    assertEquals(creds, NatsCredentials.parse(text));
    assertEquals(creds, NatsCredentials.fromBase64(creds.toBase64()));
  }

  @Test
  void readsWhatJnatsWrites() {
    @SuppressWarnings("deprecation")
    String jnatsText = String.format(JwtUtils.NATS_USER_JWT_FORMAT, user.jwt, user.seed);

    NatsCredentials creds = NatsCredentials.parse(jnatsText);

    assertEquals(NatsCredentials.of(user.jwt, user.seed), creds);
  }

  @Test
  void readsWindowsLineEndingsAndWrappedBase64() {
    String crlf = CredsText.format(user.jwt, user.seed).replace("\n", "\r\n");
    String base64 = Base64.getMimeEncoder().encodeToString(crlf.getBytes(StandardCharsets.UTF_8));
    assertTrue(base64.contains("\r\n"), "the MIME encoder wraps lines");

    assertEquals(NatsCredentials.of(user.jwt, user.seed), NatsCredentials.fromBase64(base64));
  }

  @Test
  void writesAFileOnlyItsOwnerCanReadAndReadsItBack() throws Exception {
    NatsCredentials creds = NatsCredentials.of(user.jwt, user.seed);
    Path file = dir.resolve("runner.creds");

    creds.writeTo(file);

    assertEquals(creds, NatsCredentials.read(file));
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
    assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> creds.writeTo(file));
  }

  @Test
  void toStringNamesTheRunnerAndUserButMasksTheSecrets() {
    NatsCredentials creds = NatsCredentials.of(user.jwt, user.seed);

    String shown = creds.toString();

    assertTrue(shown.contains("runner-a"), shown);
    assertTrue(shown.contains(creds.claims().subject()), shown);
    NoSecrets.assertNone(shown, user);
    NoSecrets.assertNone(creds.claims().toString(), user);
  }

  @Test
  void aJwtWithoutANameHasNoName() throws Exception {
    NKey key = TestNatsPki.newUserKey();
    String jwt =
        JwtUtils.issueJWT(
            PKI.accountSigningKey,
            TestNatsPki.publicKey(key),
            null,
            null,
            JwtUtils.currentTimeSeconds(),
            TestNatsPki.publicKey(PKI.accountSigningKey),
            new JwtUtils.UserClaim(TestNatsPki.publicKey(PKI.account)));

    NatsCredentials creds = NatsCredentials.of(jwt, new String(key.getSeed()));

    assertEquals(Optional.empty(), creds.claims().name());
    assertEquals(Optional.empty(), creds.claims().expiresAt());
    assertTrue(creds.claims().publish().isUnrestricted());
    assertTrue(creds.signatureValid());
  }

  // ---- malformed input: the part, the line, a clear message, and nothing secret ----

  private InvalidCredentialsException parseFails(String text) {
    InvalidCredentialsException e =
        assertThrows(InvalidCredentialsException.class, () -> NatsCredentials.parse(text));
    NoSecrets.assertNone(e.getMessage(), user);
    return e;
  }

  private String creds() {
    return CredsText.format(user.jwt, user.seed);
  }

  private static String b64url(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyText() {
    InvalidCredentialsException e = parseFails(" \n\n");
    assertEquals(Part.CREDS_FILE, e.part());
    assertEquals("the credentials are empty", e.getMessage());
  }

  @Test
  void noJwtBlock() {
    InvalidCredentialsException e =
        parseFails(
            "-----BEGIN USER NKEY SEED-----\n" + user.seed + "\n------END USER NKEY SEED------\n");
    assertEquals(Part.CREDS_FILE, e.part());
    assertEquals("no '-----BEGIN NATS USER JWT-----' block found", e.getMessage());
  }

  @Test
  void aBareJwtIsNamedAsSuch() {
    InvalidCredentialsException e = parseFails(user.jwt + "\n");
    assertTrue(e.getMessage().contains("it holds a bare JWT"), e.getMessage());
  }

  @Test
  void noSeedBlock() {
    String text = creds();
    InvalidCredentialsException e =
        parseFails(text.substring(0, text.indexOf("-----BEGIN USER NKEY SEED")));
    assertEquals(Part.CREDS_FILE, e.part());
    assertEquals("no '-----BEGIN USER NKEY SEED-----' block found", e.getMessage());
  }

  @Test
  void aJwtBlockWithoutEnd() {
    InvalidCredentialsException e = parseFails("-----BEGIN NATS USER JWT-----\n" + user.jwt + "\n");
    assertEquals(Part.CREDS_FILE, e.part());
    assertEquals(OptionalInt.of(1), e.line());
    assertEquals("line 1: the NATS USER JWT block has no END line", e.getMessage());
  }

  @Test
  void anEmptySeedBlock() {
    String text = creds().replace(user.seed + "\n", "");
    InvalidCredentialsException e = parseFails(text);
    assertEquals(Part.SEED, e.part());
    assertEquals(OptionalInt.of(10), e.line());
  }

  @Test
  void twoLinesInTheJwtBlock() {
    String text = creds().replace(user.jwt + "\n", user.jwt + "\n" + user.jwt + "\n");
    InvalidCredentialsException e = parseFails(text);
    assertEquals(Part.JWT, e.part());
    assertEquals(OptionalInt.of(3), e.line());
  }

  @Test
  void twoJwtBlocks() {
    InvalidCredentialsException e = parseFails(creds() + creds());
    assertEquals(Part.CREDS_FILE, e.part());
    assertTrue(e.getMessage().contains("a second NATS USER JWT block starts here"), e.getMessage());
  }

  @Test
  void aJwtThatIsNotThreeParts() {
    String[] parts = user.jwt.split("\\.");
    InvalidCredentialsException e =
        parseFails(creds().replace(user.jwt, parts[0] + "." + parts[1]));
    assertEquals(Part.JWT, e.part());
    assertEquals(
        "line 2: the user JWT is not three dot-separated parts (header.claims.signature)",
        e.getMessage());
  }

  @Test
  void aJwtWhoseClaimsAreNotJson() {
    String[] parts = user.jwt.split("\\.");
    InvalidCredentialsException e =
        parseFails(
            creds().replace(user.jwt, parts[0] + "." + b64url("{\"sub\": oops") + "." + parts[2]));
    assertEquals(Part.JWT, e.part());
    assertEquals("line 2: the user JWT claims are not JSON", e.getMessage());
  }

  @Test
  void aJwtWhoseHeaderIsNotBase64url() {
    String[] parts = user.jwt.split("\\.");
    InvalidCredentialsException e =
        parseFails(creds().replace(user.jwt, "e$J*." + parts[1] + "." + parts[2]));
    assertEquals("line 2: the user JWT header is not base64url", e.getMessage());
  }

  @Test
  void aJwtWithAnotherAlgorithm() {
    String[] parts = user.jwt.split("\\.");
    String hs256 = b64url("{\"typ\":\"JWT\",\"alg\":\"HS256\"}");
    InvalidCredentialsException e =
        parseFails(creds().replace(user.jwt, hs256 + "." + parts[1] + "." + parts[2]));
    assertEquals(
        "line 2: the user JWT header does not name the NATS signature algorithm 'ed25519-nkey'",
        e.getMessage());
  }

  @Test
  void anAccountJwtIsNotAUserJwt() {
    InvalidCredentialsException e = parseFails(creds().replace(user.jwt, PKI.accountJwt));
    assertEquals(Part.JWT, e.part());
    assertEquals(
        "line 2: the JWT is an 'account' JWT, but credentials need a user JWT", e.getMessage());
  }

  @Test
  void aSubjectThatIsNotAUserKey() {
    String[] parts = user.jwt.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String account = TestNatsPki.publicKey(PKI.account);
    String subject = NatsCredentials.of(user.jwt, user.seed).claims().subject();
    String wrong = parts[0] + "." + b64url(claims.replace(subject, account)) + "." + parts[2];

    InvalidCredentialsException e = parseFails(creds().replace(user.jwt, wrong));
    assertEquals(
        "line 2: the user JWT's 'sub' claim is not a user public key (U...)", e.getMessage());
  }

  @Test
  void aSeedWithABadChecksum() {
    char[] seed = user.seed.toCharArray();
    seed[20] = seed[20] == 'A' ? 'B' : 'A';
    InvalidCredentialsException e = parseFails(creds().replace(user.seed, new String(seed)));
    assertEquals(Part.SEED, e.part());
    assertEquals(OptionalInt.of(10), e.line());
    assertEquals(
        "line 10: the NKEY seed is not a valid NKEY seed (wrong encoding or checksum)",
        e.getMessage());
  }

  @Test
  void anAccountSeedIsNotAUserSeed() {
    String accountSeed = new String(PKI.account.getSeed());
    InvalidCredentialsException e = parseFails(creds().replace(user.seed, accountSeed));
    assertEquals(Part.SEED, e.part());
    assertEquals(
        "line 10: the NKEY seed is the seed of an account key, not of a user key", e.getMessage());
    assertFalse(e.getMessage().contains(accountSeed));
  }

  @Test
  void aFileNamesItselfAndTheLine() throws Exception {
    Path file = dir.resolve("broken.creds");
    Files.writeString(file, creds().replace(user.seed, "SUAnotaseed"));

    InvalidCredentialsException e =
        assertThrows(InvalidCredentialsException.class, () -> NatsCredentials.read(file));

    assertEquals(
        file + ":10: the NKEY seed is not a valid NKEY seed (wrong encoding or checksum)",
        e.getMessage());
  }

  @Test
  void aFileOrStreamMayHoldTheBase64Form() throws Exception {
    NatsCredentials creds = NatsCredentials.of(user.jwt, user.seed);
    Path file = dir.resolve("runner.creds.b64");
    Files.writeString(file, creds.toBase64() + "\n");

    assertEquals(creds, NatsCredentials.read(file));
    assertEquals(
        creds,
        NatsCredentials.read(
            new java.io.ByteArrayInputStream(creds.toBase64().getBytes(StandardCharsets.UTF_8)),
            "<stdin>"));
    assertEquals(
        creds,
        NatsCredentials.read(
            new java.io.ByteArrayInputStream(creds.toCredsText().getBytes(StandardCharsets.UTF_8)),
            "<stdin>"));
  }

  @Test
  void problemsInABase64FileNameTheFileAndTheDecodedLine() throws Exception {
    Path file = dir.resolve("broken.b64");
    String text = creds().replace(user.seed, "SUAnotaseed");
    Files.writeString(
        file, Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));

    InvalidCredentialsException e =
        assertThrows(InvalidCredentialsException.class, () -> NatsCredentials.read(file));

    assertEquals(
        file
            + ": line 10 of the decoded .creds: the NKEY seed is not a valid NKEY "
            + "seed (wrong encoding or checksum)",
        e.getMessage());
    InvalidCredentialsException empty =
        assertThrows(
            InvalidCredentialsException.class,
            () -> NatsCredentials.read(new java.io.ByteArrayInputStream(new byte[0]), "<stdin>"));
    assertEquals("<stdin>: the credentials are empty", empty.getMessage());
  }

  // ---- the base64 form of the chart's values ----

  private InvalidCredentialsException base64Fails(String value) {
    InvalidCredentialsException e =
        assertThrows(InvalidCredentialsException.class, () -> NatsCredentials.fromBase64(value));
    NoSecrets.assertNone(e.getMessage(), user);
    return e;
  }

  @Test
  void aPlaceholderIsNotCredentials() {
    InvalidCredentialsException e = base64Fails("xxx");
    assertEquals(Part.BASE64, e.part());
    assertTrue(e.getMessage().contains("a placeholder is not credentials"), e.getMessage());
    assertFalse(e.getMessage().contains("xxx"));
  }

  @Test
  void base64OfSomethingElseIsNotCredentials() {
    InvalidCredentialsException e =
        base64Fails(
            Base64.getEncoder().encodeToString("changeme".getBytes(StandardCharsets.UTF_8)));
    assertEquals(Part.BASE64, e.part());
    assertTrue(
        e.getMessage().startsWith("the value decodes to 8 bytes that are not a .creds file"),
        e.getMessage());
    assertFalse(e.getMessage().contains("changeme"));
  }

  @Test
  void notBase64AtAll() {
    InvalidCredentialsException e = base64Fails("not base64!");
    assertEquals("the value is not base64 (expected the base64 of a .creds file)", e.getMessage());
  }

  @Test
  void aRawCredsFileIsNamedAsSuch() {
    InvalidCredentialsException e = base64Fails(creds());
    assertEquals(
        "the value is a .creds file, not its base64 (encode the file with 'base64 -w0')",
        e.getMessage());
  }

  @Test
  void aBareJwtInTheValueIsNamedAsSuch() {
    InvalidCredentialsException e = base64Fails(user.jwt);
    assertEquals(
        "the value is a bare user JWT, not the base64 of a whole .creds file (JWT and seed)",
        e.getMessage());
  }

  @Test
  void anEmptyValue() {
    assertEquals("the value is empty", base64Fails("  ").getMessage());
  }

  @Test
  void problemsInsideTheDecodedFileNameTheLine() {
    String text = creds().replace(user.seed, "SUAnotaseed");
    InvalidCredentialsException e =
        base64Fails(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Part.SEED, e.part());
    assertEquals(
        "line 10 of the decoded .creds: the NKEY seed is not a valid NKEY "
            + "seed (wrong encoding or checksum)",
        e.getMessage());
  }

  @Test
  void noMessageOfAnyMalformedInputQuotesTheSecrets() {
    String text = creds();
    List<String> variants =
        IntStream.range(0, text.length() / 7)
            .mapToObj(i -> text.substring(0, i * 7) + "#" + text.substring(i * 7 + 1))
            .collect(Collectors.toList());
    for (String variant : variants) {
      assertNothingSecretEscapes(() -> NatsCredentials.parse(variant));
      String base64 = Base64.getEncoder().encodeToString(variant.getBytes(StandardCharsets.UTF_8));
      assertNothingSecretEscapes(() -> NatsCredentials.fromBase64(base64));
    }
  }

  private void assertNothingSecretEscapes(java.util.function.Supplier<NatsCredentials> read) {
    try {
      NoSecrets.assertNone(read.get().toString(), user);
    } catch (InvalidCredentialsException e) {
      NoSecrets.assertNone(e.getMessage(), user);
    }
  }
}
