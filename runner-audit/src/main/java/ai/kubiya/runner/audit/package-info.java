/**
 * kubiya-runner-sdk: the audit module. What a runner may do in a cluster before it is installed:
 * RBAC reach per ServiceAccount, Pod Security Standards levels per workload, workload hygiene, each
 * finding naming the chart value that controls it. Start at {@link
 * ai.kubiya.runner.audit.RunnerAudit}.
 */
@RunnerStyle
package ai.kubiya.runner.audit;

import ai.kubiya.runner.model.RunnerStyle;
