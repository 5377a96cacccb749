#!/usr/bin/env bash
# HTTP load test of the API on loopback over the query mix (issue 7): builds in Release, serves a copy of the 100k
# corpus's index, waits for /health/ready, checks every path of the mix answers 200, warms up, runs wrk for a fixed
# time and request cap with the engine's response cache on and then off, stops the service and prints a Markdown table.
# Usage: benchmarks/load-test.sh            (settings below, from the environment; needs: apt-get install wrk time)
set -euo pipefail
cd "$(dirname "$0")/.."

index="${KCSP_LOAD_INDEX:-${KCSP_BENCH_CORPORA:-benchmarks/.corpora}/100k/index}"
port="${KCSP_LOAD_PORT:-5391}"
duration="${KCSP_LOAD_DURATION:-20}"             # seconds measured per run
warmup="${KCSP_LOAD_WARMUP:-30}"                 # seconds of load before each measured run (JIT tiering), not recorded
connections="${KCSP_LOAD_CONNECTIONS:-16}"       # concurrent clients (keep-alive connections)
threads="${KCSP_LOAD_THREADS:-1}"                # wrk threads
max_requests="${KCSP_LOAD_MAX_REQUESTS:-400000}" # cap per run, shared between the threads
caches="${KCSP_LOAD_CACHES:-512 0}"              # Kcsp:ResultCacheSize per run; 0 = every query does its full work
encoding="${KCSP_LOAD_ENCODING-gzip, deflate, br}" # Accept-Encoding as a browser sends it; empty = uncompressed
server_cpus="${KCSP_LOAD_SERVER_CPUS-}"          # taskset CPU list for the service, e.g. 0; empty = not pinned
client_cpus="${KCSP_LOAD_CLIENT_CPUS-}"          # taskset CPU list for wrk, e.g. 1; empty = not pinned
api="${KCSP_LOAD_API:-src/KcspSearch.Api/bin/Release/net10.0/KcspSearch.Api}" # another build to compare against

command -v wrk >/dev/null && [ -x /usr/bin/time ] || { echo "needs wrk and time: apt-get install -y wrk time" >&2; exit 2; }
[ -f "$index/kcsp.db" ] || { echo "no index at $index: run benchmarks/build-corpus.sh 100k (or set KCSP_LOAD_INDEX)" >&2; exit 2; }

dotnet build -c Release src/KcspSearch.Api -v quiet -nologo >/dev/null
dotnet build -c Release benchmarks/KcspSearch.Benchmarks -v quiet -nologo >/dev/null

work="$(mktemp -d /tmp/kcsp-load.XXXXXX)"
server=""
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null || true; fi
  server=""
}
trap 'stop_server; rm -rf "$work"' EXIT

# The service opens its index for writing (WAL, migrations), so it gets a copy; the corpus stays untouched.
cp -r "$index" "$work/index"
benchmarks/KcspSearch.Benchmarks/bin/Release/net10.0/KcspSearch.Benchmarks urls > "$work/paths"
base="http://127.0.0.1:$port"
if curl -s -o /dev/null "$base/"; then echo "something already listens on $base; set KCSP_LOAD_PORT" >&2; exit 2; fi
pin() { if [ -n "$1" ]; then echo "taskset -c $1"; fi; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
ticks_per_second="$(getconf CLK_TCK)"

rows=()
for cache in $caches; do
  # Loopback only; the per-client rate limit is raised through configuration so one load generator is not refused.
  ASPNETCORE_URLS="$base" Kcsp__IndexDirectory="$work/index" Kcsp__RunIndexer=false \
    Kcsp__RequestsPerMinute=100000000 Kcsp__ResultCacheSize="$cache" \
    $(pin "$server_cpus") "$api" > "$work/server-$cache.log" 2>&1 &
  server=$!
  for _ in $(seq 360); do
    curl -sf -o /dev/null "$base/health/ready" && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server-$cache.log" >&2; exit 1; }
    sleep 0.5
  done
  curl -sf -o /dev/null "$base/health/ready" || { tail -5 "$work/server-$cache.log" >&2; echo "service not ready after 180 s" >&2; exit 1; }

  # Every path must answer 200 before it is timed (a mix of 400s would be fast and meaningless).
  while read -r path; do
    status="$(curl -s -o /dev/null -w '%{http_code}' "$base$path")"
    [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  done < "$work/paths"

  per_thread=$(( (max_requests + threads - 1) / threads ))
  run_wrk() {
    $(pin "$client_cpus") /usr/bin/time -f "%U %S" -o "$work/wrk-time" \
      wrk --latency -t "$threads" -c "$connections" -d "${1}s" --timeout 2s -s benchmarks/load/query-mix.lua "$base" \
      -- "$work/paths" "$per_thread" "$encoding"
  }
  run_wrk "$warmup" > /dev/null
  before="$(cpu_ticks "$server")"
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  run_wrk "$duration" > "$work/wrk-$cache.out"
  after="$(cpu_ticks "$server")"
  load_after="$(cut -d' ' -f1 /proc/loadavg)"
  stop_server

  result="$(grep '^RESULT' "$work/wrk-$cache.out")" || { cat "$work/wrk-$cache.out" >&2; exit 1; }
  eval "${result#RESULT }"   # requests= seconds= rps= p50= p90= p99= max= not_2xx= socket_errors= capped_threads= bytes=
  read -r wrk_user wrk_sys < "$work/wrk-time"
  server_cores="$(awk -v t="$((after - before))" -v hz="$ticks_per_second" -v s="$seconds" 'BEGIN { printf "%.2f", t / hz / s }')"
  cpu_per_request="$(awk -v t="$((after - before))" -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.2f", t / hz / n * 1000 }')"
  wrk_cores="$(awk -v u="$wrk_user" -v k="$wrk_sys" -v s="$seconds" 'BEGIN { printf "%.2f", (u + k) / s }')"
  note=""; [ "$capped_threads" -gt 0 ] && note=" (cap reached: a lower bound)"
  rows+=("| $([ "$cache" = 0 ] && echo off || echo "on ($cache)") | ${encoding:-none} | $connections | ${server_cpus:-any} / ${client_cpus:-any} | $requests | ${seconds} s | **$rps/s**$note | $p50 | $p90 | $p99 | $max | $((not_2xx + socket_errors)) | $server_cores | $cpu_per_request | $wrk_cores | $load_before → $load_after |")
done

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $api, index $index, wrk $threads thread(s), ${warmup} s warm-up, cap $max_requests requests a run"
echo
echo "| response cache | Accept-Encoding | clients | CPUs service / wrk | requests | duration | throughput | p50 ms | p90 ms | p99 ms | max ms | errors | service cores used | service CPU ms / request | wrk cores used | load avg. |"
echo "|---|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|"
printf '%s\n' "${rows[@]}"
