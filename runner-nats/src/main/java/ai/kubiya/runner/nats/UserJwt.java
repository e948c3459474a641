package ai.kubiya.runner.nats;

import ai.kubiya.runner.nats.InvalidCredentialsException.Part;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nats.client.NKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A decoded NATS user JWT (ADR-14: {@code header.claims.signature}, each base64url, signed with
 * ed25519 by the NKEY its {@code iss} claim names). Errors name the part that is wrong and never
 * quote the token.
 */
final class UserJwt {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ALGORITHMS = Set.of("ed25519-nkey", "ed25519");
  private static final int SIGNATURE_BYTES = 64;

  private final NatsUserClaims claims;
  private final boolean signatureValid;

  private UserJwt(NatsUserClaims claims, boolean signatureValid) {
    this.claims = claims;
    this.signatureValid = signatureValid;
  }

  NatsUserClaims claims() {
    return claims;
  }

  /** Whether the signature verifies against the {@code iss} key. */
  boolean signatureValid() {
    return signatureValid;
  }

  static UserJwt decode(String token) {
    String[] parts = token.strip().split("\\.", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
      throw invalid("the user JWT is not three dot-separated parts (header.claims.signature)");
    }
    JsonNode header = json(base64url(parts[0], "header"), "the user JWT header is");
    if (!ALGORITHMS.contains(header.path("alg").asText(""))) {
      throw invalid(
          "the user JWT header does not name the NATS signature algorithm 'ed25519-nkey'");
    }
    NatsUserClaims claims = claims(json(base64url(parts[1], "claims"), "the user JWT claims are"));
    byte[] signature = base64url(parts[2], "signature");
    if (signature.length != SIGNATURE_BYTES) {
      throw invalid(
          "the user JWT signature is not an ed25519 signature (" + SIGNATURE_BYTES + " bytes)");
    }
    byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    return new UserJwt(claims, verifies(claims.issuer(), signed, signature));
  }

  private static boolean verifies(String issuer, byte[] signed, byte[] signature) {
    try {
      return NKey.fromPublicKey(issuer.toCharArray()).verify(signed, signature);
    } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private static NatsUserClaims claims(JsonNode body) {
    JsonNode nats = body.path("nats");
    String type = nats.path("type").asText(body.path("type").asText("user"));
    if (!type.equals("user")) {
      String shown = type.matches("[a-z_]{1,20}") ? "an '" + type + "' JWT" : "not a user JWT";
      throw invalid("the JWT is " + shown + ", but credentials need a user JWT");
    }
    String subject =
        requiredKey(body, "sub", NKey::isValidPublicUserKey, "a user public key (U...)");
    String issuer =
        requiredKey(body, "iss", NKey::isValidPublicAccountKey, "an account public key (A...)");
    ImmutableNatsUserClaims.Builder claims =
        NatsUserClaims.builder()
            .subject(subject)
            .issuer(issuer)
            .name(text(body, "name"))
            .id(text(body, "jti"))
            .issuedAt(instant(body, "iat"))
            .expiresAt(instant(body, "exp"))
            .publish(permissions(nats.path("pub"), "nats.pub"))
            .subscribe(permissions(nats.path("sub"), "nats.sub"));
    if (nats.hasNonNull("issuer_account")) {
      claims.issuerAccount(
          requiredKey(
              nats,
              "issuer_account",
              NKey::isValidPublicAccountKey,
              "an account public key (A...)"));
    }
    return claims.build();
  }

  private interface KeyRule {
    boolean test(char[] key);
  }

  private static String requiredKey(JsonNode node, String claim, KeyRule rule, String expected) {
    JsonNode value = node.get(claim);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw invalid("the user JWT has no '" + claim + "' claim");
    }
    if (!isValid(rule, value.asText())) {
      throw invalid("the user JWT's '" + claim + "' claim is not " + expected);
    }
    return value.asText();
  }

  private static boolean isValid(KeyRule rule, String key) {
    try {
      return rule.test(key.toCharArray());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Optional<String> text(JsonNode node, String claim) {
    JsonNode value = node.get(claim);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw invalid("the user JWT's '" + claim + "' claim is not a string");
    }
    return value.asText().isEmpty() ? Optional.empty() : Optional.of(value.asText());
  }

  private static Optional<Instant> instant(JsonNode node, String claim) {
    JsonNode value = node.get(claim);
    if (value == null || value.isNull() || (value.isNumber() && value.asLong() == 0)) {
      return Optional.empty();
    }
    if (!value.canConvertToLong() || !value.isIntegralNumber()) {
      throw invalid(
          "the user JWT's '" + claim + "' claim is not a time in seconds since the epoch");
    }
    return Optional.of(Instant.ofEpochSecond(value.asLong()));
  }

  private static NatsPermissions permissions(JsonNode node, String claim) {
    if (node.isMissingNode() || node.isNull()) {
      return NatsPermissions.unrestricted();
    }
    if (!node.isObject()) {
      throw invalid("the user JWT's '" + claim + "' claim is not an object");
    }
    return NatsPermissions.builder()
        .allow(subjects(node.path("allow"), claim + ".allow"))
        .deny(subjects(node.path("deny"), claim + ".deny"))
        .build();
  }

  private static List<String> subjects(JsonNode node, String claim) {
    List<String> subjects = new ArrayList<>();
    if (node.isMissingNode() || node.isNull()) {
      return subjects;
    }
    if (!node.isArray()) {
      throw invalid("the user JWT's '" + claim + "' claim is not a list of subjects");
    }
    for (JsonNode subject : node) {
      if (!subject.isTextual()) {
        throw invalid("the user JWT's '" + claim + "' claim is not a list of subjects");
      }
      subjects.add(subject.asText());
    }
    return subjects;
  }

  private static byte[] base64url(String part, String what) {
    try {
      return Base64.getUrlDecoder().decode(stripPadding(part));
    } catch (IllegalArgumentException e) {
      throw invalid("the user JWT " + what + " is not base64url");
    }
  }

  private static String stripPadding(String part) {
    int end = part.length();
    while (end > 0 && part.charAt(end - 1) == '=') {
      end--;
    }
    return part.substring(0, end);
  }

  private static JsonNode json(byte[] bytes, String subjectVerb) {
    JsonNode node;
    try {
      node = JSON.readTree(bytes);
    } catch (IOException e) {
      throw invalid(subjectVerb + " not JSON");
    }
    if (node == null || !node.isObject()) {
      throw invalid(subjectVerb + " not a JSON object");
    }
    return node;
  }

  private static InvalidCredentialsException invalid(String problem) {
    return new InvalidCredentialsException(Part.JWT, problem);
  }
}
