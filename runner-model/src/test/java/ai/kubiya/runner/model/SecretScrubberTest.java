package ai.kubiya.runner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.kubiya.runner.model.values.RunnerConfigLoader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The last line of defence: every known secret, in every encoding, out of any message. */
class SecretScrubberTest {
  private static final String CANARY = "Canary+Secret/Value=42\"x";

  private static List<String> encodings(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return List.of(
        s,
        Base64.getEncoder().encodeToString(b),
        Base64.getUrlEncoder().withoutPadding().encodeToString(b),
        URLEncoder.encode(s, StandardCharsets.UTF_8),
        s.replace("\"", "\\\"").replace("/", "\\/"));
  }

  @Test
  void everyEncodingOfAKnownSecretIsRedacted() {
    SecretScrubber scrubber = SecretScrubber.create().add(CANARY);
    for (String form : encodings(CANARY)) {
      String scrubbed = scrubber.scrub("error: server said {\"x\":\"" + form + "\"} (401)");
      assertFalse(scrubbed.contains(form), scrubbed);
      assertEquals("error: server said {\"x\":\"<redacted>\"} (401)", scrubbed);
    }
  }

  @Test
  void secretsAreCollectedFromEverySecretBearingValue() {
    String creds =
        "-----BEGIN NATS USER JWT-----\neyJhbGciOiJlZDI1NTE5LW5rZXkiCANARYJWTLINE\n"
            + "------END NATS USER JWT------\n-----BEGIN USER NKEY SEED-----\n"
            + "SUACANARYSEEDLINE0123456789\n------END USER NKEY SEED------\n";
    String jwt = Base64.getEncoder().encodeToString(creds.getBytes(StandardCharsets.UTF_8));
    Map<String, Object> tree =
        RunnerConfigLoader.create()
            .set("nats.jwt=" + jwt)
            .set("nats.secondJwt=CANARY-SECOND")
            .set("registryTls.key=CANARY-TLS-KEY")
            .set("agentManager.env.API_TOKEN=CANARY-ENV-TOKEN")
            .set(
                "alloy.alloy.extraEnv[0].name=AZURE_CLIENT_SECRET,"
                    + "alloy.alloy.extraEnv[0].value=CANARY-AZ")
            .setString("nats.serverUrl=nats://admin:CANARY-PW@h:4222")
            .mergedTree();
    SecretScrubber scrubber =
        SecretScrubber.create()
            .addValuesTree(tree)
            .addEnvironment(Map.of("MY_TOKEN", "CANARY-ENVVAR"));
    String message =
        String.join(
            " ",
            "a",
            jwt,
            "SUACANARYSEEDLINE0123456789",
            "eyJhbGciOiJlZDI1NTE5LW5rZXkiCANARYJWTLINE",
            "CANARY-SECOND",
            "CANARY-TLS-KEY",
            "CANARY-ENV-TOKEN",
            "CANARY-AZ",
            "CANARY-PW",
            "CANARY-ENVVAR",
            "nats://admin:CANARY-PW@h:4222/x?token=abc");
    String scrubbed = scrubber.scrub(message);
    assertFalse(scrubbed.contains("CANARY"), scrubbed);
    assertFalse(scrubbed.contains("token=abc"), scrubbed);
  }

  @Test
  void linesOfABase64FileAreSecretsWhateverItsLineEndsAndWrapping() {
    for (String end : List.of("\n", "\r\n", "\r")) {
      String file = "-----BEGIN KEY-----" + end + "LINEONECANARY0123456789" + end;
      file += "LINETWOCANARY0123456789" + end + "short" + end + "-----END KEY-----" + end;
      String base64 = Base64.getEncoder().encodeToString(file.getBytes(StandardCharsets.UTF_8));
      // as a values file may hold it: wrapped at 16 columns, indented
      String wrapped = String.join("\n  ", base64.split("(?<=\\G.{16})"));
      SecretScrubber scrubber = SecretScrubber.create().add(wrapped);
      String scrubbed = scrubber.scrub("LINEONECANARY0123456789 and LINETWOCANARY0123456789 short");
      assertEquals("<redacted> and <redacted> short", scrubbed, "line end " + end.length());
    }
  }

  @Test
  void textThatIsNotBase64OfTextIsNotDecoded() {
    // base64 of binary, base64 with text after its padding, padding alone: nothing decoded added
    String binary = Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, (byte) 0xff, 5, 6});
    // AAEC/wUG, AAEC%2FwUG, AAEC\\/wUG, QUFFQy93VUc= and QUFFQy93VUc: no decoded text
    assertEquals(5, SecretScrubber.create().add(binary).size(), "raw and its encodings only");
    SecretScrubber padded = SecretScrubber.create().add("QUJDREVGR0g=QUJD");
    assertEquals("ABCDEFGH", padded.scrub("ABCDEFGH"));
    assertEquals("========", SecretScrubber.create().add("abcdefgh").scrub("========"));
  }

  @Test
  void shortAndOrdinaryValuesAreLeftAlone() {
    SecretScrubber scrubber = SecretScrubber.create().add("abc").add(null).add("      ");
    assertEquals("abc is fine", scrubber.scrub("abc is fine"));
    assertEquals(0, scrubber.size());
  }

  @Test
  void urlsLoseUserInfoQueryAndFragment() {
    assertEquals(
        "nats://10.0.0.1:4222", UrlRedaction.redact("nats://admin:pw@10.0.0.1:4222?token=x"));
    assertEquals(
        "[tls://a:1, nats://127.0.0.1:1]",
        UrlRedaction.redactAll("[tls://u:PW@a:1, nats://u:PW@127.0.0.1:1]"));
    assertEquals(
        "http://127.0.0.1:1/api/x",
        UrlRedaction.redactAll("http://admin:PW@127.0.0.1:1/api/x#frag"));
    assertEquals("PW", UrlRedaction.password("http://admin:PW@h"));
    assertEquals(null, UrlRedaction.password("http://h/x@y"));
  }
}
