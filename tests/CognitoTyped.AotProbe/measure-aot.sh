#!/usr/bin/env bash
# Publishes tests/CognitoTyped.AotProbe with Native AOT and prints what the runtime costs a small app that only signs in:
# the AOT/trim warnings of the publish (must be 0), the binary size, and — against a real cognito-local — the time from process
# start to the first sign-in's tokens (wall clock, from just before the launcher starts the binary), the peak resident memory
# and, for comparison, a second sign-in in the same process (what the server's answer alone costs), as medians of RUNS runs.
# Beside it, the same figures of tests/CognitoTyped.AotProbe.Minimal, the same sign-in hand-written over HttpClient and
# System.Text.Json and published the same way: what Native AOT, the HTTP stack and the server cost any app that signs in.
# The two binaries run alternately, so both share the machine's moments. The pool, app client and user are created by
# setup-cognito-local.py, so the binaries hold nothing but the sign-in.
#
#   tests/CognitoTyped.AotProbe/measure-aot.sh [runs]      (needs the .NET 10 SDK, node and npm; Linux)
set -euo pipefail
runs=${1:-10}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=$(mktemp -d)
trap 'kill "${emulator:-0}" 2>/dev/null || true; rm -rf "$out"' EXIT

publish_log="$out/publish.log"
dotnet publish "$here/CognitoTyped.AotProbe.csproj" -c Release -r linux-x64 -o "$out/bin" -nologo -clp:NoSummary >"$publish_log" 2>&1 \
  || { cat "$publish_log"; exit 1; }
warnings=$(grep -cE "warning (IL[0-9]+|CS[0-9]+)" "$publish_log" || true)
binary="$out/bin/CognitoTyped.AotProbe"
size=$(stat -c %s "$binary")
dotnet publish "$here/../CognitoTyped.AotProbe.Minimal/CognitoTyped.AotProbe.Minimal.csproj" -c Release -r linux-x64 -o "$out/minimal" \
  -nologo -clp:NoSummary >"$out/minimal.log" 2>&1 || { cat "$out/minimal.log"; exit 1; }
minimal="$out/minimal/CognitoTyped.AotProbe.Minimal"
minimal_size=$(stat -c %s "$minimal")

# cognito-local from the integration tests' committed lock file, on a free port, with a fresh data folder.
package="$repo/tests/CognitoTyped.IntegrationTests/cognito-local"
[ -d "$package/node_modules/cognito-local" ] || (cd "$package" && npm ci --no-audit --no-fund --loglevel=error)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$out/data/.cognito" && echo '{"UserPoolDefaults":{"UsernameAttributes":[]}}' > "$out/data/.cognito/config.json"
(cd "$out/data" && HOST=127.0.0.1 PORT=$port NODE_NO_WARNINGS=1 exec node "$package/node_modules/cognito-local/lib/bin/start.js" >"$out/emulator.log" 2>&1) &
emulator=$!
url="http://127.0.0.1:$port/"
# Up to 30 s: on a loaded machine node takes far longer than its usual 0.7 s to start.
for _ in $(seq 1 300); do curl -s -o /dev/null "$url" && break; sleep 0.1; done

export AOT_PROBE_PASSWORD="Probe-$(date +%s%N)-Aa1"
read -r pool client < <(python3 "$here/setup-cognito-local.py" "$url")
# One run of a binary: the launcher notes the wall clock just before it starts it; the binary prints the wall clock at Main, at
# the call and at its tokens. Prints: start-to-tokens, peak KB, call, warm call, process-to-Main, Main-to-call.
run_once() {
  python3 - "$1" "$url" "$pool" "$client" <<'PY'
import subprocess, sys, time
launched = time.time_ns() // 1000
out = subprocess.run([sys.argv[1], "signin", *sys.argv[2:], "probe-user"], capture_output=True, text=True, check=True).stdout.split()
fields = dict(zip(out[0::2], out[1::2]))
print((int(fields["tokens-at-unix-us"]) - launched) / 1000, fields["peak-rss-kb"], fields["sign-in-call-ms"], fields["warm-call-ms"],
      (int(fields["main-at-unix-us"]) - launched) / 1000, (int(fields["call-at-unix-us"]) - int(fields["main-at-unix-us"])) / 1000)
PY
}
ours=(); theirs=()
for _ in $(seq 1 "$runs"); do
  ours+=("$(run_once "$binary")"); theirs+=("$(run_once "$minimal")")
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# column N of the runs of one binary, as a median (the runs' lines are in the named array)
field() { local -n rows=$1; printf '%s\n' "${rows[@]}" | awk -v n="$2" '{print $n}' | median; }
fieldmin() { local -n rows=$1; printf '%s\n' "${rows[@]}" | awk -v n="$2" '{print $n}' | sort -n | head -1; }
row() { printf '%-30s %14s %14s\n' "$1" "$2" "$3"; }

echo "AOT/trim warnings (CognitoTyped probe): $warnings"
echo "medians over $runs runs of each, alternating"
row "" "CognitoTyped" "hand-written"
row "binary size" "$(awk -v b="$size" 'BEGIN {printf "%.1f MB", b/1048576}')" "$(awk -v b="$minimal_size" 'BEGIN {printf "%.1f MB", b/1048576}')"
row "start to first sign-in" "$(field ours 1) ms" "$(field theirs 1) ms"
row "  min" "$(fieldmin ours 1) ms" "$(fieldmin theirs 1) ms"
row "  of which process to Main" "$(field ours 5) ms" "$(field theirs 5) ms"
row "  of which Main to the call" "$(field ours 6) ms" "$(field theirs 6) ms"
row "  of which the sign-in call" "$(field ours 3) ms" "$(field theirs 3) ms"
row "a second, warm sign-in" "$(field ours 4) ms" "$(field theirs 4) ms"
row "peak resident memory" "$(awk -v k="$(field ours 2)" 'BEGIN {printf "%.1f MB", k/1024}')" "$(awk -v k="$(field theirs 2)" 'BEGIN {printf "%.1f MB", k/1024}')"
echo "(sizes in bytes: $size and $minimal_size; the call includes cognito-local's answer, the warm call is mostly that answer)"
[ "$warnings" -eq 0 ] || { grep -E "warning (IL|CS)" "$publish_log" | sort -u; exit 1; }
