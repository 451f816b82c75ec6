#!/usr/bin/env bash
# Make sure the programs the test suite drives for real are present:
#   java + mvn  -> the in-process Neo4j 5 test server (org.neo4j.test:neo4j-harness)
#   chromium    -> the browser tests of the HTML export
# As root on Debian/Ubuntu the missing ones are installed with apt-get; elsewhere the script
# says what to install and fails, because the tests must never silently skip them.
set -euo pipefail

missing=()
command -v java >/dev/null 2>&1 || missing+=(default-jdk-headless)
# javac: the launcher is compiled once (tests/neo4j_server.py); a JRE alone would recompile it
# at every server start.
command -v javac >/dev/null 2>&1 || missing+=(default-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "system-deps: please install: ${missing[*]} (Java 17+, Maven, Chromium)" >&2
exit 1
