#!/usr/bin/env bash
# Start-up benchmark of the kubiya-runner CLI: times whole processes, launcher included, interleaved
# round by round so that the machine's load hits every command alike, and prints per command the
# median wall time, the median CPU time (user + system: steadier than wall time on a loaded
# machine), the median peak RSS and, when a helm binary is given, the ratio to
# `helm template` of the chart measured in the same rounds.
#
#   benchmarks/startup.sh [-n ROUNDS] [--helm PATH] [--chart DIR] [--launcher PATH] [--cold-start]
#
# --cold-start also times the library's first render (N fresh JVMs on the SDK's Maven jars, with
# default flags and with an application class-data archive made by a training run; and on the
# CLI's single jar) and the first and a warm 10,000-runner fleet run (one JVM):
# ai.kubiya.runner.benchmarks.ColdStart, compiled on the fly against the CLI jar;
# KUBIYA_RUNNER_BENCH_JAVA_OPTS passes JVM flags to it.
# Uses /usr/bin/time for peak RSS when installed (Debian package `time`), else reports no RSS.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=../scripts/lib/build-if-stale.sh
. "$here/scripts/lib/build-if-stale.sh"
rounds=7
helm=""
chart="$here/../shared/reference/chart/kubiya-runner-0.6.2"
if [ ! -d "$chart" ] && common="$(git -C "$here" rev-parse --git-common-dir 2>/dev/null)"; then
  # a git worktree: the shared reference data sits next to the main checkout
  chart="$(cd "$here" && cd "$common/../.." && pwd)/shared/reference/chart/kubiya-runner-0.6.2"
fi
launcher="$here/kubiya-runner"
cold_start=false
while [ $# -gt 0 ]; do
  case "$1" in
    -n) rounds="$2"; shift 2 ;;
    --helm) helm="$2"; shift 2 ;;
    --chart) chart="$2"; shift 2 ;;
    --launcher) launcher="$2"; shift 2 ;;
    --cold-start) cold_start=true; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [ -n "$helm" ] && [ ! -x "$helm" ]; then
  echo "startup.sh: --helm $helm is not an executable (get one with ../shared/tools/get-helm.sh)" >&2; exit 2
fi
if [ -n "$helm" ] && [ ! -f "$chart/Chart.yaml" ]; then
  echo "startup.sh: --chart $chart holds no Chart.yaml" >&2; exit 2
fi

names=(version help render validate)
cmds=(
  "$launcher --version"
  "$launcher --help"
  "$launcher render --release demo --namespace kubiya"
  "$launcher validate --release demo --namespace kubiya"
)
if [ -n "$helm" ]; then
  names+=(helm-template)
  cmds+=("$helm template demo $chart --namespace kubiya")
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
timer=""
[ -x /usr/bin/time ] && timer="/usr/bin/time -f %M -o"

# One untimed run per command: builds the jar (and its class-data archive) when stale, fills caches.
for i in "${!cmds[@]}"; do
  if ! ${cmds[$i]} >/dev/null 2>"$work/err"; then
    echo "startup.sh: '${cmds[$i]}' failed:" >&2; cat "$work/err" >&2; exit 1
  fi
done

# The children's CPU time so far (user + system, ms), from the builtin `times` in file $1.
children_cpu_ms() {
  local user sys total=0 t minutes seconds whole frac
  { read -r _ && read -r user sys; } <"$1"
  for t in "$user" "$sys"; do
    minutes="${t%%m*}"
    seconds="${t#*m}"
    seconds="${seconds%s}"
    whole="${seconds%.*}"
    frac="${seconds#*.}000"
    total=$((total + 10#$minutes * 60000 + 10#$whole * 1000 + 10#${frac:0:3}))
  done
  cpu_ms="$total"
}

# Only the command is timed: the clock is read with bash's EPOCHREALTIME and the CPU time with its
# builtin `times`, so no process of this script's own falls inside the measurement. The peak RSS
# comes from a separate, untimed run under /usr/bin/time (its own fork and exec would add several
# milliseconds to every figure).
for ((r = 1; r <= rounds; r++)); do
  for i in "${!cmds[@]}"; do
    times >"$work/times.before"
    start="${EPOCHREALTIME/./}"
    ${cmds[$i]} >/dev/null 2>&1
    end="${EPOCHREALTIME/./}"
    times >"$work/times.after"
    echo $(( (end - start) / 1000 )) >>"$work/${names[$i]}.ms"
    children_cpu_ms "$work/times.before"
    before="$cpu_ms"
    children_cpu_ms "$work/times.after"
    echo $((cpu_ms - before)) >>"$work/${names[$i]}.cpu"
    if [ -n "$timer" ]; then
      $timer "$work/rss" ${cmds[$i]} >/dev/null 2>&1
      tail -n 1 "$work/rss" >>"$work/${names[$i]}.rss"
    fi
  done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

java_version="$(java -version 2>&1 | head -n 1)"
echo "rounds: $rounds, interleaved; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $java_version"
helm_ms=""
[ -n "$helm" ] && helm_ms="$(median "$work/helm-template.ms")"
printf '%-14s %10s %10s %10s %12s %14s\n' command median-ms min-ms max-ms cpu-ms peak-rss-MiB
for name in "${names[@]}"; do
  med="$(median "$work/$name.ms")"
  min="$(sort -n "$work/$name.ms" | head -n 1)"
  max="$(sort -n "$work/$name.ms" | tail -n 1)"
  rss="-"
  cpu="$(median "$work/$name.cpu")"
  [ -f "$work/$name.rss" ] && rss="$(( $(median "$work/$name.rss") / 1024 ))"
  ratio=""
  [ -n "$helm_ms" ] && [ "$name" != helm-template ] && ratio="$(awk -v a="$med" -v b="$helm_ms" 'BEGIN { printf "  %.1fx helm template", a / b }')"
  printf '%-14s %10s %10s %10s %12s %14s%s\n' "$name" "$med" "$min" "$max" "$cpu" "$rss" "$ratio"
done

if $cold_start; then
  # ColdStart compiles alone against the CLI jar (which holds the whole SDK): no JMH build needed
  jar="$(kubiya_cli_jar "$here")"
  javac -nowarn -d "$work/classes" -cp "$jar" "$here/benchmarks/src/main/java/ai/kubiya/runner/benchmarks/ColdStart.java"
  # class-data sharing needs jars on the class path: ColdStart in a jar of its own
  (cd "$work/classes" && jar cf "$work/coldstart.jar" .)
  # the class path of a service using the SDK: its Maven jars (stored, not deflated) and their
  # dependencies, as runner-manifests' build writes it (the CLI jar's build packages it too)
  listed="$here/runner-manifests/target/runtime-classpath.txt"
  if [ ! -f "$listed" ] || [ "$listed" -ot "$jar" ]; then
    (cd "$here" && mvn -B -q -o -pl runner-manifests -am package -DskipTests) >&2
  fi
  path="$(<"$listed"):$work/coldstart.jar"
  cold=(java ${KUBIYA_RUNNER_BENCH_JAVA_OPTS:-} -cp "$path" ai.kubiya.runner.benchmarks.ColdStart)
  # and with the CLI's single jar (all classes in one deflated jar), as earlier figures were taken
  single=(java ${KUBIYA_RUNNER_BENCH_JAVA_OPTS:-} -cp "$jar:$work/coldstart.jar" ai.kubiya.runner.benchmarks.ColdStart)
  # as a service embedding the SDK would start with an application class-data archive (README,
  # "A fast first render in your service"): made by one training run, then mapped by every JVM
  java ${KUBIYA_RUNNER_BENCH_JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$work/app.jsa" -cp "$path" \
    ai.kubiya.runner.benchmarks.ColdStart render >/dev/null 2>&1 || true
  shared=(java ${KUBIYA_RUNNER_BENCH_JAVA_OPTS:-} -XX:SharedArchiveFile="$work/app.jsa" -Xlog:cds=off
    -cp "$path" ai.kubiya.runner.benchmarks.ColdStart)
  for ((r = 1; r <= rounds; r++)); do
    "${cold[@]}" render | awk '{ print int($2) }' >>"$work/first-render.ms"
    "${single[@]}" render | awk '{ print int($2) }' >>"$work/first-render-single.ms"
    if [ -s "$work/app.jsa" ]; then
      "${shared[@]}" render | awk '{ print int($2) }' >>"$work/first-render-cds.ms"
    fi
  done
  echo "library, first render in a fresh JVM: median $(median "$work/first-render.ms") ms of $rounds JVMs (${KUBIYA_RUNNER_BENCH_JAVA_OPTS:-default JVM flags}; the SDK's Maven jars)"
  echo "library, first render from the CLI's single jar: median $(median "$work/first-render-single.ms") ms of $rounds JVMs"
  if [ -s "$work/first-render-cds.ms" ]; then
    echo "library, first render in a fresh JVM with an application class-data archive: median $(median "$work/first-render-cds.ms") ms of $rounds JVMs"
  else
    echo "library, first render with an application class-data archive: the archive could not be made on this JDK"
  fi
  "${cold[@]}" fleet
fi
