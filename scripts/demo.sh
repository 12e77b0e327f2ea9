#!/usr/bin/env bash
# End to end on this machine: a real Kafka broker, the worker, the example articles in,
# the consolidated events out. Stops everything it started, also on Ctrl-C or failure.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
RUN=var/demo
rm -rf "$RUN" && mkdir -p "$RUN"

worker_pid=""
cleanup() {
  [ -n "$worker_pid" ] && kill "$worker_pid" 2>/dev/null && wait "$worker_pid" 2>/dev/null
  "$BIN/tradewire" kafka stop --data-dir "$RUN/kafka" >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== starting Kafka (single-node KRaft on loopback)"
bootstrap=$("$BIN/tradewire" kafka start --data-dir "$RUN/kafka")
echo "   broker at $bootstrap"
export TRADEWIRE_BOOTSTRAP_SERVERS="$bootstrap"
export TRADEWIRE_STATE_DIR="$RUN/state"
export TRADEWIRE_PARTITIONS=2

echo "== starting the tradewire worker (log: $RUN/worker.log)"
"$BIN/tradewire" worker >"$RUN/worker.log" 2>&1 &
worker_pid=$!
for _ in $(seq 1 120); do
  grep -q "Ready" "$RUN/worker.log" 2>/dev/null && break
  kill -0 "$worker_pid" 2>/dev/null || { cat "$RUN/worker.log"; exit 1; }
  sleep 0.5
done
grep -q "Ready" "$RUN/worker.log" || { echo "worker not ready in 60 s"; tail -50 "$RUN/worker.log"; exit 1; }

echo "== publishing examples/articles.jsonl to the articles topic"
"$BIN/tradewire" feed --quiet examples/articles.jsonl

echo "== consolidated events on trade-events (every version, as they arrive)"
"$BIN/tradewire" tail --idle-timeout 8
echo "== done; stopping the worker and the broker"
