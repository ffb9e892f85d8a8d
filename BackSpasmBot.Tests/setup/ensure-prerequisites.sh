#!/usr/bin/env bash
# Installs the Debian packages the tests need, if they are missing. Idempotent, and fast when all is present
# (one `command -v` per entry). Run by the test project before each build, by .ci/run, and by hand.
# It never fails the build: without root or a package registry it says what is missing, and the tests that need
# it fail with a clear message.
set -u

# One entry per line: "<command that must exist> <Debian package that provides it>". Add yours here.
prerequisites=(
  "redis-server redis-server"
)

missing=()
for entry in "${prerequisites[@]}"; do
  read -r command package <<<"$entry"
  command -v "$command" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-prerequisites: missing ${missing[*]}; install them (as root: apt-get install -y ${missing[*]})" >&2
  exit 0
fi

echo "ensure-prerequisites: installing ${missing[*]}"
# Serialise concurrent builds (several test projects, or a build and .ci/run) on one apt lock of our own.
exec 9>/tmp/backspasmbot-ensure-prerequisites.lock
flock 9
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >/tmp/backspasmbot-ensure-prerequisites.log 2>&1; then
  echo "ensure-prerequisites: could not install ${missing[*]} (see /tmp/backspasmbot-ensure-prerequisites.log)" >&2
fi
exit 0
