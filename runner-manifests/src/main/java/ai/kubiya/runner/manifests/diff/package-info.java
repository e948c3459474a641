/**
 * Semantic comparison of two Kubernetes manifest sets ({@link
 * ai.kubiya.runner.manifests.diff.ManifestDiff}), with typed results and a line formatter.
 */
@RunnerStyle
package ai.kubiya.runner.manifests.diff;

import ai.kubiya.runner.model.RunnerStyle;
