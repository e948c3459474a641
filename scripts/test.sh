#!/usr/bin/env bash
# The project's test command: installs what the tests need on a Debian machine when it is missing
# (a JDK 17, Maven, nats-server, prometheus/promtool, python3 with PyYAML for the chart comparator,
# openssl), then runs the whole build with its tests: mvn -B verify.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ] || need+=(nats-server)
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
[ -x /usr/bin/python3 ] || need+=(python3)
/usr/bin/python3 -c 'import yaml' >/dev/null 2>&1 || need+=(python3-yaml)

if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "test.sh: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The chart comparator (shared/tools/manifest_diff.py) needs a python3 with PyYAML.
for py in python3 /usr/bin/python3; do
  if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import yaml' >/dev/null 2>&1; then
    export KUBIYA_PYTHON="$(command -v "$py")"
    break
  fi
done
export PATH="$PATH:/usr/sbin"

exec mvn -B -Dstyle.color=never verify "$@"
