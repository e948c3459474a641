package ai.kubiya.runner.manifests;

/** The parts of a runner that {@link RunnerManifests} builds, one builder each. */
public enum ManifestComponent {
  /** The NATS creds secrets and the registry TLS secret (Helm pre-install hooks in the chart). */
  SHARED_SECRETS,
  /** kubiya-operator: Deployment, ServiceAccount, Role, RoleBinding. */
  KUBIYA_OPERATOR,
  /** agent-manager: Deployment, Service, ServiceAccount, Role, RoleBinding. */
  AGENT_MANAGER,
  /** tool-manager with sdk-server: Deployment, Service, ServiceAccount, RBAC. */
  TOOL_MANAGER,
  /** image-updater: CronJob, ServiceAccount, Role, RoleBinding, ClusterRole, ClusterRoleBinding. */
  IMAGE_UPDATER,
  /** The Alloy pipeline ConfigMap. */
  ALLOY_CONFIG,
  /** The dagger engine (subchart dagger-helm 0.3.0). */
  DAGGER,
  /** kube-state-metrics (subchart 5.27.0). */
  KUBE_STATE_METRICS,
  /** Grafana Alloy (subchart 0.10.1). */
  ALLOY
}
