#!/usr/bin/env bash
# Regenerates the Helm release records in this directory from the chart 0.6.2 tree with Helm v4.
# Each record is what `helm install` would store (before the storage driver's gzip + base64),
# made with `helm install --dry-run=client -o json`, then post-processed by assemble.py:
# the chart's files (templates, values, schema) are dropped from `chart` (the chart itself is
# not committed; the decoder reads only chart.metadata), times are fixed, and status, version and
# description are set as Helm sets them for a deployed install or an upgrade.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
chart="${CHART:-$here/../../../../../../../shared/reference/chart/kubiya-runner-0.6.2}"
helm="${HELM:-/tmp/helm/helm}"
[ -x "$helm" ] || { echo "no helm at $helm: run bash /work/shared/tools/get-helm.sh" >&2; exit 1; }
[ -d "$chart" ] || { echo "no chart at $chart: set CHART=.../kubiya-runner-0.6.2" >&2; exit 1; }
dry() { # release namespace values-file
  "$helm" install "$1" "$chart" -f "$here/values/$3" --namespace "$2" --dry-run=client -o json
}
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
dry plain kubiya plain.yaml > "$tmp/plain.json"
dry acme-prod runners nats.yaml > "$tmp/nats.json"
for n in 1 2 3; do dry team-b ops "history-$n.yaml" > "$tmp/history-$n.json"; done
python3 "$here/assemble.py" "$tmp" "$here"
