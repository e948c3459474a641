package ai.kubiya.runner.nats;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Asserts that a text holds no piece of given credentials: seed, JWT or any part of it, creds text,
 * base64.
 */
final class NoSecrets {
  private NoSecrets() {}

  static void assertNone(String text, TestNatsPki.TestUser... users) {
    for (TestNatsPki.TestUser user : users) {
      List<String> secrets = new ArrayList<>(List.of(user.seed, user.jwt));
      for (String part : user.jwt.split("\\.")) {
        secrets.add(part.substring(0, Math.min(part.length(), 16)));
      }
      String creds = CredsText.format(user.jwt, user.seed);
      secrets.add(
          Base64.getEncoder()
              .encodeToString(creds.getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .substring(0, 24));
      secrets.add(user.seed.substring(0, 12));
      for (String secret : secrets) {
        if (text.contains(secret)) {
          fail("a secret appears in: " + text.replace(secret, "<SECRET HERE>"));
        }
      }
    }
  }
}
