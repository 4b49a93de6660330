#!/usr/bin/env bash
# What these machines can do with nothing of the portal's own work (issue #17, docs/decisions/0030): a bare Vaadin
# 25 application (load/reference/: Spring Security's sign-in with bcrypt at strength 10, the frame with a side
# navigation, two pages of a lazy 50-row grid read from memory, no database), driven by the same client with the
# benchmark's model: each user signs in, then opens twenty pages with 1 s of reading before each. After the same
# 300 s warm-up it runs 50 and then 200 active users for 60 s, and prints the figures as load/run.sh does, with the
# server's CPU per round trip.
#
#   load/reference.sh
# Settings (environment): TIDTAM_LOAD_USERS (50), TIDTAM_LOAD_PEAK_USERS (200), TIDTAM_LOAD_DURATION (60),
# TIDTAM_LOAD_THINK (1000), TIDTAM_LOAD_WARMUP (300), TIDTAM_LOAD_PORT (18090), JAVA_OPTS (load/run.sh's before decision 0033, as decision 0030 measured).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
command -v node >/dev/null || { echo "load/reference.sh: needs Node 18 or newer" >&2; exit 1; }

users=${TIDTAM_LOAD_USERS:-50}
high=${TIDTAM_LOAD_PEAK_USERS:-200}
duration=${TIDTAM_LOAD_DURATION:-60}
think=${TIDTAM_LOAD_THINK:-1000}
warmup=${TIDTAM_LOAD_WARMUP:-300}
port=${TIDTAM_LOAD_PORT:-18090}
java_opts=${JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseG1GC -XX:+UseCompactObjectHeaders -XX:+UseStringDeduplication}
out=target/load-reference
mkdir -p "$out"
base=http://localhost:$port

jar=load/reference/target/tidtam-load-reference-0.1.0-SNAPSHOT.jar
if [ ! -f "$jar" ] || [ -n "$(find load/reference/src load/reference/pom.xml -newer "$jar" -type f | head -1)" ]; then
  echo "reference: building the bare application"
  ./mvnw -q -f load/reference/pom.xml -DskipTests package
fi

# another server still on the port would take the load meant for this one: any answer, even an error, means taken
if curl -s -o /dev/null --max-time 5 "$base/login"; then
  echo "reference: port $port already answers (another server still running?); stop it first" >&2
  exit 1
fi
echo "reference: starting $jar on port $port ($java_opts)"
# shellcheck disable=SC2086
java $java_opts -jar "$jar" --server.port="$port" > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$base/login" && break
  kill -0 $server 2>/dev/null || { tail -40 "$out/server.log"; exit 1; }
  sleep 1
done
kill -0 $server 2>/dev/null || { echo "reference: the server stopped" >&2; tail -40 "$out/server.log"; exit 1; }

pages=/projects,/tracking,/projects,/tracking,/projects,/tracking,/projects,/tracking,/projects,/tracking
pages=$pages,$pages # twenty per sign-in, as the benchmark
cpu() { awk '{print $14 + $15}' /proc/"$server"/stat; }
mix() { # name, users
  echo "reference: $1: $2 active users for ${duration}s, think ${think} ms before every page"
  local before; before=$(cpu)
  node load/vaadin-load.mjs --base "$base" --password Tidtam-2569 --user 'user{i}' --route /projects --nav "$pages" \
      --think "$think" --nav-think "$think" --ramp 10 --duration "$duration" --users "$2" \
      --dump "$out/$1.json" > "$out/$1.txt" 2>&1 || true
  echo "$before $(cpu)" > "$out/$1-cpu.txt"
}
duration=$warmup mix warm-up "$users" > /dev/null
mix month-end "$users"
node load/summary.mjs "bare Vaadin, $users active users" 150 0 "$out/month-end.json" "$out/month-end-cpu.txt"
mix peak "$high"
node load/summary.mjs "bare Vaadin, $high active users" 400 100 "$out/peak.json" "$out/peak-cpu.txt"
