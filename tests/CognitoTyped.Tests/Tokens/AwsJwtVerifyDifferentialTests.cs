using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace CognitoTyped.Tests.Tokens;

/// <summary>
/// Differential test: every token of a generated corpus (valid ones and every tamper class) goes to aws-jwt-verify, AWS's
/// own verifier, and to <see cref="CognitoTokenValidator"/>; both must accept it or both refuse it, except for the classes in
/// <see cref="ExpectedDisagreements"/>, each with its reason.
/// </summary>
/// <remarks>
/// Rerun: <c>dotnet test tests/CognitoTyped.Tests --filter AwsJwtVerifyDifferentialTests --logger "console;verbosity=detailed"</c>.
/// </remarks>
public sealed class AwsJwtVerifyDifferentialTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 20261130;
    private const int ClockSkewSeconds = 120;
    private const string PoolId = "eu-west-1_TestPool1";
    private const string RegionalIssuer = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1";
    private const string GlobalIssuer = "https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1";
    private const string ClientA = "3n4b5urk1ft4fl3mg5e62d9ado";
    private const string ClientB = "5p6q7r8s9t0u1v2w3x4y5z6a7b";
    private const string OtherClient = "7abcdefghijklmnopqrstuvwx1";
    private static readonly long Now = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    /// <summary>
    /// The classes on which the two verifiers are expected to differ, all in the same direction (aws-jwt-verify accepts, we
    /// refuse), and why. The test fails if a class listed here agrees, or if any other class disagrees.
    /// </summary>
    private static readonly Dictionary<string, string> ExpectedDisagreements = new(StringComparer.Ordinal)
    {
        ["oversize-valid"] =
            "A correctly signed token longer than MaxTokenLength (16 KiB): refused unread by design (bounded work per request); aws-jwt-verify has no size cap.",
        ["missing-exp"] =
            "No 'exp': aws-jwt-verify checks exp only when present; we refuse a token that never expires (Cognito always sets exp).",
        ["exp-beyond-int64"] =
            "An 'exp' past the 64-bit integer range (1e19, 1e300): IdentityModel, which parses the token, refuses it as malformed; aws-jwt-verify accepts any finite number. No real token expires after the year 292277026596.",
        ["missing-sub"] =
            "No 'sub': aws-jwt-verify does not need one; CognitoValidatedToken.Subject is the user's identity, so we refuse (Cognito always sets sub).",
    };

    private readonly RSA poolKey1 = RSA.Create(2048);
    private readonly RSA poolKey2 = RSA.Create(2048);
    private readonly RSA attackerKey = RSA.Create(2048);

    public void Dispose()
    {
        poolKey1.Dispose();
        poolKey2.Dispose();
        attackerKey.Dispose();
    }

    [Fact]
    public async Task Validator_agrees_with_aws_jwt_verify_on_valid_and_tampered_tokens()
    {
        var corpus = new Corpus(new Random(Seed), poolKey1, poolKey2, attackerKey).Build();
        Assert.True(corpus.Count >= 500, $"The corpus has {corpus.Count} tokens; it must have at least 500.");

        (string Kid, RSA Key)[] published = [("pool-1", poolKey1), ("pool-2", poolKey2)];
        string jwksJson = FakeJwksHttpMessageHandler.Jwks(published);
        var verdicts = JwtVerifyOracle.Verify(new OracleBatch(
            PoolId,
            [ClientA, ClientB],
            ClockSkewSeconds,
            JsonDocument.Parse(jwksJson).RootElement.Clone(),
            corpus.Select(c => new OracleCase(c.Token, c.Use == CognitoTokenUse.Id ? "id" : "access", c.NowSeconds)).ToList()));

        var ours = await ValidateAllAsync(corpus, published);

        var rows = corpus.Select((c, i) => (c.Class, Ours: ours[i], Aws: verdicts[i].Valid, AwsError: verdicts[i].Error)).ToList();
        var disagreements = rows.Where(r => r.Ours.Accepted != r.Aws).ToList();
        foreach (var byClass in rows.GroupBy(r => r.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{byClass.Key,-28} {byClass.Count(),4} tokens  ours: {byClass.Count(r => r.Ours.Accepted),4} accepted  aws-jwt-verify: {byClass.Count(r => r.Aws),4} accepted  disagreements: {byClass.Count(r => r.Ours.Accepted != r.Aws)}"));
        }

        int accepted = rows.Count(r => r.Ours.Accepted && r.Aws);
        int refused = rows.Count(r => !r.Ours.Accepted && !r.Aws);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"total {rows.Count}: both accepted {accepted}, both refused {refused}, disagreements {disagreements.Count} (expected classes: {string.Join(", ", ExpectedDisagreements.Keys)})"));

        var unexpected = disagreements.Where(d => !ExpectedDisagreements.ContainsKey(d.Class))
            .Select(d => $"{d.Class}: ours {(d.Ours.Accepted ? "accepted" : "refused (" + d.Ours.Reason + ")")}, aws-jwt-verify {(d.Aws ? "accepted" : "refused (" + d.AwsError + ")")}")
            .Distinct()
            .ToList();
        Assert.True(unexpected.Count == 0, "Unexplained disagreements with aws-jwt-verify:\n" + string.Join("\n", unexpected));
        foreach (var (expectedClass, reason) in ExpectedDisagreements)
        {
            var inClass = rows.Where(r => r.Class == expectedClass).ToList();
            Assert.True(inClass.Count > 0, $"The corpus has no '{expectedClass}' tokens.");
            Assert.True(
                inClass.All(r => r.Aws && !r.Ours.Accepted),
                $"'{expectedClass}' is listed as an expected disagreement ({reason}), but not every token of it is accepted by aws-jwt-verify and refused by us.");
        }

        Assert.Equal(rows.Count, accepted + refused + disagreements.Count);
        Assert.Equal(ExpectedDisagreements.Keys.Sum(k => rows.Count(r => r.Class == k)), disagreements.Count);
        Assert.True(accepted > 100 && refused > 300, $"The corpus should exercise both sides: {accepted} accepted, {refused} refused.");
    }

    /// <summary>Our verdicts, each at the case's own "now"; any exception other than a refusal fails the test.</summary>
    private static async Task<IReadOnlyList<(bool Accepted, CognitoTokenValidationFailure? Reason)>> ValidateAllAsync(
        IReadOnlyList<CorpusToken> corpus, (string Kid, RSA Key)[] published)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(Now));
        var jwks = new FakeJwksHttpMessageHandler(new Uri(RegionalIssuer + "/.well-known/jwks.json"));
        jwks.Publish(published);
        using var httpClient = new HttpClient(jwks);
        var options = new CognitoTokenValidatorOptions
        {
            UserPoolId = PoolId,
            ClockSkew = TimeSpan.FromSeconds(ClockSkewSeconds),
            KeySetLifetime = TimeSpan.FromDays(3650),
            TimeProvider = clock,
        };
        options.ClientIds.Add(ClientA);
        options.ClientIds.Add(ClientB);
        using var validator = new CognitoTokenValidator(options, httpClient);

        var results = new List<(bool, CognitoTokenValidationFailure?)>(corpus.Count);
        foreach (var token in corpus)
        {
            clock.SetUtcNow(DateTimeOffset.FromUnixTimeSeconds(token.NowSeconds));
            try
            {
                await validator.ValidateAsync(token.Token, token.Use);
                results.Add((true, null));
            }
            catch (CognitoTokenValidationException e)
            {
                results.Add((false, e.Reason));
            }
        }

        return results;
    }

    private sealed record CorpusToken(string Class, string Token, CognitoTokenUse Use, long NowSeconds);

    /// <summary>A JSON member as written: its name and its raw JSON value (so duplicates and odd types can be written).</summary>
    private sealed record Member(string Name, string Json);

    /// <summary>Builds the corpus: the classes and their counts are fixed; the random choices come from the seed.</summary>
    private sealed class Corpus(Random random, RSA poolKey1, RSA poolKey2, RSA attackerKey)
    {
        private readonly List<CorpusToken> tokens = [];

        public List<CorpusToken> Build()
        {
            Repeat("valid-regional-issuer", 60, () => Valid(issuer: RegionalIssuer));
            Repeat("valid-global-issuer", 60, () => Valid(issuer: GlobalIssuer));
            Repeat("valid-large-under-cap", 5, () => Valid(extra: [new("padding", Json(new string('p', 10 * 1024)))]));
            Repeat("oversize-valid", 8, () => Valid(extra: [new("padding", Json(new string('p', random.Next(17, 40) * 1024)))]));

            Repeat("signature-bit-flip", 40, () => FlipSignatureBit(Valid()));
            Repeat("payload-tampered", 20, () =>
            {
                var (use, claims) = Claims();
                string token = Sign(poolKey1, Header("RS256", "pool-1"), claims);
                string forged = Payload(claims.Select(m => m.Name == "sub" ? new Member("sub", Json("00000000-0000-0000-0000-000000000000")) : m).ToList());
                string[] parts = token.Split('.');
                return (use, $"{parts[0]}.{B64(forged)}.{parts[2]}");
            });
            Repeat("signed-by-attacker-pool-kid", 10, () => Valid(key: attackerKey));

            Repeat("alg-none", 15, () =>
            {
                var (use, claims) = Claims();
                return (use, $"{B64(Header("none", "pool-1"))}.{B64(Payload(claims))}.");
            });
            Repeat("alg-none-signature-kept", 5, () =>
            {
                var (use, claims) = Claims();
                string[] parts = Sign(poolKey1, Header("RS256", "pool-1"), claims).Split('.');
                return (use, $"{B64(Header("none", "pool-1"))}.{parts[1]}.{parts[2]}");
            });
            Repeat("alg-HS256-public-key", 15, () =>
            {
                var (use, claims) = Claims();
                string input = $"{B64(Header("HS256", "pool-1"))}.{B64(Payload(claims))}";
                // The classic confusion attack: the public key (as the verifier holds it) used as an HMAC secret.
                byte[] secret = random.Next(2) == 0
                    ? Encoding.ASCII.GetBytes(poolKey1.ExportSubjectPublicKeyInfoPem())
                    : poolKey1.ExportParameters(false).Modulus!;
                return (use, input + "." + Base64UrlEncoder.Encode(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input))));
            });
            Repeat("alg-RS512", 15, () => Valid(algorithm: "RS512"));
            Repeat("alg-RS384", 5, () => Valid(algorithm: "RS384"));
            Repeat("alg-missing", 5, () => Valid(kid: "pool-1", header: """{"kid":"pool-1"}"""));

            Repeat("kid-unknown", 15, () => Valid(key: attackerKey, kid: "attacker-" + random.Next(1000)));
            Repeat("kid-unknown-signed-by-pool", 5, () => Valid(kid: "pool-9"));
            Repeat("kid-missing", 15, () => Valid(kid: "pool-1", header: """{"alg":"RS256"}"""));
            Repeat("kid-not-a-string", 5, () => Valid(kid: "pool-1", header: """{"alg":"RS256","kid":1}"""));

            Repeat("iss-wrong", 25, () => Valid(issuer: Pick(
                "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool",
                "https://cognito-idp.us-east-1.amazonaws.com/eu-west-1_TestPool1",
                "https://issuer-cognito-idp.us-east-1.amazonaws.com/eu-west-1_TestPool1",
                "http://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1",
                RegionalIssuer + "/",
                "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_testpool1",
                "https://evil.example.com/eu-west-1_TestPool1")));
            Repeat("iss-missing", 10, () => Valid(drop: "iss"));
            Repeat("iss-not-a-string", 5, () => Valid(replace: new("iss", "[\"" + RegionalIssuer + "\"]")));

            Repeat("token-use-swapped", 20, () => Valid(presentAs: use => use == CognitoTokenUse.Id ? CognitoTokenUse.Access : CognitoTokenUse.Id));
            Repeat("token-use-missing", 10, () => Valid(drop: "token_use"));
            Repeat("token-use-other", 5, () => Valid(replace: new("token_use", Json(Pick("refresh", "ID", "Access", "")))));

            Repeat("client-other", 20, () => Valid(client: OtherClient));
            Repeat("client-missing", 10, () => Valid(dropClient: true));
            Repeat("client-id-token-in-client_id-only", 5, () => Valid(use: CognitoTokenUse.Id, dropClient: true, extra: [new("client_id", Json(ClientA))]));
            Repeat("client-access-token-in-aud-only", 5, () => Valid(use: CognitoTokenUse.Access, dropClient: true, extra: [new("aud", Json(ClientA))]));

            // Expiry and not-before edges, at the clock skew (= aws-jwt-verify's graceSeconds), a second either side.
            foreach (int offset in new[] { -ClockSkewSeconds - 3600, -ClockSkewSeconds - 1, -ClockSkewSeconds, -ClockSkewSeconds + 1, -1, 0, 1 })
            {
                Repeat(string.Create(CultureInfo.InvariantCulture, $"exp-now{offset:+0;-0;+0}"), 4, () => Valid(expiresIn: offset));
            }

            foreach (int offset in new[] { ClockSkewSeconds - 1, ClockSkewSeconds, ClockSkewSeconds + 1, 86400 })
            {
                Repeat(string.Create(CultureInfo.InvariantCulture, $"nbf-now{offset:+0;-0;+0}"), 4, () => Valid(extra: [new("nbf", (Now + offset).ToString(CultureInfo.InvariantCulture))]));
            }

            Repeat("iat-in-the-future", 5, () => Valid(replace: new("iat", (Now + 86400).ToString(CultureInfo.InvariantCulture))));
            Repeat("missing-exp", 8, () => Valid(drop: "exp"));
            Repeat("missing-sub", 5, () => Valid(drop: "sub"));
            Repeat("exp-not-a-number", 5, () => Valid(replace: new("exp", Json((Now + 600).ToString(CultureInfo.InvariantCulture)))));
            Repeat("exp-fractional", 5, () => Valid(replace: new("exp", (Now + 600).ToString(CultureInfo.InvariantCulture) + ".5")));
            Repeat("exp-far-future", 5, () => Valid(replace: new("exp", Pick("99999999999999", "253402300800", "9223372036854775807"))));
            Repeat("exp-beyond-int64", 4, () => Valid(replace: new("exp", Pick("1e300", "1e19", "18446744073709551616"))));
            Repeat("exp-zero-or-negative", 5, () => Valid(replace: new("exp", Pick("0", "-1", "-1e300"))));
            Repeat("nbf-not-a-number", 5, () => Valid(extra: [new("nbf", Json((Now - 600).ToString(CultureInfo.InvariantCulture)))]));
            Repeat("iat-not-a-number", 5, () => Valid(replace: new("iat", Json((Now - 600).ToString(CultureInfo.InvariantCulture)))));
            Repeat("sub-not-a-string", 5, () => Valid(replace: new("sub", "12345")));
            Repeat("aud-not-a-string", 5, () => Valid(use: CognitoTokenUse.Id, replace: new("aud", "12345")));

            Repeat("duplicate-iss-first-wrong", 5, () => Valid(issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool", extra: [new("iss", Json(RegionalIssuer))]));
            Repeat("duplicate-exp-first-expired", 5, () => Valid(expiresIn: -3600, extra: [new("exp", (Now + 600).ToString(CultureInfo.InvariantCulture))]));
            Repeat("duplicate-iss-last-wrong", 5, () => Valid(extra: [new("iss", Json("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool"))]));
            Repeat("duplicate-token_use-last-wrong", 5, () => Valid(appendTokenUse: "refresh"));
            Repeat("duplicate-exp-last-expired", 5, () => Valid(extra: [new("exp", (Now - 3600).ToString(CultureInfo.InvariantCulture))]));
            Repeat("duplicate-client-last-other", 5, () => Valid(appendClient: OtherClient));

            Repeat("malformed-structure", 20, () => (RandomUse(), Pick(
                string.Empty,
                "not-a-jwt",
                "a.b",
                "a.b.c.d",
                "...",
                Valid().Token.Item2 + ".extra",
                string.Join('.', Valid().Token.Item2.Split('.').Take(2)),
                " " + Valid().Token.Item2,
                Valid().Token.Item2 + "\n")));
            Repeat("malformed-base64", 15, () =>
            {
                string[] parts = Valid().Token.Item2.Split('.');
                int part = random.Next(3);
                int at = random.Next(1, parts[part].Length);
                parts[part] = parts[part][..at] + Pick("!", "+", "/", "*", "%") + parts[part][at..];
                return (RandomUse(), string.Join('.', parts));
            });
            Repeat("malformed-json-header", 10, () => Valid(kid: "pool-1", header: Pick("{\"alg\":\"RS256\",\"kid\":\"pool-1\"", "[\"RS256\"]", "null", "\"RS256\"", "{'alg':'RS256'}")));
            Repeat("malformed-json-payload", 10, () =>
            {
                string payload = Pick("{\"sub\":\"x\"", "[]", "null", "42", "{\"sub\":\"x\",}");
                return (RandomUse(), Sign(poolKey1, Header("RS256", "pool-1"), payload));
            });

            return tokens;
        }

        private void Repeat(string name, int count, Func<(CognitoTokenUse Use, string Token)> make)
        {
            for (int i = 0; i < count; i++)
            {
                var (use, token) = make();
                tokens.Add(new CorpusToken(name, token, use, Now));
            }
        }

        private void Repeat(string name, int count, Func<ValidToken> make)
        {
            for (int i = 0; i < count; i++)
            {
                var made = make();
                tokens.Add(new CorpusToken(name, made.Token.Item2, made.PresentAs, Now));
            }
        }

        private ValidToken Valid(
            string? issuer = null,
            RSA? key = null,
            string? kid = null,
            string algorithm = "RS256",
            string? header = null,
            CognitoTokenUse? use = null,
            string? client = null,
            bool dropClient = false,
            string? drop = null,
            Member? replace = null,
            Member[]? extra = null,
            int? expiresIn = null,
            string? appendTokenUse = null,
            string? appendClient = null,
            Func<CognitoTokenUse, CognitoTokenUse>? presentAs = null)
        {
            var (tokenUse, claims) = Claims(use, issuer, client, expiresIn);
            string clientClaim = tokenUse == CognitoTokenUse.Id ? "aud" : "client_id";
            claims = claims
                .Where(m => m.Name != drop && !(dropClient && m.Name == clientClaim))
                .Select(m => replace is not null && m.Name == replace.Name ? replace : m)
                .Concat(extra ?? [])
                .Concat(appendTokenUse is null ? [] : [new Member("token_use", Json(appendTokenUse))])
                .Concat(appendClient is null ? [] : [new Member(clientClaim, Json(appendClient))])
                .ToList();
            string signingKid = kid ?? Pick("pool-1", "pool-2");
            RSA signingKey = key ?? (signingKid == "pool-2" ? poolKey2 : poolKey1);
            string token = Sign(signingKey, header ?? Header(algorithm, signingKid), Payload(claims), algorithm);
            return new ValidToken((tokenUse, token), presentAs?.Invoke(tokenUse) ?? tokenUse);
        }

        /// <summary>Cognito-shaped claims for a random user, token kind, accepted client and lifetime.</summary>
        private (CognitoTokenUse Use, List<Member> Claims) Claims(CognitoTokenUse? use = null, string? issuer = null, string? client = null, int? expiresIn = null)
        {
            var tokenUse = use ?? RandomUse();
            long expires = Now + (expiresIn ?? random.Next(60, 3600));
            string sub = new Guid(RandomBytes(16)).ToString();
            string username = "user-" + random.Next(100000).ToString(CultureInfo.InvariantCulture);
            string clientId = client ?? Pick(ClientA, ClientB);
            var groups = new[] { "admins", "staff", "beta" }.Where(_ => random.Next(2) == 0).ToList();
            var claims = new List<Member> { new("sub", Json(sub)) };
            if (groups.Count > 0)
            {
                claims.Add(new("cognito:groups", "[" + string.Join(",", groups.Select(Json)) + "]"));
            }

            claims.Add(new("iss", Json(issuer ?? Pick(RegionalIssuer, GlobalIssuer))));
            if (tokenUse == CognitoTokenUse.Id)
            {
                claims.Add(new("aud", Json(clientId)));
                claims.Add(new("cognito:username", Json(username)));
                claims.Add(new("email", Json(username + "@example.com")));
                claims.Add(new("email_verified", random.Next(2) == 0 ? "true" : "false"));
            }
            else
            {
                claims.Add(new("client_id", Json(clientId)));
                claims.Add(new("username", Json(username)));
                claims.Add(new("scope", Json("aws.cognito.signin.user.admin")));
                claims.Add(new("jti", Json(new Guid(RandomBytes(16)).ToString())));
            }

            claims.Add(new("token_use", Json(tokenUse == CognitoTokenUse.Id ? "id" : "access")));
            claims.Add(new("auth_time", (expires - 3600).ToString(CultureInfo.InvariantCulture)));
            claims.Add(new("exp", expires.ToString(CultureInfo.InvariantCulture)));
            claims.Add(new("iat", (expires - 3600).ToString(CultureInfo.InvariantCulture)));
            return (tokenUse, claims);
        }

        private (CognitoTokenUse, string) FlipSignatureBit(ValidToken valid)
        {
            string[] parts = valid.Token.Item2.Split('.');
            byte[] signature = Base64UrlEncoder.DecodeBytes(parts[2]);
            int bit = random.Next(signature.Length * 8);
            signature[bit / 8] ^= (byte)(1 << (bit % 8));
            return (valid.PresentAs, $"{parts[0]}.{parts[1]}.{Base64UrlEncoder.Encode(signature)}");
        }

        private static string Header(string algorithm, string kid) => $$"""{"kid":{{Json(kid)}},"alg":{{Json(algorithm)}}}""";

        private static string Payload(IReadOnlyList<Member> claims) => "{" + string.Join(",", claims.Select(m => Json(m.Name) + ":" + m.Json)) + "}";

        private static string Sign(RSA key, string header, List<Member> claims) => Sign(key, header, Payload(claims), "RS256");

        private static string Sign(RSA key, string header, string payload, string algorithm = "RS256")
        {
            string input = $"{B64(header)}.{B64(payload)}";
            var hash = algorithm switch
            {
                "RS384" => HashAlgorithmName.SHA384,
                "RS512" => HashAlgorithmName.SHA512,
                _ => HashAlgorithmName.SHA256,
            };
            return input + "." + Base64UrlEncoder.Encode(key.SignData(Encoding.ASCII.GetBytes(input), hash, RSASignaturePadding.Pkcs1));
        }

        private static string B64(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));

        private static string Json(string value) => JsonSerializer.Serialize(value);

        private CognitoTokenUse RandomUse() => random.Next(2) == 0 ? CognitoTokenUse.Id : CognitoTokenUse.Access;

        private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];

        private byte[] RandomBytes(int count)
        {
            byte[] bytes = new byte[count];
            random.NextBytes(bytes);
            return bytes;
        }
    }

    /// <summary>A minted token, and the kind it is presented as (its own, unless the case swaps it).</summary>
    private sealed record ValidToken((CognitoTokenUse, string) Token, CognitoTokenUse PresentAs);
}
