package ai.kubiya.runner.deployer;

/** How the deployer writes objects. */
public enum ApplyMode {
  /**
   * Server-side apply, falling back to {@link #CREATE_OR_REPLACE} for the rest of the deployer's
   * life when the server rejects apply patches (415 Unsupported Media Type, or 404 for an object
   * that does not exist yet, which a real API server never answers to an apply of an existing
   * namespace). This is the default.
   */
  AUTO,
  /** Server-side apply only ({@code PATCH} with {@code application/apply-patch+yaml}). */
  SERVER_SIDE_APPLY,
  /**
   * {@code POST} new objects, {@code PUT} changed ones with the live resourceVersion: for servers
   * without server-side apply (such as fabric8's CRUD mock server). Fields other writers set on an
   * object are replaced, except a Service's cluster IPs.
   */
  CREATE_OR_REPLACE
}
