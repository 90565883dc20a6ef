#!/usr/bin/env bash
# Proves every project compiles exactly once per configuration (no two csc runs racing for the same obj/ file).
# Touches a generator source, then builds the solution and the Benchmarks project in Debug and Release, N times,
# and counts the csc invocations per project in each build's normal-verbosity log.
# Usage: eng/check-build-once.sh [rounds=5]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
log="$(mktemp -d)"
failed=0
for round in $(seq 1 "$rounds"); do
  for config in Debug Release; do
    for target in CognitoTyped.sln tests/CognitoTyped.Benchmarks/CognitoTyped.Benchmarks.csproj; do
      touch generators/CognitoTyped.Generators/CognitoGenerator.cs
      out="$log/$round-$config-$(basename "$target").log"
      if ! dotnet build "$target" -c "$config" -v:n -nodeReuse:false > "$out" 2>&1; then
        echo "round $round $config $target: build FAILED (log: $out)"; grep -oE "(error|warning) [A-Z]+[0-9]+: .{0,200}|MSB3026.{0,200}|MSB4018.{0,200}" "$out" | sort -u | head -5; failed=1; continue
      fi
      # The Csc task logs "Compilation request <project> (<tfm>)" once per compiler run.
      runs="$(grep -oE 'Compilation request [^,]+\)' "$out" | sort | uniq -c)"
      dupes="$(awk '$1 > 1' <<<"$runs")"
      count="$(wc -l <<<"$runs")"
      races="$(grep -cE 'MSB3026|MSB4018' "$out" || true)"
      if [[ -n "$dupes" || "$races" != 0 ]]; then
        echo "round $round $config $target: compiled twice: $dupes (MSB3026/MSB4018 lines: $races)"; failed=1
      else
        echo "round $round $config $(basename "$target"): $count projects compiled, each once, no copy retries"
      fi
    done
  done
done
[[ "$failed" == 0 ]] && echo "OK: every project compiled once per configuration in $rounds rounds" || { echo "FAILED (logs in $log)"; exit 1; }
