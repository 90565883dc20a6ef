using System.Collections.Generic;
using Amazon.Extensions.CognitoAuthentication;
using CognitoTyped;
using Microsoft.Extensions.Configuration;

namespace HeldOut.Settings;

/// <summary>Per-application Cognito settings, annotated so the analyzer knows what they hold.</summary>
public sealed record CognitoAppSettings(
    [CognitoClientId] string AppClient,
    [CognitoClientSecret] string? AppKey,
    string UserPoolId);

public static class KnownApps
{
    public static readonly CognitoAppSettings Storefront = new(
        "c498uk1geqfng052loi03p8hss", // expect: CTY0001
        null,
        "us-east-1_Q7xk2PzLm");

    public static readonly CognitoAppSettings Backoffice = new(
        AppClient: "backoffice", // expect: CTY0001
        AppKey: "ek7531daujpwrkcrgewm2ybdozc2dppocklua3t0q5epyo0tz5b", // expect: CTY0003
        UserPoolId: "us-east-1_Q7xk2PzLm");

    public static CognitoAppSettings FromConfiguration(IConfiguration configuration) => new(
        configuration["Cognito:ClientId"]!,
        configuration["Cognito:ClientSecret"],
        configuration["Cognito:UserPoolId"]!);
}

/// <summary>A service account whose password must never be a literal.</summary>
public sealed class ServiceAccount(string username, [CognitoPassword] string password)
{
    public string Username { get; } = username;

    public InitiateAdminNoSrpAuthRequest ToAuthRequest() => new() { Password = password };
}

public static class ServiceAccounts
{
    public static ServiceAccount Reporting { get; } = new("svc-reporting", "R3porting!Svc"); // expect: CTY0002

    public static ServiceAccount Exporter(IConfiguration configuration) =>
        new("svc-export", configuration["Accounts:Exporter:Password"]!);
}

public sealed class TenantCognitoSettings
{
    [CognitoClientId] public required string AppClient { get; init; }
    [CognitoClientSecret] public string? AppKey { get; init; }
    public required string Tenant { get; init; }
}

public static class Tenants
{
    public static IReadOnlyList<TenantCognitoSettings> All { get; } = new[]
    {
        new TenantCognitoSettings { Tenant = "acme", AppClient = "acme-web" }, // expect: CTY0001
        new TenantCognitoSettings
        {
            Tenant = "globex",
            AppClient = "rrxqqm2plppjsmuezqp67og3cg", // expect: CTY0001
            AppKey = "et6lhsv60k7s6n6m0ldgwc0aat9atzgabml59r86jm0hjk76gbg", // expect: CTY0003
        },
    };

    public static TenantCognitoSettings FromSection(IConfigurationSection section) => new()
    {
        Tenant = section.Key,
        AppClient = section["AppClient"]!,
        AppKey = section["AppKey"],
    };
}
