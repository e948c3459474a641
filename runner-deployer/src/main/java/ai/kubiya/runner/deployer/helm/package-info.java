/**
 * Helm releases of the kubiya-runner chart: reading Helm's release records ({@link HelmReleases}),
 * and taking a Helm-installed runner over in place ({@link HelmAdoption}).
 */
@RunnerStyle
package ai.kubiya.runner.deployer.helm;

import ai.kubiya.runner.model.RunnerStyle;
