package ai.kubiya.runner.deployer.preflight;

/** Why a remote-write preflight failed. */
public enum PreflightFailure {
  /** The URL is not an http(s) URL. */
  INVALID_URL,
  /** The host name does not resolve. */
  DNS,
  /** Nothing accepts connections at the host and port. */
  CONNECT,
  /** The TLS handshake failed (certificate, protocol, plain HTTP on an https URL). */
  TLS,
  /** No answer within the timeout. */
  TIMEOUT,
  /** The OAuth2 token request failed. */
  TOKEN,
  /** HTTP 400: the receiver rejected the request or sample. */
  BAD_REQUEST,
  /** HTTP 401: credentials missing or not accepted. */
  UNAUTHORIZED,
  /** HTTP 403: authenticated but not allowed to write. */
  FORBIDDEN,
  /** HTTP 404: no remote-write receiver at the URL. */
  NOT_FOUND,
  /** HTTP 5xx. */
  SERVER_ERROR,
  /** Any other HTTP status. */
  HTTP_ERROR,
  /** Any other I/O failure. */
  IO
}
