using System.Globalization;
using Amazon.Runtime;
using CognitoTyped.Emulator;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Provisioning;
using CognitoTyped.Sample.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoTyped.Sample;

internal static class SampleRun
{
    private const string Pool = "Customers";
    private const string EmulatorConfirmationCode = "123456";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var transcript = new Transcript(output);
        transcript.Line("CognitoTyped sample: sign-up → sign-in → tokens → AWS credentials, on the client generated from cognito.json");
        transcript.Line();
        CognitoLocalProcess? emulator = null;
        try
        {
            var realPool = !string.IsNullOrWhiteSpace(configuration[$"Cognito:{Pool}:UserPoolId"]);
            if (realPool)
            {
                transcript.Line($"Using the user pool configured under Cognito:{Pool} ({configuration[$"Cognito:{Pool}:UserPoolId"]}).");
            }
            else
            {
                emulator = await transcript.StepAsync(
                    "Start cognito-local on 127.0.0.1 (no Cognito:Customers:UserPoolId configured)",
                    () => CognitoLocalProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "cognito-local"), EmulatorConfirmationCode),
                    e => $"emulator at {e.Url} (installed with npm ci from the sample's own package-lock.json)");
                configuration = await ProvisionAsync(transcript, emulator.Url, configuration);
            }

            await using var services = new ServiceCollection().AddCognitoTyped(configuration).Services.BuildServiceProvider();
            await RunFlowAsync(transcript, services, configuration, emulator is not null);
            transcript.Line();
            transcript.Line("Done: every step passed.");
            return 0;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            transcript.Line("failed");
            output.WriteLine();
            output.WriteLine($"The sample failed: {exception.GetType().Name}: {exception.Message}");
            if (exception is CognitoServiceException service)
            {
                output.WriteLine($"AWS error code {service.ErrorCode}, HTTP {(int)service.StatusCode}, request ID {service.RequestId ?? "(none)"}.");
            }

            return 1;
        }
        finally
        {
            if (emulator is not null)
            {
                await emulator.DisposeAsync();
                output.WriteLine("cognito-local stopped.");
            }
        }
    }

    private static async Task<IConfiguration> ProvisionAsync(Transcript transcript, Uri emulatorUrl, IConfiguration configuration)
    {
        using var admin = new CognitoIdentityProviderClient(new CognitoServiceClientOptions
        {
            Region = "us-east-1",
            ServiceUrl = emulatorUrl,
            // cognito-local does not check signatures; any credentials sign the admin calls.
            Credentials = new BasicAWSCredentials("local", "local"),
        });
        // cognito-local 5.3.0 has no CreateResourceServer: the 'orders' API's scopes are not created there (it does not check them).
        var pool = await transcript.StepAsync(
            "Provision the pool, its app client and group from cognito.json (CustomersDefinition; no resource servers on cognito-local)",
            () => CognitoProvisioner.ProvisionAsync(CustomersDefinition.UserPool, admin, new CognitoProvisioningOptions { CreateResourceServers = false }),
            p => $"pool {p.UserPoolId}, client App = {p.Client("App").ClientId}");

        // What a real deployment keeps in configuration (appsettings, environment, a secret store), never in code.
        return new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"Cognito:{Pool}:UserPoolId"] = pool.UserPoolId,
                [$"Cognito:{Pool}:ServiceUrl"] = emulatorUrl.ToString(),
                [$"Cognito:{Pool}:Clients:App:ClientId"] = pool.Client("App").ClientId,
            })
            .Build();
    }

    private static async Task RunFlowAsync(Transcript transcript, IServiceProvider services, IConfiguration configuration, bool onEmulator)
    {
        var client = services.GetRequiredService<ICustomersAppClient>();
        var username = "sample-" + Guid.NewGuid().ToString("N")[..8];
        var email = configuration["Sample:Email"] ?? $"{username}@example.com";
        // A throwaway password for a throwaway user, made here so no password is ever written in code.
        var password = "Pw-" + Guid.NewGuid().ToString("N") + "-9";

        var signUp = await transcript.StepAsync(
            $"Sign up '{username}' with typed attributes (CustomersAppSignUpAttributes)",
            () => client.SignUpAsync(username, password, new CustomersAppSignUpAttributes
            {
                Email = email,
                GivenName = "Ada",
                Birthdate = new DateOnly(1990, 12, 10),
                TenantId = "tenant-42",
                Seats = 5,
                Beta = true,
            }),
            r => $"user sub {r.UserSub}, confirmed: {r.UserConfirmed}, code sent via {r.CodeDeliveryDetails?.DeliveryMedium ?? "(none)"}");

        if (onEmulator)
        {
            await transcript.StepAsync("Confirm the sign-up with the emailed code", () => client.ConfirmSignUpAsync(username, EmulatorConfirmationCode), "cognito-local's fixed code stands in for the email");
        }
        else if (signUp.UserConfirmed != true)
        {
            await transcript.StepAsync(
                "Confirm the sign-up as an administrator (AdminConfirmSignUp, signed with your AWS credentials)",
                async () =>
                {
                    using var admin = new CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = RegionOf(configuration) });
                    await admin.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = configuration[$"Cognito:{Pool}:UserPoolId"], Username = username });
                });
        }

        var signIn = await transcript.StepAsync(
            "Sign in (USER_PASSWORD_AUTH: the only sign-in flow app client App allows)",
            () => client.SignInAsync(username, password),
            r => r.IsSignedIn ? $"signed in; tokens expire at {r.Tokens!.ExpiresAt.ToString("u", CultureInfo.InvariantCulture)} (tokens are never printed)" : $"challenge {r.ChallengeName}");
        var tokens = signIn.Tokens ?? throw new InvalidOperationException($"Expected tokens, got the {signIn.ChallengeName} challenge.");

        var user = await transcript.StepAsync(
            "Read the typed user (GetUser → CustomersUser)",
            () => client.GetUserAsync(tokens.AccessToken),
            u => Describe(u.Attributes));

        await transcript.StepAsync(
            "Update an attribute (CustomersAppAttributeUpdate: only mutable, writable attributes exist on it)",
            () => client.UpdateUserAttributesAsync(tokens.AccessToken, new CustomersAppAttributeUpdate { GivenName = "Grace", Seats = 12 }));
        var updated = await transcript.StepAsync("Read it back", () => client.GetUserAsync(tokens.AccessToken), u => $"GivenName = {u.Attributes.GivenName}, Seats = {u.Attributes.Seats}");
        if (updated.Attributes.GivenName != "Grace" || updated.Attributes.Seats != 12 || user.Attributes.TenantId != "tenant-42")
        {
            throw new InvalidOperationException("The attributes read back are not the ones written.");
        }

        var fromToken = CustomersAttributes.FromIdToken(tokens.IdToken);
        transcript.Line($"      from the ID token: Email = {fromToken.Email}, Sub = {fromToken.Sub}");

        var refreshed = await transcript.StepAsync(
            "Refresh the tokens (REFRESH_TOKEN_AUTH)",
            () => client.RefreshAsync(tokens),
            t => $"new access token until {t.ExpiresAt.ToString("u", CultureInfo.InvariantCulture)}; refresh token kept: {t.RefreshToken == tokens.RefreshToken}");

        var identityPoolId = configuration[$"Cognito:{Pool}:IdentityPoolId"];
        if (string.IsNullOrWhiteSpace(identityPoolId))
        {
            transcript.Skip(
                "Exchange the ID token for AWS credentials at the identity pool",
                onEmulator
                    ? "cognito-local has no identity pools (cognito-identity); set Cognito:Customers:IdentityPoolId with a real pool to run this step."
                    : "Cognito:Customers:IdentityPoolId is not configured.");
        }
        else
        {
            var identityPool = services.GetRequiredService<CustomersIdentityPool>();
            var credentials = identityPool.GetCredentials(refreshed);
            await transcript.StepAsync(
                "Exchange the ID token for AWS credentials at the identity pool (GetId + GetCredentialsForIdentity)",
                () => credentials.GetCredentialsAsync(),
                c => $"identity {credentials.IdentityId}; access key {c.AccessKey[..4]}…, usable by any AWS SDK client (new AmazonS3Client(credentials))");
        }

        if (configuration["WebApi"] is { Length: > 0 } webApi)
        {
            // samples/CognitoTyped.WebApi, configured with the same pool: the access token goes in the Authorization header,
            // never onto the console.
            await transcript.StepAsync(
                $"Call the web API sample with the access token (GET {webApi.TrimEnd('/')}/me)",
                async () =>
                {
                    using var http = new HttpClient();
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(webApi.TrimEnd('/') + "/"), "me"));
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", refreshed.AccessToken);
                    using var response = await http.SendAsync(request);
                    return $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
                },
                answer => answer);
        }

        await transcript.StepAsync("Revoke the refresh token (RevokeToken)", () => client.RevokeTokenAsync(tokens.RefreshToken!));
        await transcript.StepAsync(
            "Refreshing with the revoked token now fails with a typed NotAuthorizedException",
            async () =>
            {
                try
                {
                    await client.RefreshAsync(tokens);
                }
                catch (NotAuthorizedException)
                {
                    return;
                }

                throw new InvalidOperationException("The revoked refresh token still refreshed.");
            });

        await transcript.StepAsync("Delete the sample user (DeleteUser)", () => client.DeleteUserAsync(refreshed.AccessToken));
    }

    private static string Describe(CustomersAttributes attributes) => string.Join(
        "\n",
        $"Sub = {attributes.Sub}",
        $"Email = {attributes.Email}, EmailVerified = {attributes.EmailVerified?.ToString() ?? "(not set)"}",
        $"GivenName = {attributes.GivenName}, Birthdate = {attributes.Birthdate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        $"TenantId = {attributes.TenantId}, Seats = {attributes.Seats}, Beta = {attributes.Beta}",
        $"AdditionalAttributes = {attributes.AdditionalAttributes.Count}");

    private static string RegionOf(IConfiguration configuration)
        => configuration[$"Cognito:{Pool}:Region"] is { Length: > 0 } region
            ? region
            : configuration[$"Cognito:{Pool}:UserPoolId"]!.Split('_')[0];
}
