package ai.kubiya.runner.nats;

/**
 * The two NATS credentials of chart 0.6.2: the runner's ({@code nats.jwt}, secret {@code
 * kubiya-runner-nats-creds-runner}, mounted by the kubiya-operator, which publishes to {@code
 * nats.subject}) and the customer side's ({@code nats.secondJwt}, secret {@code
 * kubiya-runner-nats-creds-customer}, mounted by agent-manager and tool-manager).
 */
enum CredentialRole {
  RUNNER("nats.jwt", "kubiya-runner-nats-creds-runner", "the kubiya-operator"),
  CUSTOMER("nats.secondJwt", "kubiya-runner-nats-creds-customer", "agent-manager and tool-manager");

  static final String SUBJECT_PATH = "nats.subject";
  static final String SERVER_URL_PATH = "nats.serverUrl";

  private final String path;
  private final String secret;
  private final String mountedBy;

  CredentialRole(String path, String secret, String mountedBy) {
    this.path = path;
    this.secret = secret;
    this.mountedBy = mountedBy;
  }

  /** The value's path. */
  String path() {
    return path;
  }

  /** Why an empty value matters. */
  String missingMessage() {
    return "is empty: no NATS credentials for the secret "
        + secret
        + "; unless that secret is created"
        + " another way, "
        + mountedBy
        + " cannot start or connect to NATS."
        + " Set it to the base64 of the .creds file the Kubiya UI issued";
  }
}
