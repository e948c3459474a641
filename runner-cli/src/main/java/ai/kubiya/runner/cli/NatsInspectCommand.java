package ai.kubiya.runner.cli;

import ai.kubiya.runner.nats.NatsCredentials;
import ai.kubiya.runner.nats.NatsPermissions;
import ai.kubiya.runner.nats.NatsUserClaims;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nats inspect FILE|-}: the claims of a {@code .creds} file (or of its base64, as the
 * chart's values hold it) as JSON. The seed and the JWT are never printed.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Print the claims of NATS credentials as JSON: a .creds file, or its base64 as in nats.jwt.",
      "The seed and the JWT are never printed."
    })
final class NatsInspectCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(paramLabel = "FILE|-", description = "The credentials file, or - for standard input.")
  String source;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    NatsCredentials creds = read();
    spec.commandLine().getOut().println(JSON.writeValueAsString(describe(creds, Instant.now())));
    spec.commandLine().getOut().flush();
    return CliErrors.OK;
  }

  private NatsCredentials read() throws IOException {
    if (source.equals("-")) {
      return NatsCredentials.read(System.in, "<stdin>");
    }
    try {
      return NatsCredentials.read(Path.of(source));
    } catch (NoSuchFileException e) {
      throw new IOException(source + ": no such file", e);
    } catch (IOException e) {
      throw new IOException(
          source + ": cannot read the file (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  static Map<String, Object> describe(NatsCredentials creds, Instant now) {
    NatsUserClaims claims = creds.claims();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", claims.name().orElse(null));
    out.put("user", claims.subject());
    out.put("issuer", claims.issuer());
    out.put("issuerAccount", claims.issuerAccount().orElse(null));
    out.put("id", claims.id().orElse(null));
    out.put("issuedAt", claims.issuedAt().map(Instant::toString).orElse(null));
    out.put("expiresAt", claims.expiresAt().map(Instant::toString).orElse(null));
    out.put("expired", claims.isExpiredAt(now));
    Map<String, Object> permissions = new LinkedHashMap<>();
    permissions.put("publish", permissions(claims.publish()));
    permissions.put("subscribe", permissions(claims.subscribe()));
    out.put("permissions", permissions);
    out.put("signatureValid", creds.signatureValid());
    out.put("seedPublicKey", creds.publicKey());
    out.put("seedMatchesUser", creds.seedMatchesSubject());
    return out;
  }

  private static Map<String, Object> permissions(NatsPermissions permissions) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("allow", permissions.allow());
    out.put("deny", permissions.deny());
    return out;
  }
}
