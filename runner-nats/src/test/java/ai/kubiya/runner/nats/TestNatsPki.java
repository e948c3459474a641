package ai.kubiya.runner.nats;

import io.nats.client.NKey;
import io.nats.client.support.JsonSerializable;
import io.nats.client.support.JwtUtils;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A NATS trust chain made for tests: an operator, a system account, and an application account that
 * issues users through a signing key, the way Synadia's NGS issues Kubiya's runner users. Operator
 * and account JWTs are issued here with jnats' generic {@link JwtUtils#issueJWT}; user JWTs with
 * jnats' user JWT support.
 */
final class TestNatsPki {
  private static final SecureRandom RANDOM = new SecureRandom();

  final NKey operator;
  final NKey systemAccount;
  final NKey account;
  final NKey accountSigningKey;
  final String operatorJwt;
  final String systemAccountJwt;
  final String accountJwt;

  private TestNatsPki() throws Exception {
    operator = NKey.createOperator(RANDOM);
    systemAccount = NKey.createAccount(RANDOM);
    account = NKey.createAccount(RANDOM);
    accountSigningKey = NKey.createAccount(RANDOM);
    operatorJwt =
        JwtUtils.issueJWT(
            operator,
            publicKey(operator),
            "test-operator",
            null,
            JwtUtils.currentTimeSeconds(),
            publicKey(operator),
            json(
                "{\"system_account\":\"%s\",\"type\":\"operator\",\"version\":2}",
                publicKey(systemAccount)));
    systemAccountJwt = accountJwt(systemAccount, "SYS", List.of());
    accountJwt = accountJwt(account, "kubiya-test", List.of(publicKey(accountSigningKey)));
  }

  static TestNatsPki create() {
    try {
      return new TestNatsPki();
    } catch (Exception e) {
      throw new IllegalStateException("could not create the test NATS keys", e);
    }
  }

  /** A user of the application account, to be refined and issued with {@link UserSpec#issue()}. */
  UserSpec user(String name) {
    return new UserSpec(name);
  }

  /** The server's trust configuration: operator mode with a memory resolver. */
  String serverTrustConfig() {
    return "operator: "
        + operatorJwt
        + "\n"
        + "system_account: "
        + publicKey(systemAccount)
        + "\n"
        + "resolver: MEMORY\n"
        + "resolver_preload: {\n"
        + "  "
        + publicKey(systemAccount)
        + ": "
        + systemAccountJwt
        + "\n"
        + "  "
        + publicKey(account)
        + ": "
        + accountJwt
        + "\n"
        + "}\n";
  }

  private String accountJwt(NKey key, String name, List<String> signingKeys) throws Exception {
    String keys = signingKeys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(","));
    return JwtUtils.issueJWT(
        operator,
        publicKey(key),
        name,
        null,
        JwtUtils.currentTimeSeconds(),
        publicKey(operator),
        json(
            "{\"limits\":{\"subs\":-1,\"data\":-1,\"payload\":-1,\"imports\":-1,\"exports\":-1,"
                + "\"wildcards\":true,\"conn\":-1,\"leaf\":-1},"
                + "\"signing_keys\":[%s],\"type\":\"account\",\"version\":2}",
            keys));
  }

  private static JsonSerializable json(String format, Object... args) {
    String text = String.format(format, args);
    return () -> text;
  }

  static String publicKey(NKey key) {
    try {
      return new String(key.getPublicKey());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static NKey newUserKey() {
    try {
      return NKey.createUser(RANDOM);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** How to issue one user JWT. */
  final class UserSpec {
    private final String name;
    private final List<String> publishAllow = new ArrayList<>();
    private final List<String> publishDeny = new ArrayList<>();
    private final List<String> subscribeAllow = new ArrayList<>();
    private Instant issuedAt = Instant.now();
    private Duration validity;
    private NKey signer = accountSigningKey;
    private NKey userKey = newUserKey();

    private UserSpec(String name) {
      this.name = name;
    }

    UserSpec publish(String... subjects) {
      publishAllow.addAll(List.of(subjects));
      return this;
    }

    UserSpec denyPublish(String... subjects) {
      publishDeny.addAll(List.of(subjects));
      return this;
    }

    UserSpec subscribe(String... subjects) {
      subscribeAllow.addAll(List.of(subjects));
      return this;
    }

    /** Issued at {@code issuedAt}, valid for {@code validity}. */
    UserSpec valid(Instant issuedAt, Duration validity) {
      this.issuedAt = issuedAt;
      this.validity = validity;
      return this;
    }

    UserSpec signedBy(NKey signer) {
      this.signer = signer;
      return this;
    }

    UserSpec key(NKey userKey) {
      this.userKey = userKey;
      return this;
    }

    TestUser issue() {
      try {
        JwtUtils.UserClaim claim = new JwtUtils.UserClaim(publicKey(account));
        if (!publishAllow.isEmpty() || !publishDeny.isEmpty()) {
          JwtUtils.Permission pub = new JwtUtils.Permission();
          if (!publishAllow.isEmpty()) {
            pub.allow(publishAllow.toArray(String[]::new));
          }
          if (!publishDeny.isEmpty()) {
            pub.deny(publishDeny.toArray(String[]::new));
          }
          claim.pub(pub);
        }
        if (!subscribeAllow.isEmpty()) {
          claim.sub(new JwtUtils.Permission().allow(subscribeAllow.toArray(String[]::new)));
        }
        String jwt =
            JwtUtils.issueUserJWT(
                signer, publicKey(userKey), name, validity, issuedAt.getEpochSecond(), claim);
        return new TestUser(jwt, new String(userKey.getSeed()));
      } catch (Exception e) {
        throw new IllegalStateException("could not issue the test user JWT", e);
      }
    }
  }

  /** An issued user: its JWT and its seed. */
  static final class TestUser {
    final String jwt;
    final String seed;

    TestUser(String jwt, String seed) {
      this.jwt = jwt;
      this.seed = seed;
    }
  }
}
