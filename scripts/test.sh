#!/usr/bin/env bash
# The project's test command: installs what the tests need on a Debian machine when it is missing
# (a JDK 17, Maven, nats-server, prometheus/promtool, openssl, script), then runs the whole build
# with its tests: mvn -B verify. A test never skips: one whose tool is missing fails, naming the package, and
# the build fails when any test reports itself skipped.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ] || need+=(nats-server)
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
[ -x /usr/bin/script ] || need+=(bsdutils) # runs the launcher in a terminal (LauncherQuickAnswersTest)

if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "test.sh: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

export PATH="$PATH:/usr/sbin"

exec mvn -B -Dstyle.color=never verify "$@"
