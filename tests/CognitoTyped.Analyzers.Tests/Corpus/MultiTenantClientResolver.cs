using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Configuration;

namespace Corpus.MultiTenantClientResolver;

// Each tenant has its own app client; IDs live in configuration under Tenants:{name}:ClientId.
public class TenantClientResolver
{
    private readonly IConfiguration _configuration;
    private readonly Dictionary<string, string> _cache = new(StringComparer.OrdinalIgnoreCase);

    public TenantClientResolver(IConfiguration configuration) => _configuration = configuration;

    public string ResolveClientId(string tenant)
    {
        if (_cache.TryGetValue(tenant, out var cached))
        {
            return cached;
        }

        var clientId = _configuration.GetSection("Tenants").GetSection(tenant)["ClientId"]
            ?? throw new KeyNotFoundException($"No app client configured for tenant '{tenant}'.");
        _cache[tenant] = clientId;
        return clientId;
    }

    public static string DefaultClientFor(string region) => region switch
    {
        "eu-west-1" => "tenant-default-eu",
        "ap-southeast-2" => "tenant-default-apac",
        _ => "tenant-default-us",
    };
}

public class TenantSignInService
{
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly TenantClientResolver _resolver;

    public TenantSignInService(IAmazonCognitoIdentityProvider cognito, TenantClientResolver resolver)
    {
        _cognito = cognito;
        _resolver = resolver;
    }

    public Task<InitiateAuthResponse> SignInAsync(string tenant, string username, string password) =>
        _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = _resolver.ResolveClientId(tenant),
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = username, ["PASSWORD"] = password },
        });

    public Task<InitiateAuthResponse> SignInDefaultAsync(string region, string username, string password) =>
        _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = TenantClientResolver.DefaultClientFor(region),
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = username, ["PASSWORD"] = password },
        });

    public Task<SignUpResponse> SignUpAsync(string tenant, string username, Func<string> passwordFactory) =>
        _cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = _resolver.ResolveClientId(tenant),
            Username = username,
            Password = passwordFactory(),
        });
}
