#!/usr/bin/env bash
# Measures what the CognitoTyped analyzers cost in a real compile, next to SonarAnalyzer.CSharp's credential rules.
#
#   analyzers/measure-cost.sh <project.csproj> [runs] [extra msbuild args...]
#
# Builds the project (a large public C# codebase, checked out anywhere outside this repository) with
# -p:ReportAnalyzer=true, twice per run:
#   A. with the CognitoTyped analyzer added           -> our analyzer time / Csc time = our share of the compile
#   B. with CognitoTyped + SonarAnalyzer.CSharp 9.32 with S2068 and S6418 switched on (SonarLint.xml + severity)
#      -> our time next to Sonar's two credential-rule analyzers, in the same compile.
#   C. as A, plus one file declaring Amazon.CognitoIdentityProvider.Model types (a request and AuthenticationResultType),
#      so CTY0001-3 run in their full mode (every call, assignment and declaration visited) and CTY0005 runs (every call
#      and object creation checked for a log sink), as in a project that uses Cognito.
# "ours" is the CognitoTyped.Analyzers assembly's line of the ReportAnalyzer summary: every CTY rule together.
# Nothing in the measured project is modified: the analyzers come in through CustomAfterMicrosoftCommonTargets.
# Prints the median of the runs. Example (Newtonsoft.Json, library only, net8.0):
#   analyzers/measure-cost.sh /tmp/cty-cost/Newtonsoft.Json/Src/Newtonsoft.Json/Newtonsoft.Json.csproj 3 -p:Configuration=Release -p:LibraryFrameworks=net8.0
# (extra arguments go to both restore and build: use -p:Name=Value, not -c)
set -euo pipefail

project=${1:?usage: $0 <project.csproj> [runs] [extra msbuild args...]}
runs=${2:-3}
shift $(( $# >= 2 ? 2 : 1 ))
extra=("$@")
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
logs=${TMPDIR:-/tmp}/cty-cost-logs; mkdir -p "$logs"

sonar_version=9.32.0.97167
dotnet build "$repo/analyzers/CognitoTyped.Analyzers" -c Release -nologo -v:q >/dev/null
ours="$repo/analyzers/CognitoTyped.Analyzers/bin/Release/netstandard2.0/CognitoTyped.Analyzers.dll"

# Restore SonarAnalyzer.CSharp into the global packages folder through a throwaway project.
mkdir -p "$work/sonar"
cat >"$work/sonar/sonar.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageReference Include="SonarAnalyzer.CSharp" Version="$sonar_version" /></ItemGroup>
</Project>
XML
dotnet restore "$work/sonar/sonar.csproj" -v:q >/dev/null
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
sonar_dir="$packages/sonaranalyzer.csharp/$sonar_version/analyzers"

cat >"$work/SonarLint.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<AnalysisInput>
  <Settings />
  <Rules>
    <Rule><Key>S2068</Key><Parameters><Parameter><Key>credentialWords</Key><Value>password, passwd, pwd, passphrase</Value></Parameter></Parameters></Rule>
    <Rule><Key>S6418</Key><Parameters><Parameter><Key>secretWords</Key><Value>api[_.-]?key, auth, credential, secret, token</Value></Parameter><Parameter><Key>randomnessSensibility</Key><Value>5.0</Value></Parameter></Parameters></Rule>
  </Rules>
  <Files />
</AnalysisInput>
XML
cat >"$work/credential-rules.globalconfig" <<'INI'
is_global = true
dotnet_diagnostic.S2068.severity = warning
dotnet_diagnostic.S6418.severity = warning
INI
cat >"$work/CognitoStandIn.cs" <<'CS'
namespace Amazon.CognitoIdentityProvider.Model
{
    internal sealed class InitiateAuthRequest
    {
        public string? ClientId { get; set; }
    }

    internal sealed class AuthenticationResultType
    {
        public string? AccessToken { get; set; }
    }
}
CS
cat >"$work/inject.targets" <<XML
<Project>
  <PropertyGroup>
    <ReportAnalyzer>true</ReportAnalyzer>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <CodeAnalysisTreatWarningsAsErrors>false</CodeAnalysisTreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <Analyzer Include="$ours" />
  </ItemGroup>
  <ItemGroup Condition="'\$(CtyFullMode)' == 'true'">
    <Compile Include="$work/CognitoStandIn.cs" />
  </ItemGroup>
  <ItemGroup Condition="'\$(CtyWithSonar)' == 'true'">
    <Analyzer Include="$sonar_dir/*.dll" />
    <AdditionalFiles Include="$work/SonarLint.xml" />
    <GlobalAnalyzerConfigFiles Include="$work/credential-rules.globalconfig" />
  </ItemGroup>
</Project>
XML

dotnet restore "$project" "${extra[@]}" -v:q >/dev/null

# Seconds an analyzer (or Csc) took, from the detailed log of one build.
analyzer_seconds() { # log, analyzer type name (or a pattern after it); prints 0 when the analyzer is absent
  { grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+$2" "$1" || true; } | head -n1 | awk '{ v=$1; sub("<","",v); print v } END { if (NR == 0) print 0 }'
}
csc_seconds() { # log
  grep -E "^\s+[0-9]+ ms\s+Csc\s" "$1" | head -n1 | awk '{ printf "%.3f\n", $1/1000 }'
}
build() { # log, with sonar?, full mode?
  dotnet build "$project" --no-restore --no-incremental -nologo -v:d -clp:PerformanceSummary \
    -p:CustomAfterMicrosoftCommonTargets="$work/inject.targets" -p:CtyWithSonar="$2" -p:CtyFullMode="${3:-false}" -p:UseSharedCompilation=false \
    "${extra[@]}" >"$1" 2>&1 || { tail -n 30 "$1"; echo "build failed, log: $1" >&2; exit 1; }
}
median() { sort -g | awk '{ a[NR]=$1 } END { if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2 }'; }

# The assembly's line: every CTY rule together (HardCodedCredentialAnalyzer, TokenValidationAnalyzer, SecretLoggingAnalyzer).
ours_type="CognitoTyped\.Analyzers, Version"
: >"$work/a.csc"; : >"$work/a.ours"; : >"$work/c.csc"; : >"$work/c.ours"; : >"$work/b.csc"; : >"$work/b.ours"; : >"$work/b.s2068"; : >"$work/b.s6418"
for i in $(seq 1 "$runs"); do
  build "$logs/ours.log" false
  csc_seconds "$logs/ours.log" >>"$work/a.csc"; analyzer_seconds "$logs/ours.log" "$ours_type" >>"$work/a.ours"
  build "$logs/ours-and-sonar.log" true
  csc_seconds "$logs/ours-and-sonar.log" >>"$work/b.csc"; analyzer_seconds "$logs/ours-and-sonar.log" "$ours_type" >>"$work/b.ours"
  # Sonar's analyzers for S2068 and S6418 (one analyzer type per rule; its ID is listed next to the type).
  # SonarAnalyzer.CSharp 9.32 has no S6418 (it came later): it then counts as 0 and is reported absent.
  analyzer_seconds "$logs/ours-and-sonar.log" "SonarAnalyzer\..*\(S2068\)" >>"$work/b.s2068"
  analyzer_seconds "$logs/ours-and-sonar.log" "SonarAnalyzer\..*\(S6418\)" >>"$work/b.s6418"
  build "$logs/ours-full-mode.log" false true
  csc_seconds "$logs/ours-full-mode.log" >>"$work/c.csc"; analyzer_seconds "$logs/ours-full-mode.log" "$ours_type" >>"$work/c.ours"
  echo "run $i: full mode: csc $(tail -n1 "$work/c.csc") s, ours $(tail -n1 "$work/c.ours") s"
  echo "run $i: csc $(tail -n1 "$work/a.csc") s, ours $(tail -n1 "$work/a.ours") s | with Sonar: ours $(tail -n1 "$work/b.ours") s, S2068 $(tail -n1 "$work/b.s2068") s, S6418 $(tail -n1 "$work/b.s6418") s"
done

a_csc=$(median <"$work/a.csc"); a_ours=$(median <"$work/a.ours")
b_csc=$(median <"$work/b.csc"); b_ours=$(median <"$work/b.ours")
b_s2068=$(median <"$work/b.s2068"); b_s6418=$(median <"$work/b.s6418")
c_csc=$(median <"$work/c.csc"); c_ours=$(median <"$work/c.ours")
files=$(grep -c "" < <(find "$(dirname "$project")" -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*'))
echo
echo "Project: $project ($files .cs files), $runs runs, medians"
awk -v c="$a_csc" -v o="$a_ours" 'BEGIN { printf "A. CognitoTyped analyzers: %.3f s of a %.1f s compile = %.3f%%\n", o, c, 100*o/c }'
awk -v c="$c_csc" -v o="$c_ours" 'BEGIN { printf "C. Full mode (the project declares a Cognito API type): %.3f s of a %.1f s compile = %.3f%%\n", o, c, 100*o/c }'
grep -q "(S6418)" "$logs/ours-and-sonar.log" || echo "   (SonarAnalyzer.CSharp $sonar_version has no S6418 analyzer: only S2068 ran.)"
awk -v c="$b_csc" -v o="$b_ours" -v s1="$b_s2068" -v s2="$b_s6418" 'BEGIN {
  printf "B. Same compile with Sonar (%.1f s): CognitoTyped %.3f s (%.3f%%), Sonar S2068 %.3f s (%.3f%%), S6418 %.3f s (%.3f%%), S2068+S6418 %.3f s (%.3f%%)\n",
    c, o, 100*o/c, s1, 100*s1/c, s2, 100*s2/c, s1+s2, 100*(s1+s2)/c }'
echo "Full ReportAnalyzer logs of the last run: $logs/ours.log, $logs/ours-and-sonar.log"
