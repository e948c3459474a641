/** kubiya-runner-sdk: the dashboards module. */
package ai.kubiya.runner.dashboards;
