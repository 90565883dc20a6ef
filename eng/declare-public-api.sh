#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's PublicAPI.Unshipped.txt,
# sorted, as the analyzer's own code fix would. Review the diff: it is the change to the public surface.
# Usage: eng/declare-public-api.sh path/to/Project.csproj
set -euo pipefail
project="$1"
dir="$(dirname "$project")"
unshipped="$dir/PublicAPI.Unshipped.txt"
log="$(mktemp)"
dotnet build "$project" -c Debug -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= --no-incremental -v:q -clp:NoSummary > "$log" 2>&1 || true
declared="$(grep -oE "RS0016: Symbol '.*' is not part of the declared public API" "$log" | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)"
if [[ -z "$declared" ]]; then echo "$project: nothing undeclared"; exit 0; fi
{ grep -v '^#nullable enable$' "$unshipped" || true; printf '%s\n' "$declared"; } | grep -v '^$' | LC_ALL=C sort -u > "$unshipped.new"
{ echo '#nullable enable'; cat "$unshipped.new"; } > "$unshipped"
rm "$unshipped.new"
echo "$project: declared $(wc -l <<<"$declared") symbols in $unshipped"
