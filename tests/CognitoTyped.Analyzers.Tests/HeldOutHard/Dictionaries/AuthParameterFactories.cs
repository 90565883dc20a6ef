using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Configuration;

namespace Hard.Dictionaries;

/// <summary>Builds Cognito auth parameters for the support tooling; also talks to the old on-prem IdP during migration.</summary>
public sealed class SupportToolAuth
{
    private static readonly Dictionary<string, string> ImpersonationDefaults = new()
    {
        ["USERNAME"] = "support-impersonation",
        ["NEW_PASSWORD"] = "Supp0rt-Imp3rsonation!", // expect: CTY0002
    };

    private static readonly Dictionary<string, string> AuditAccount;

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IConfiguration _configuration;
    private readonly HttpClient _legacyIdp;

    static SupportToolAuth()
    {
        AuditAccount = new Dictionary<string, string>();
        AuditAccount["USERNAME"] = "audit-bot";
        AuditAccount["PASSWORD"] = "Aud1t-B0t-Passw0rd"; // expect: CTY0002
    }

    public SupportToolAuth(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration, HttpClient legacyIdp)
    {
        _cognito = cognito;
        _configuration = configuration;
        _legacyIdp = legacyIdp;
    }

    public Task<RespondToAuthChallengeResponse> CompleteImpersonationAsync(string session, CancellationToken ct) =>
        _cognito.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = _configuration["Cognito:Support:ClientId"],
            ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED,
            Session = session,
            ChallengeResponses = new Dictionary<string, string>(ImpersonationDefaults),
        }, ct);

    public Task<AdminInitiateAuthResponse> AuditSignInAsync(string poolId, CancellationToken ct) =>
        _cognito.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = poolId,
            ClientId = _configuration["Cognito:Support:ClientId"],
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters = AuditAccount,
        }, ct);

    public Task<InitiateAuthResponse> SignInFromPairsAsync(string user, CancellationToken ct)
    {
        var pairs = new List<KeyValuePair<string, string>>
        {
            new("USERNAME", user),
            new("PASSWORD", "Pairs-Passw0rd!"), // expect: CTY0002
        };
        return _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = _configuration["Cognito:Support:ClientId"],
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = pairs.ToDictionary(p => p.Key, p => p.Value),
        }, ct);
    }

    public Task<InitiateAuthResponse> SignInWithCollectionExpressionAsync(string user, CancellationToken ct)
    {
        KeyValuePair<string, string>[] entries =
        [
            KeyValuePair.Create("USERNAME", user),
            KeyValuePair.Create("PASSWORD", "Coll3ction-Expr!"), // expect: CTY0002
        ];
        return _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = _configuration["Cognito:Support:ClientId"],
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>(entries),
        }, ct);
    }

    public Task<InitiateAuthResponse> SignInWithBuilderAsync(string user, CancellationToken ct) =>
        _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = _configuration["Cognito:Support:ClientId"],
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = BuildParameters(user),
        }, ct);

    private static Dictionary<string, string> BuildParameters(string user) => new()
    {
        ["USERNAME"] = user,
        ["PASSWORD"] = "Bu1lder-Passw0rd!", // expect: CTY0002
    };

    // Migration period: users not yet moved are checked against the on-prem IdP's form login.
    public async Task<bool> LegacyCheckAsync(string user, CancellationToken ct)
    {
        var form = new Dictionary<string, string>
        {
            ["USERNAME"] = user,
            ["PASSWORD"] = "legacy-probe-pass",
            ["grant"] = "password",
        };
        using var response = await _legacyIdp.PostAsync("/login", new FormUrlEncodedContent(form), ct);
        return response.IsSuccessStatusCode;
    }

    public Task<HttpResponseMessage> LegacyHealthAsync(CancellationToken ct) =>
        _legacyIdp.PostAsync("/health", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            { "USERNAME", "health" },
            { "PASSWORD", "health-check-only" },
        }), ct);

    public Dictionary<string, string> DatabaseSettings() => new()
    {
        ["USERNAME"] = "support_ro",
        ["PASSWORD"] = "db-readonly",
    };
}
