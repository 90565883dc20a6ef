using System.Net;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CognitoTyped.Srp;
using CognitoTyped.Tests.Protocol;

namespace CognitoTyped.Tests.Auth;

/// <summary>
/// Shared pieces of the fake cognito-idp used by the challenge, device, USER_AUTH and token-session tests: the documented
/// request/response shapes, written as JSON, and Cognito's side of SRP from the SRP-6a equations.
/// </summary>
internal static class AuthFakes
{
    public const string PoolId = "eu-west-1_Pool";
    public const string PoolName = "Pool";
    public const string ClientId = "1example23456789abcdefghij";
    public const string ClientSecret = "fake-secret-for-tests-only";
    public const string UserIdForSrp = "7d1c-uuid";

    public static CognitoAuthClient ClientOver(FakeHttpHandler fake, string? secret = ClientSecret) => new(
        new CognitoClientOptions { UserPoolId = PoolId, ClientId = ClientId, ClientSecret = secret, Retry = new CognitoRetryOptions { MaxAttempts = 1 } },
        new HttpClient(fake));

    public static string Jwt(IReadOnlyDictionary<string, object> payload)
    {
        static string Segment(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return Segment("""{"alg":"none"}""") + "." + Segment(JsonSerializer.Serialize(payload)) + ".sig";
    }

    public static JsonElement Body(FakeHttpHandler.Call call) => JsonDocument.Parse(call.Body).RootElement;

    public static JsonElement Responses(FakeHttpHandler.Call call) => Body(call).GetProperty("ChallengeResponses");

    public static JsonElement AuthParameters(FakeHttpHandler.Call call) => Body(call).GetProperty("AuthParameters");

    public static string? Text(this JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    public static string Hash(string username) => SecretHash.Compute(username, ClientId, ClientSecret);

    /// <summary>An AuthenticationResult as Cognito returns it, with tokens that name the user <see cref="UserIdForSrp"/>.</summary>
    public static string TokensJson(string refreshToken = "refresh-1", string? newDeviceKey = null, int expiresIn = 3600, string idMarker = "1")
    {
        var idToken = Jwt(new Dictionary<string, object> { ["cognito:username"] = UserIdForSrp, ["marker"] = idMarker });
        var accessToken = Jwt(new Dictionary<string, object> { ["username"] = UserIdForSrp, ["marker"] = idMarker });
        var result = new Dictionary<string, object> { ["IdToken"] = idToken, ["AccessToken"] = accessToken, ["ExpiresIn"] = expiresIn, ["TokenType"] = "Bearer" };
        if (refreshToken.Length > 0)
        {
            result["RefreshToken"] = refreshToken;
        }

        if (newDeviceKey is not null)
        {
            result["NewDeviceMetadata"] = new Dictionary<string, string> { ["DeviceKey"] = newDeviceKey, ["DeviceGroupKey"] = "-group-key" };
        }

        return JsonSerializer.Serialize(new Dictionary<string, object> { ["AuthenticationResult"] = result, ["ChallengeParameters"] = new Dictionary<string, string>() });
    }

    public static HttpResponseMessage Ok(string json) => FakeHttpHandler.Json(HttpStatusCode.OK, json);

    public static HttpResponseMessage Challenge(string name, string session, IReadOnlyDictionary<string, string> parameters, IReadOnlyList<string>? available = null)
    {
        var body = new Dictionary<string, object> { ["ChallengeName"] = name, ["Session"] = session, ["ChallengeParameters"] = parameters };
        if (available is not null)
        {
            body["AvailableChallenges"] = available;
        }

        return Ok(JsonSerializer.Serialize(body));
    }

    public static HttpResponseMessage Unexpected(FakeHttpHandler.Call call)
        => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "InvalidParameterException", $"unexpected call {call.Number}: {call.Operation}");
}

/// <summary>Cognito's side of one SRP exchange, from the equations; the verifier is what Cognito stores for a user or a device.</summary>
internal sealed class FakeSrpServer
{
    private readonly BigInteger _verifier;
    private readonly BigInteger _salt;
    private byte[]? _key;

    private FakeSrpServer(BigInteger verifier, BigInteger salt)
    {
        _verifier = verifier;
        _salt = salt;
    }

    public string SaltHex => SrpEncoding.ToMinimalHex(_salt);

    public string SecretBlock { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

    public static FakeSrpServer ForUser(string poolName, string userId, string password)
    {
        var salt = new BigInteger(RandomNumberGenerator.GetBytes(16), isUnsigned: true, isBigEndian: true);
        var x = SrpSession.ComputeX(poolName, userId, password, salt);
        return new FakeSrpServer(BigInteger.ModPow(SrpGroup.G, x, SrpGroup.N), salt);
    }

    /// <summary>From what ConfirmDevice sent: DeviceSecretVerifierConfig.PasswordVerifier and Salt (Base64 of padHex).</summary>
    public static FakeSrpServer ForDevice(string passwordVerifierBase64, string saltBase64) => new(
        new BigInteger(Convert.FromBase64String(passwordVerifierBase64), isUnsigned: false, isBigEndian: true),
        new BigInteger(Convert.FromBase64String(saltBase64), isUnsigned: false, isBigEndian: true));

    /// <summary>B for the client's A; remembers the session key.</summary>
    public string ChallengeFor(string srpAHex)
    {
        var n = SrpGroup.N;
        var a = SrpEncoding.ParseUnsignedHex(srpAHex);
        var b = new BigInteger(RandomNumberGenerator.GetBytes(128), isUnsigned: true, isBigEndian: true);
        var serverB = ((SrpGroup.K * _verifier) + BigInteger.ModPow(SrpGroup.G, b, n)) % n;
        var u = new BigInteger(SHA256.HashData([.. SrpEncoding.PadBytes(a), .. SrpEncoding.PadBytes(serverB)]), isUnsigned: true, isBigEndian: true);
        var s = BigInteger.ModPow(a * BigInteger.ModPow(_verifier, u, n) % n, b, n);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, SrpEncoding.PadBytes(s), 16, SrpEncoding.PadBytes(u), "Caldera Derived Key"u8.ToArray());
        return SrpEncoding.ToMinimalHex(serverB);
    }

    /// <summary>Whether the client's PASSWORD_CLAIM_SIGNATURE proves the password (or device password).</summary>
    public bool Verifies(string poolNameOrGroupKey, string userIdOrDeviceKey, string timestamp, string signature)
    {
        var message = Encoding.UTF8.GetBytes(poolNameOrGroupKey + userIdOrDeviceKey)
            .Concat(Convert.FromBase64String(SecretBlock))
            .Concat(Encoding.UTF8.GetBytes(timestamp))
            .ToArray();
        return _key is not null && Convert.ToBase64String(HMACSHA256.HashData(_key, message)) == signature;
    }
}
