using System.Reflection;
using System.Security.Claims;
using System.Security.Cryptography;
using CognitoTyped.Generated;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.Tests.Tokens;

/// <summary>Group membership, which generated <c>{Pool}Groups</c> types ask <see cref="CognitoClaimReader"/> for.</summary>
public sealed class GroupMembershipTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly RSA poolKey = RSA.Create(2048);
    private readonly FakeJwksHttpMessageHandler jwks = new(TestTokens.JwksUri);
    private readonly HttpClient httpClient;

    public GroupMembershipTests()
    {
        jwks.Publish(("key-1", poolKey));
        httpClient = new HttpClient(jwks);
    }

    public void Dispose()
    {
        httpClient.Dispose();
        poolKey.Dispose();
    }

    [Fact]
    public void Claim_reader_decides_group_membership_only_from_validated_tokens_or_principals()
    {
        var groupMethods = typeof(CognitoClaimReader).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.Contains("Group", StringComparison.Ordinal) || m.Name.Contains("Member", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(groupMethods);
        Assert.All(groupMethods, method => Assert.True(
            method.GetParameters()[0].ParameterType == typeof(CognitoValidatedToken) || method.GetParameters()[0].ParameterType == typeof(ClaimsPrincipal),
            $"{method} reads groups from something other than a validated token or a principal."));
    }

    [Fact]
    public async Task Groups_of_a_validated_token_decide_membership()
    {
        using var validator = CreateValidator();
        var token = await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start));

        Assert.True(CognitoClaimReader.IsMember(token, "admins"));
        Assert.False(CognitoClaimReader.IsMember(token, "Admins"));
        Assert.Equal(["admins", "beta"], CognitoClaimReader.ReadGroups(token));
        var principal = new ClaimsPrincipal(token.Identity);
        Assert.True(CognitoClaimReader.IsMember(principal, "beta"));
        Assert.Equal(["admins", "beta"], CognitoClaimReader.ReadGroups(principal));
    }

    [Fact]
    public async Task Forged_unsigned_token_listing_a_group_never_becomes_a_validated_token()
    {
        using var validator = CreateValidator();
        string[] parts = TestTokens.Access(poolKey, "key-1", Start).Split('.');
        string forged = $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"kid\":\"key-1\"}")}.{parts[1]}.";

        var exception = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => validator.ValidateAccessTokenAsync(forged));

        Assert.Equal(CognitoTokenValidationFailure.UnsupportedAlgorithm, exception.Reason);
    }

    private CognitoTokenValidator CreateValidator()
    {
        var options = new CognitoTokenValidatorOptions { UserPoolId = TestTokens.PoolId, TimeProvider = new FakeTimeProvider(Start) };
        options.ClientIds.Add(TestTokens.ClientId);
        return new CognitoTokenValidator(options, httpClient);
    }
}
