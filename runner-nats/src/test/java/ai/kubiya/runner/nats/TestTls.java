package ai.kubiya.runner.nats;

import ai.kubiya.runner.testfixtures.InstalledTools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed server certificate for 127.0.0.1, made with openssl, and a TLS context that trusts
 * it.
 */
final class TestTls {
  final Path certificate;
  final Path key;

  private TestTls(Path certificate, Path key) {
    this.certificate = certificate;
    this.key = key;
  }

  /** Makes the certificate in {@code dir}; fails the calling test when openssl is missing. */
  static TestTls create(Path dir) throws IOException, InterruptedException {
    Path opensslBinary = InstalledTools.require("openssl", "openssl");
    Path cert = dir.resolve("server-cert.pem");
    Path key = dir.resolve("server-key.pem");
    Process openssl =
        new ProcessBuilder(
                opensslBinary.toString(),
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                key.toString(),
                "-out",
                cert.toString(),
                "-days",
                "1",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("openssl.log").toFile())
            .start();
    if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
      openssl.destroyForcibly();
      throw new IllegalStateException(
          "openssl failed: " + Files.readString(dir.resolve("openssl.log")));
    }
    return new TestTls(cert, key);
  }

  /** The nats-server configuration block that serves TLS with this certificate. */
  String serverConfig() {
    return "tls {\n  cert_file: \"" + certificate + "\"\n  key_file: \"" + key + "\"\n}\n";
  }

  /** A TLS context that trusts this certificate only. */
  SSLContext trustingContext() throws Exception {
    X509Certificate cert;
    try (InputStream in = Files.newInputStream(certificate)) {
      cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("nats-test", cert);
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}
