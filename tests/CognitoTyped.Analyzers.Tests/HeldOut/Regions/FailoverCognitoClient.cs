using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using Amazon.Runtime;

namespace HeldOut.Regions;

public sealed record RegionalPool(RegionEndpoint Region, string PoolId, string ClientId);

/// <summary>Active/passive user pools; falls back to the second region when the first is unavailable.</summary>
public sealed class FailoverCognitoClient
{
    private static readonly RegionalPool[] Pools =
    {
        new(RegionEndpoint.USEast1, "us-east-1_Q7xk2PzLm", "qfoeqh3av90ric7phkqdlmtt7n"), // expect: CTY0001
        new(RegionEndpoint.USWest2, "us-west-2_Zz9Yy8Xx7", "s26lrwbqcab69m64p2g158z6tn"), // expect: CTY0001
    };

    public async Task<AuthenticationResultType?> SignInAsync(string username, string password, CancellationToken ct)
    {
        foreach (var pool in Pools)
        {
            try
            {
                using var client = new AmazonCognitoIdentityProviderClient(pool.Region);
                var response = await client.InitiateAuthAsync(new InitiateAuthRequest
                {
                    ClientId = pool.ClientId,
                    AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                    AuthParameters = { ["USERNAME"] = username, ["PASSWORD"] = password },
                }, ct);
                return response.AuthenticationResult;
            }
            catch (AmazonServiceException) when (!ct.IsCancellationRequested)
            {
                // try the next region
            }
        }

        return null;
    }

    // Older code path, still used by the v1 mobile API.
    public async Task<AuthenticationResultType?> SignInV1Async(RegionEndpoint region, string username, string password)
    {
        using var client = new AmazonCognitoIdentityProviderClient(region);
        var response = await client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = region.SystemName switch // expect: CTY0001
            {
                "us-east-1" => "ovmizwdiaeq1kdfy6spsc3lkr2",
                "us-west-2" => "aqxv9upctnwlavyf4r6mp6afqf",
                _ => "jzczbttof7jyu5jsjc616i76bo",
            },
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = username, ["PASSWORD"] = password },
        });
        return response.AuthenticationResult;
    }

    public static InitiateAuthRequest Build(bool primary, string username, string password) => new()
    {
        ClientId = primary ? Pools[0].ClientId : Pools[1].ClientId,
        AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
        AuthParameters = { ["USERNAME"] = username, ["PASSWORD"] = password },
    };

    public static CognitoUserPool PoolFor(bool primary, IAmazonCognitoIdentityProvider provider) => new(
        primary ? Pools[0].PoolId : Pools[1].PoolId,
        primary ? Pools[0].ClientId : Pools[1].ClientId,
        provider,
        primary ? "ldxjfs953qdcadafyttk5dux24kjhxk04y2rvsrdvajt1pyyyo2" : "sauqr1kcsjjr95w8f895ymotdz3nqay38f8weoz7q7u46mmnmfl"); // expect: CTY0003
}
