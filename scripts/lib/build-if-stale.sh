# shellcheck shell=bash
# Sourced by ./kubiya-runner (and other scripts that need the CLI jar): builds
# runner-cli/target/kubiya-runner.jar with Maven when it is missing or older than what it is built
# from. Functions:
#   kubiya_cli_jar ROOT          prints the jar's path
#   kubiya_jar_is_stale ROOT     status 0 when the jar must be (re)built
#   kubiya_build_if_stale ROOT   builds when stale; status 1 (reason on stderr) when the build fails
#
# The check looks only at the build's inputs: the runner-* modules' src/main and src/build (build
# steps) trees and the POMs (about 700 entries; not target/, tests, examples or .git), walked by
# bash itself (globstar) with no process started, so it costs a few milliseconds whatever else
# the checkout holds. Directories count too: a deleted or renamed source makes its directory newer
# than the jar; hidden files count as well. KUBIYA_RUNNER_SKIP_BUILD_CHECK=1 skips the check (the
# jar is used as it is, when it exists); a checkout without pom.xml (the jar shipped alone) is
# never rebuilt.

kubiya_cli_jar() {
  printf '%s\n' "$1/runner-cli/target/kubiya-runner.jar"
}

kubiya_jar_is_stale() {
  local root="$1" jar entry stale=1 globstar=-u nullglob=-u dotglob=-u
  jar="$root/runner-cli/target/kubiya-runner.jar" # kubiya_cli_jar, without a subshell
  [ -f "$jar" ] || return 0
  [ "${KUBIYA_RUNNER_SKIP_BUILD_CHECK:-}" = 1 ] && return 1
  [ -f "$root/pom.xml" ] || return 1
  # the walk happens in this shell: starting find costs more here than the walk itself. The
  # caller's glob options are put back as they were (read from BASHOPTS, without a subshell).
  [[ :$BASHOPTS: == *:globstar:* ]] && globstar=-s
  [[ :$BASHOPTS: == *:nullglob:* ]] && nullglob=-s
  [[ :$BASHOPTS: == *:dotglob:* ]] && dotglob=-s
  shopt -s globstar nullglob dotglob
  for entry in "$root/pom.xml" "$root"/runner-*/pom.xml "$root"/runner-*/src/main/** \
      "$root"/runner-*/src/build/**; do
    if [[ $entry -nt $jar ]]; then
      stale=0
      break
    fi
  done
  shopt "$globstar" globstar
  shopt "$nullglob" nullglob
  shopt "$dotglob" dotglob
  return "$stale"
}

kubiya_build_if_stale() {
  local root="$1" jar log started
  kubiya_jar_is_stale "$root" || return 0
  jar="$(kubiya_cli_jar "$root")"
  mkdir -p "$root/runner-cli/target"
  (
    # one build at a time; whoever waited re-checks, the build it waited for may have done the job
    if command -v flock >/dev/null 2>&1; then
      exec 9>"$root/runner-cli/target/.build.lock"
      flock 9
      kubiya_jar_is_stale "$root" || exit 0
    fi
    echo "kubiya-runner: building the CLI (first use or sources changed)..." >&2
    log="$(mktemp)"
    started="$(mktemp)"
    if ! (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests -pl runner-cli -am package >"$log" 2>&1); then
      tail -n 40 "$log" >&2
      rm -f "$log" "$started"
      echo "kubiya-runner: build failed; run 'mvn -B -DskipTests -pl runner-cli -am package' in $root for details" >&2
      exit 1
    fi
    # the jar is as old as the sources it was built from: an edit made during the build makes it stale
    touch -r "$started" "$jar"
    rm -f "$log" "$started"
  )
}
