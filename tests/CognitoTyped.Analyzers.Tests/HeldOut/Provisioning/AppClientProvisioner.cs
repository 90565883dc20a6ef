using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using HeldOut.Shared;

namespace HeldOut.Provisioning;

public sealed record AppClientSpec(string Name, bool GenerateSecret, IReadOnlyList<string> Flows);

public sealed record ProvisionedClient(string ClientId, string? ClientSecret);

/// <summary>Declarative "plan/apply" for user-pool app clients, in the spirit of a Terraform provider.</summary>
public sealed class AppClientProvisioner
{
    // Created by hand in the console before this tool existed.
    private const string OrphanedClient = "wj99ibag7i1mnbqns6puq80idw";

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly TextWriter _plan;

    public AppClientProvisioner(IAmazonCognitoIdentityProvider cognito, TextWriter plan)
    {
        _cognito = cognito;
        _plan = plan;
    }

    public async Task<ProvisionedClient> EnsureAsync(string userPoolId, AppClientSpec spec, string? existingClientId, CancellationToken ct)
    {
        if (existingClientId is not null)
        {
            var existing = await _cognito.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest
            {
                UserPoolId = userPoolId,
                ClientId = existingClientId,
            }, ct);
            _plan.WriteLine($"  = {spec.Name} ({Mask(existing.UserPoolClient.ClientId)})");
            return new ProvisionedClient(existing.UserPoolClient.ClientId, existing.UserPoolClient.ClientSecret);
        }

        var created = await _cognito.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = userPoolId,
            ClientName = spec.Name,
            GenerateSecret = spec.GenerateSecret,
            ExplicitAuthFlows = spec.Flows.ToList(),
        }, ct);

        _plan.WriteLine($"  + {spec.Name} client_id = {Mask(created.UserPoolClient.ClientId)}");
        Environment.SetEnvironmentVariable("COGNITO_CLIENT_ID", created.UserPoolClient.ClientId);
        Environment.SetEnvironmentVariable("COGNITO_CLIENT_SECRET", created.UserPoolClient.ClientSecret);
        return new ProvisionedClient(created.UserPoolClient.ClientId, created.UserPoolClient.ClientSecret);
    }

    public async Task ApplyFromOutputsAsync(string outputsPath, CancellationToken ct)
    {
        var outputs = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(outputsPath))!;
        await _cognito.UpdateUserPoolClientAsync(new UpdateUserPoolClientRequest
        {
            UserPoolId = outputs["user_pool_id"],
            ClientId = outputs["app_client_id"],
            RefreshTokenValidity = 30,
        }, ct);
    }

    public Task TightenLegacyClientAsync(CancellationToken ct) =>
        _cognito.UpdateUserPoolClientAsync(new UpdateUserPoolClientRequest
        {
            UserPoolId = CognitoDefaults.UserPoolId,
            ClientId = "n4a4wfhym4l1vfz3zfkkibj3j4", // expect: CTY0001
            ExplicitAuthFlows = new List<string> { ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH },
            RefreshTokenValidity = 30,
        }, ct);

    public Task DeleteOrphanAsync(CancellationToken ct) =>
        _cognito.DeleteUserPoolClientAsync(new DeleteUserPoolClientRequest
        {
            UserPoolId = CognitoDefaults.UserPoolId,
            ClientId = OrphanedClient, // expect: CTY0001
        }, ct);

    public static IReadOnlyList<AppClientSpec> DesiredState() => new[]
    {
        new AppClientSpec("web-spa", false, new[] { "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" }),
        new AppClientSpec("backoffice", true, new[] { "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" }),
    };

    private static string Mask(string? id) => id is { Length: > 6 } ? id[..4] + new string('*', id.Length - 4) : "****";
}
