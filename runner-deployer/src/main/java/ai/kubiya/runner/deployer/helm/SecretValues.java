package ai.kubiya.runner.deployer.helm;

/** Whether printed values show secret values or {@code <redacted>} in their place. */
public enum SecretValues {
  /**
   * Secret values (NATS creds, TLS data, credential-like env values) print as {@code <redacted>}.
   */
  REDACTED,
  /** Secret values print as they are ({@code --show-secrets}). */
  SHOWN
}
