using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.Tests.Tokens;

/// <summary>Mints Cognito-shaped RS256 tokens with test keys.</summary>
public static class TestTokens
{
    public const string PoolId = "eu-west-1_TestPool1";
    public const string ClientId = "3n4b5urk1ft4fl3mg5e62d9ado";
    public const string OtherClientId = "7abcdefghijklmnopqrstuvwx";
    public const string Issuer = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1";
    public static readonly Uri JwksUri = new("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1/.well-known/jwks.json");

    public static string Access(
        RSA key,
        string kid,
        DateTimeOffset issuedAt,
        string issuer = Issuer,
        string clientId = ClientId,
        string tokenUse = "access",
        TimeSpan? lifetime = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        Dictionary<string, object>? extraClaims = null) =>
        Mint(key, kid, issuedAt, issuer, lifetime, algorithm, new Dictionary<string, object>(extraClaims ?? [])
        {
            ["sub"] = "6f1c2a52-1f0e-4b8e-9a1d-2b3c4d5e6f70",
            ["token_use"] = tokenUse,
            ["client_id"] = clientId,
            ["username"] = "alice",
            ["scope"] = "aws.cognito.signin.user.admin openid",
            ["cognito:groups"] = new[] { "admins", "beta" },
            ["auth_time"] = issuedAt.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
        });

    public static string Id(
        RSA key,
        string kid,
        DateTimeOffset issuedAt,
        string issuer = Issuer,
        string audience = ClientId,
        string tokenUse = "id",
        TimeSpan? lifetime = null,
        Dictionary<string, object>? extraClaims = null) =>
        Mint(key, kid, issuedAt, issuer, lifetime, SecurityAlgorithms.RsaSha256, new Dictionary<string, object>(extraClaims ?? [])
        {
            ["sub"] = "6f1c2a52-1f0e-4b8e-9a1d-2b3c4d5e6f70",
            ["token_use"] = tokenUse,
            ["aud"] = audience,
            ["cognito:username"] = "alice",
            ["email"] = "alice@example.com",
            ["email_verified"] = true,
            ["custom:tenant_id"] = "t-42",
            ["auth_time"] = issuedAt.ToUnixTimeSeconds(),
        });

    private static string Mint(
        RSA key,
        string kid,
        DateTimeOffset issuedAt,
        string issuer,
        TimeSpan? lifetime,
        string algorithm,
        Dictionary<string, object> claims)
    {
        SigningCredentials credentials = algorithm == SecurityAlgorithms.RsaSha256
            ? new SigningCredentials(new RsaSecurityKey(key) { KeyId = kid }, algorithm)
            : new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(64)) { KeyId = kid }, algorithm);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            IssuedAt = issuedAt.UtcDateTime,
            Expires = (issuedAt + (lifetime ?? TimeSpan.FromHours(1))).UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
