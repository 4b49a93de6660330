#!/usr/bin/env bash
# The month's-end load benchmark (issue #17): the production jar on a generated database (100,000 projects and
# about a million reports by default), driven at the protocol level by vaadin-load (Node 18+, no dependencies):
# coordinators on /tracking and /projects with filters, officers on /reports/due and a project page, heads on
# /approvals, each signing in once and opening twenty pages or acting (officers file three reports) with a think
# time before each, then signing out. Three runs of that mix:
# month's end (50 users), peak (200 users), and 50 users among 1,000 sessions held open by heartbeat; then the
# live heap per session of /projects, /tracking and a project page. Prints the figures beside the targets of
# issue #17. Not part of the test suite (it needs minutes and a quiet machine).
#
#   load/run.sh                      # the whole benchmark, about 14 minutes after the data exist
#   TIDTAM_LOAD_USERS=20 TIDTAM_LOAD_PEAK_USERS=50 TIDTAM_LOAD_HELD=200 load/run.sh   # a quicker look
# Settings (environment): TIDTAM_LOAD_PROJECTS (100000), TIDTAM_LOAD_USERS (50), TIDTAM_LOAD_DURATION (60 s),
# TIDTAM_LOAD_THINK (1000 ms, before every page), TIDTAM_LOAD_SESSIONS (200, the memory runs),
# TIDTAM_LOAD_PEAK_USERS (200), TIDTAM_LOAD_WARMUP (300 s of the month's-end mix first, not counted), TIDTAM_LOAD_HELD (1000 sessions held open while the month's-end mix runs again), TIDTAM_LOAD_PORT (18080),
# TIDTAM_LOAD_DATA (target/load-data/PROJECTS/mariadb), JAVA_OPTS (-Xms1g -Xmx2g -XX:+UseG1GC -XX:+UseCompactObjectHeaders -XX:+UseStringDeduplication -XX:MaxGCPauseMillis=20, as the Dockerfile).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
command -v node >/dev/null || { echo "load/run.sh: needs Node 18 or newer (apt-get install nodejs)" >&2; exit 1; }

projects=${TIDTAM_LOAD_PROJECTS:-100000}
users=${TIDTAM_LOAD_USERS:-50}
duration=${TIDTAM_LOAD_DURATION:-60}
think=${TIDTAM_LOAD_THINK:-1000}
sessions=${TIDTAM_LOAD_SESSIONS:-200}
high=${TIDTAM_LOAD_PEAK_USERS:-200}
warmup=${TIDTAM_LOAD_WARMUP:-300}
held=${TIDTAM_LOAD_HELD:-1000}
port=${TIDTAM_LOAD_PORT:-18080}
data=${TIDTAM_LOAD_DATA:-$PWD/target/load-data/$projects/mariadb}
java_opts=${JAVA_OPTS:--Xms1g -Xmx2g -XX:+UseG1GC -XX:+UseCompactObjectHeaders -XX:+UseStringDeduplication -XX:MaxGCPauseMillis=20}
out=target/load
mkdir -p "$out"
tool=load/vaadin-load.mjs
base=http://localhost:$port

jar=$(ls target/tidtam-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find src db frontend pom.xml -newer "$jar" -type f | head -1)" ]; then
  echo "load: building the production jar"
  ./mvnw -q -Pproduction -DskipTests package
  jar=$(ls target/tidtam-*.jar | grep -v original | head -1)
fi

if [ ! -f "$data/../ready-$projects" ]; then
  echo "load: generating $projects projects and their reports into $data (once)"
  mkdir -p "$data"
  ./mvnw -q test -Pbenchmark -Dtest=TrackingBenchmarkTest -Dtidtam.bench.projects="$projects" \
      -Dtidtam.bench.data-dir="$data" > "$out/generate.log" 2>&1 || { tail -40 "$out/generate.log"; exit 1; }
  touch "$data/../ready-$projects"
fi

# another server still on the port would take the load meant for this one: any answer, even an error, means taken
if curl -s -o /dev/null --max-time 5 "$base/login" || curl -s -o /dev/null --max-time 5 "http://localhost:$((port + 1))/"; then
  echo "load: port $port or $((port + 1)) already answers (another server still running?); stop it first" >&2
  exit 1
fi
echo "load: starting $jar on port $port ($java_opts)"
# shellcheck disable=SC2086
java $java_opts -Xlog:safepoint:file="$out/safepoints.log" -jar "$jar" --server.port="$port" --management.server.port=$((port + 1)) --tidtam.embedded-db.dir="$data" \
    --tidtam.reporting.freeze-cron=- --tidtam.reporting.freeze-at-start=false --tidtam.reminders.cron=- \
    --logging.level.tidtam.pool=DEBUG \
    > "$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs -o /dev/null "$base/login" && break
  kill -0 $server 2>/dev/null || { tail -40 "$out/server.log"; exit 1; }
  sleep 1
done
curl -fs -o /dev/null "$base/login" || { echo "load: the server did not answer" >&2; exit 1; }
kill -0 $server 2>/dev/null || { echo "load: the server stopped" >&2; tail -40 "$out/server.log"; exit 1; }
database=$(pgrep -f -- "$data-server/bin/mariadbd" | head -1 || true)
echo "load: one officer per agency (load1 …), each with last month's reports due, and an account for every other person"
# the application's account, kept owner-only in the data folder (docs/decisions/0019); it names the socket too
"$data-server/bin/mariadb" --defaults-extra-file="$data/tidtam-client.cnf" tidtam < load/officers.sql > "$out/officers.log"

password=Tidtam-2569
run() { # name, then vaadin-load options
  local name=$1; shift
  node "$tool" --base "$base" --password "$password" --think "$think" --nav-think "$think" --ramp 10 \
      --duration "$duration" --dump "$out/$name.json" "$@" > "$out/$name.txt" 2>&1 || true
}

fy=$(( $(date +%Y) + 543 + ($(date +%-m) >= 10) ))
last=$(( fy - 1 ))
# filing a report: the first due report's button opens it in its project page, the officer writes the steps and
# saves (บันทึกร่าง keeps it a draft, so every session can file again)
file='!click:รายงาน,!type:ขั้นตอนการดำเนินงาน=1. ดำเนินการตามแผน (ทดสอบโหลด),!click:บันทึกร่าง,!expect:บันทึกเรียบร้อยแล้ว'
coordinator_pages=/projects,/projects?fy=$last,/tracking?fy=$last,/projects?fy=$last\&q=%E0%B8%84%E0%B8%A5%E0%B8%AD%E0%B8%87,/indicators,/projects?status=ACTIVE,/tracking,/projects?fy=$fy,/projects
officer_pages="/projects,/reports/due,$file,/projects?fy=$fy,/indicators,/reports/due,$file,/projects,/reports/due,$file,/projects"
head_pages=/approvals,/tracking,/projects,/approvals,/projects?fy=$fy,/tracking,/approvals,/indicators,/approvals
# twenty page opens or actions per sign-in (the issue asks for ten at least; people at month's end work for hours),
# then the person signs out (the user menu's ออกจากระบบ, vaadin-load --logout): each virtual user is a new person
# every twenty pages, far more often than in an office, and leaving every such session behind made G1 mark some
# 1,500 sessions of people gone at the peak (docs/decisions/0018)
coordinator_pages=$coordinator_pages,/tracking,$coordinator_pages
head_pages=$head_pages,/tracking,$head_pages

mix() { # name, users: 2 in 5 coordinators, 2 in 5 officers, 1 in 5 heads, all at once
  local name=$1 n=$2 from server_cpu database_cpu
  from=$(grep -c "pool: " "$out/server.log" || true)
  server_cpu=$(cpu "$server"); database_cpu=$(cpu "$database")
  echo "load: $name: $n active users for ${duration}s, think ${think} ms before every page"
  run "$name-coordinators" --user 'coord-load{i}' --route /tracking --logout --nav "$coordinator_pages" --users $(( n * 2 / 5 )) &
  local pids=($!)
  run "$name-officers" --user 'load{i}' --route /reports/due --logout --nav "$officer_pages" --users $(( n * 2 / 5 )) &
  pids+=($!)
  run "$name-heads" --user 'head-load{i}' --route /approvals --logout --nav "$head_pages" --users $(( n - n * 4 / 5 )) &
  pids+=($!)
  wait "${pids[@]}"
  echo "$server_cpu $(cpu "$server") $database_cpu $(cpu "$database")" > "$out/$name-cpu.txt"
  sleep 31 # the pool's last figures of the run
  grep -o "pool: .*" "$out/server.log" | tail -n +$(( from + 1 )) > "$out/$name-pool.txt" || true
}
# the CPU the server's and the database's processes used (ticks of 10 ms), steadier than latencies on a shared host
cpu() { if [ -r "/proc/$1/stat" ]; then awk '{print $14 + $15}' "/proc/$1/stat"; else echo 0; fi; }
summary() { # title, page target, UIDL target, name
  node load/summary.mjs "$1" "$2" "$3" "$out/$4"-*.json "$out/$4-cpu.txt"
  awk '{taken += $2; waited += $8; if ($14 + 0 > longest) longest = $14 + 0; timeouts += $16}
       END {printf "connection pool: %d connections taken, %d waited over 100 ms (longest %d ms), %d time-outs\n",
            taken, waited, longest, timeouts}' "$out/$4-pool.txt"
}

# the JIT compiles the hot paths for the first four minutes or so (in consecutive minutes of the same 50 users, its
# compiler threads took 30, 8.4, 6.2, 2.9 and 2.2 s and the request threads 42, 33, 32, 28 and 29 s): warm up, as a
# server that has run all morning is, and leave that run out of the figures (docs/decisions/0018)
echo "load: warming up for ${warmup}s"
duration=$warmup mix warm-up "$users"
mix month-end "$users"
mix peak "$high"
echo "load: holding $held open sessions, then $users active users among them"
node "$tool" --base "$base" --password "$password" --user 'held-load{i}' --route /reports/due --memory "$held" \
    --hold $(( duration + 60 )) --users 20 --duration 900 > "$out/held.txt" 2>&1 &
holder=$!
for _ in $(seq 1 900); do grep -q "^holding" "$out/held.txt" && break; kill -0 $holder 2>/dev/null || break; sleep 1; done
mix among-held "$users"
wait $holder || true

pid=$server
for route in /projects /tracking /projects/03000000-0016; do
  name=memory-$(echo "$route" | tr '/' '-' | sed 's/^-//')
  echo "load: live heap of $sessions sessions on $route"
  run "$name" --user 'coord-load{i}' --route "$route" --memory "$sessions" --pid "$pid" --users 20 --duration 600
done

echo
echo "== figures (page open = the first page of a sign-in, bootstrap + init + navigate, or a later page, one UIDL round trip) =="
summary "month's end, $users active users" 150 0 month-end
summary "peak, $high active users" 400 100 peak
summary "$users active users among $(grep -o 'holding [0-9]*' "$out/held.txt" | cut -d' ' -f2) held sessions" 150 0 among-held
echo "== live heap per session ($sessions sessions each; targets: /projects and a project page ≤ 150 KB, /tracking ≤ 250 KB) =="
for f in "$out"/memory-*.txt; do
  printf '%-30s %s\n' "$(basename "$f" .txt)" "$(tail -1 "$f")"
done
# every stop of the application's threads (a GC pause or another safepoint), whatever the collector; the heap
# readings above stop it themselves (a full collection and a count of every live object, seconds with 1,000
# sessions held): those are the benchmark's own and are counted apart
awk 'match($0, /Total: [0-9]+ ns/) {t = substr($0, RSTART + 7, RLENGTH - 10) / 1e6
       if ($0 ~ /GC_HeapInspection/) {hn++; hsum += t; next}
       n++; sum += t; if (t > max) max = t}
     END {printf "== JVM (%s): %d stops of the application, %.0f ms in all, the longest %.1f ms", opts, n, sum, max
          printf " (and the %d heap readings, %.0f ms) ==\n", hn, hsum}' \
    opts="$java_opts" "$out/safepoints.log"
echo "(full reports in $out/)"
