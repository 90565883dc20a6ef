using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Configuration;

namespace Hard.Tuples;

public enum Tenant { Contoso, Fabrikam, Northwind }

/// <summary>Multi-tenant sign-in: each tenant has its own app client.</summary>
public sealed class TenantSignIn
{
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IConfiguration _configuration;

    public TenantSignIn(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration)
    {
        _cognito = cognito;
        _configuration = configuration;
    }

    public Task<InitiateAuthResponse> SignInAsync(Tenant tenant, string user, string password, CancellationToken ct)
    {
        var (clientId, label) = tenant switch
        {
            Tenant.Contoso => ("c0nt0s0a1b2c3d4e5f6g7h8i9j", "contoso"),
            Tenant.Fabrikam => ("f4br1k4ma1b2c3d4e5f6g7h8i9", "fabrikam"),
            _ => ("n0rthw1nda1b2c3d4e5f6g7h8i", "northwind"),
        };
        Console.WriteLine($"Signing in to {label}");
        return _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = user, ["PASSWORD"] = password },
        }, ct);
    }

    public Task<InitiateAuthResponse> SignInDemoAsync(CancellationToken ct)
    {
        var (user, password) = ("demo@contoso.example", "Dem0-Contoso!");
        return _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = _configuration["Cognito:Contoso:ClientId"],
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = user, ["PASSWORD"] = password }, // expect: CTY0002
        }, ct);
    }

    public Task<InitiateAuthResponse> SignInKioskAsync(CancellationToken ct)
    {
        var kiosk = (Client: "k10skc0ntos0a1b2c3d4e5f6g7", Account: "kiosk@contoso.example");
        return _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = kiosk.Client, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = kiosk.Account, ["PASSWORD"] = _configuration["Kiosk:Password"] },
        }, ct);
    }

    public Task<InitiateAuthResponse> SignInFromSettingsAsync(Tenant tenant, string user, string password, CancellationToken ct)
    {
        var (clientId, region) = (_configuration[$"Cognito:{tenant}:ClientId"], _configuration[$"Cognito:{tenant}:Region"]);
        Console.WriteLine($"Region {region}");
        return _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = user, ["PASSWORD"] = password },
        }, ct);
    }
}
