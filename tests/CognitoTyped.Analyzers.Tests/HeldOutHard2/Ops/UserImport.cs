using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Logging;

namespace Hard2.Ops;

/// <summary>Imports users from the old CRM; each gets a temporary password and must change it.</summary>
public sealed class UserImport
{
    private static readonly (string Pool, string Client) Target = ("eu-west-1_Cr4mImp0rt", "cr4m1mp0rta1b2c3d4e5f6g7h8");

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly HttpClient _crm;
    private readonly ILogger _logger;

    public UserImport(IAmazonCognitoIdentityProvider cognito, HttpClient crm, ILogger logger)
    {
        _cognito = cognito;
        _crm = crm;
        _logger = logger;
    }

    public async Task ImportAsync(IEnumerable<string> emails, string temporaryPassword, CancellationToken ct)
    {
        foreach (var email in emails)
        {
            await _cognito.AdminCreateUserAsync(new AdminCreateUserRequest
            {
                UserPoolId = Target.Pool,
                Username = email,
                TemporaryPassword = temporaryPassword,
                MessageAction = MessageActionType.SUPPRESS,
            }, ct);
            _logger.LogInformation("Imported {Email}", email);
        }
    }

    public Task<InitiateAuthResponse> VerifyImportAsync(string email, CancellationToken ct) =>
        _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = Target.Client, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new[] { ("USERNAME", email), ("PASSWORD", "Imp0rt-Check-2024") }.ToDictionary(p => p.Item1, p => p.Item2), // expect: CTY0002
        }, ct);

    public Task<HttpResponseMessage> CrmLoginAsync(CancellationToken ct) =>
        _crm.PostAsync("/api/session", new FormUrlEncodedContent(new[]
        {
            new KeyValuePair<string, string>("USERNAME", "import-svc"),
            new KeyValuePair<string, string>("PASSWORD", "crm-import-svc-pw"),
        }), ct);

    public async Task ConfirmAsync(string email, string code, CancellationToken ct)
    {
        try
        {
            await _cognito.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = Target.Client, Username = email, ConfirmationCode = code }, ct); // expect: CTY0001
        }
        catch (CodeMismatchException)
        {
            throw new InvalidOperationException($"Code {code} did not match for {email}");
        }
    }
}
