#!/usr/bin/env bash
# Builds a benchmark corpus: kcsp generate (fixed seed) then kcsp index, into benchmarks/.corpora/SIZE
# (or $KCSP_BENCH_CORPORA/SIZE). Usage: benchmarks/build-corpus.sh 10k|100k|1m [--force]
set -euo pipefail
cd "$(dirname "$0")/.."

size="${1:?usage: benchmarks/build-corpus.sh 10k|100k|1m [--force]}"
case "$size" in
  10k) meetings=430 ;;     # about 10,100 chunks
  100k) meetings=4300 ;;   # about 101,000 chunks
  1m) meetings=43000 ;;    # about 1,017,000 chunks
  *) echo "unknown size $size (10k, 100k or 1m)" >&2; exit 2 ;;
esac
seed=42
root="${KCSP_BENCH_CORPORA:-benchmarks/.corpora}/$size"

if [ "${2:-}" = "--force" ]; then rm -rf "$root"; fi
dotnet build -c Release src/KcspSearch.Indexer -v quiet -nologo >/dev/null
kcsp=src/KcspSearch.Indexer/bin/Release/net10.0/kcsp

if [ ! -d "$root/minutes" ]; then
  "$kcsp" generate --meetings "$meetings" --out "$root/minutes" --seed "$seed"
fi
rm -rf "$root/index"
# /usr/bin/time -v reports the indexer's peak resident set beside kcsp's own summary (throughput, index size).
if [ -x /usr/bin/time ]; then timing=(/usr/bin/time -v); else timing=(); fi
"${timing[@]}" "$kcsp" index "$root/minutes" --index-dir "$root/index" 2>&1 \
  | grep -E "files in|Maximum resident|Elapsed \(wall" || true
