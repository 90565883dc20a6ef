#!/usr/bin/env bash
# Publishes tests/CognitoTyped.AotProbe with Native AOT and prints what the runtime costs a small app that only signs in:
# the AOT/trim warnings of the publish (must be 0), the binary size, and — against a real cognito-local — the time from process
# start to the first sign-in's tokens (wall clock, from just before the launcher starts the binary), the peak resident memory
# and, for comparison, a second sign-in in the same process (what the server's answer alone costs), as medians of RUNS runs. The pool, app client and user
# are created by setup-cognito-local.py, so the binary holds nothing but the sign-in.
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
times=(); peaks=(); calls=(); warms=(); tomains=(); setups=()
for _ in $(seq 1 "$runs"); do
  # The launcher notes the wall clock just before it starts the binary; the binary prints the wall clock at its tokens.
  read -r ms kb call warm tomain setup < <(python3 - "$binary" "$url" "$pool" "$client" <<'PY'
import subprocess, sys, time
launched = time.time_ns() // 1000
out = subprocess.run([sys.argv[1], "signin", *sys.argv[2:], "probe-user"], capture_output=True, text=True, check=True).stdout.split()
fields = dict(zip(out[0::2], out[1::2]))
print((int(fields["tokens-at-unix-us"]) - launched) / 1000, fields["peak-rss-kb"], fields["sign-in-call-ms"], fields["warm-call-ms"],
      (int(fields["main-at-unix-us"]) - launched) / 1000, (int(fields["call-at-unix-us"]) - int(fields["main-at-unix-us"])) / 1000)
PY
)
  times+=("$ms"); peaks+=("$kb"); calls+=("$call"); warms+=("$warm"); tomains+=("$tomain"); setups+=("$setup")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "AOT/trim warnings:            $warnings"
echo "binary size:                  $(awk -v b="$size" 'BEGIN {printf "%.1f MB (%d bytes)", b/1048576, b}')"
echo "start to first sign-in:       median $(median "${times[@]}") ms over $runs runs (min $(printf '%s\n' "${times[@]}" | sort -n | head -1), max $(printf '%s\n' "${times[@]}" | sort -n | tail -1))"
echo "  of which process to Main:   median $(median "${tomains[@]}") ms (exec, runtime start)"
echo "  of which Main to the call:  median $(median "${setups[@]}") ms (options, client)"
echo "  of which the sign-in call:  median $(median "${calls[@]}") ms (cognito-local's answer included)"
echo "  a second, warm sign-in:     median $(median "${warms[@]}") ms (mostly cognito-local's answer)"
echo "peak resident memory:         median $(awk -v k="$(median "${peaks[@]}")" 'BEGIN {printf "%.1f MB", k/1024}')"
[ "$warnings" -eq 0 ] || { grep -E "warning (IL|CS)" "$publish_log" | sort -u; exit 1; }
