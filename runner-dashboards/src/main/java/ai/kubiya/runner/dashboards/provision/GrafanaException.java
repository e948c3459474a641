package ai.kubiya.runner.dashboards.provision;

import java.util.Objects;

/**
 * Grafana refused or failed a request. {@link #reason()} says why in terms a caller can act on; the
 * message is one line and never contains the token.
 */
public final class GrafanaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a request failed. */
  public enum Reason {
    /** 401: the token is missing, wrong or expired. */
    UNAUTHORIZED,
    /**
     * 403: the token's service account may not do this (a role or folder permission is missing).
     */
    FORBIDDEN,
    /** 404: no dashboard (or folder) with that uid. */
    NOT_FOUND,
    /**
     * 412 version-mismatch: the dashboard changed in Grafana since this version; save with
     * overwrite.
     */
    VERSION_CONFLICT,
    /** 412 name-exists: another dashboard in the folder has this title. */
    NAME_EXISTS,
    /** 412 otherwise (for example a provisioned or plugin dashboard). */
    PRECONDITION_FAILED,
    /** 400: Grafana could not read the request. */
    BAD_REQUEST,
    /** Any other status. */
    FAILED,
    /** No answer: connection refused, timeout, TLS failure. */
    UNREACHABLE
  }

  private final Reason reason;
  private final int status;

  GrafanaException(Reason reason, int status, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.status = status;
  }

  /** Why Grafana refused, for the caller to act on. */
  public Reason reason() {
    return reason;
  }

  /** The HTTP status, or 0 when Grafana did not answer. */
  public int status() {
    return status;
  }
}
