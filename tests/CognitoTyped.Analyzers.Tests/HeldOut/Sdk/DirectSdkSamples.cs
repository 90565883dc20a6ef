using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using HeldOut.Shared;

namespace HeldOut.Sdk;

/// <summary>Snippets copied into the internal wiki page "Calling Cognito without the SDK wrapper".</summary>
public sealed class DirectSdkSamples(IAmazonCognitoIdentityProvider cognito)
{
    private const string SampleClientId = "YOUR_CLIENT_ID";
    private const string SamplePassword = "P@ssw0rd!";

    public Task<InitiateAuthResponse> ObjectInitializerAsync() =>
        cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = SampleClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>
            {
                ["USERNAME"] = "sample",
                ["PASSWORD"] = SamplePassword, // expect: CTY0002
            },
        });

    public Task<InitiateAuthResponse> AddCallsAsync()
    {
        var request = new InitiateAuthRequest { ClientId = SampleClientId, AuthFlow = AuthFlowType.USER_PASSWORD_AUTH }; // expect: CTY0001
        request.AuthParameters.Add("USERNAME", "sample");
        request.AuthParameters.Add("PASSWORD", "P@ssw0rd!"); // expect: CTY0002
        return cognito.InitiateAuthAsync(request);
    }

    public Task<InitiateAuthResponse> IndexerAfterConstructionAsync()
    {
        var request = new InitiateAuthRequest();
        request.ClientId = "sample-client"; // expect: CTY0001
        request.AuthFlow = AuthFlowType.USER_PASSWORD_AUTH;
        request.AuthParameters["USERNAME"] = "sample";
        request.AuthParameters["PASSWORD"] = SamplePassword; // expect: CTY0002
        request.AuthParameters["SECRET_HASH"] = "c2FtcGxlLWhhc2g=";
        return cognito.InitiateAuthAsync(request);
    }

    public Task<InitiateAuthResponse> SeparateDictionaryAsync()
    {
        var parameters = new Dictionary<string, string>();
        parameters["USERNAME"] = "sample";
        parameters["PASSWORD"] = "Separate#Dict1"; // expect: CTY0002
        return cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = Environment.GetEnvironmentVariable("SAMPLE_CLIENT_ID"),
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = parameters,
        });
    }

    public Task<AdminInitiateAuthResponse> TryAddAsync()
    {
        var request = new AdminInitiateAuthRequest
        {
            UserPoolId = CognitoDefaults.UserPoolId,
            ClientId = CognitoDefaults.AdminClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
        };
        request.AuthParameters.TryAdd("USERNAME", "ops");
        request.AuthParameters.TryAdd("PASSWORD", "Tr1Add!ops"); // expect: CTY0002
        return cognito.AdminInitiateAuthAsync(request);
    }

    public Task<AdminRespondToAuthChallengeResponse> ForceNewPasswordAsync(string session, string username) =>
        cognito.AdminRespondToAuthChallengeAsync(new AdminRespondToAuthChallengeRequest
        {
            UserPoolId = CognitoDefaults.UserPoolId,
            ClientId = CognitoDefaults.AdminClientId, // expect: CTY0001
            ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED,
            Session = session,
            ChallengeResponses =
            {
                [CognitoDefaults.UsernameKey] = username,
                [CognitoDefaults.NewPasswordKey] = CognitoDefaults.DefaultTemporaryPassword + "X", // expect: CTY0002
            },
        });

    public Task<ConfirmSignUpResponse> ConfirmSignUpAsync(string username, string code) =>
        cognito.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = "uvzhmasqxezyex1rdrgdsjpr16", // expect: CTY0001
            Username = username,
            ConfirmationCode = code,
        });

    public Task<GetTokensFromRefreshTokenResponse> RefreshAsync(string refreshToken) =>
        cognito.GetTokensFromRefreshTokenAsync(new GetTokensFromRefreshTokenRequest
        {
            ClientId = CognitoDefaults.AdminClientId, // expect: CTY0001
            ClientSecret = CognitoDefaults.AdminClientSecret, // expect: CTY0003
            RefreshToken = refreshToken,
        });

    public Task<RevokeTokenResponse> RevokeAsync(string clientId, string refreshToken) =>
        cognito.RevokeTokenAsync(new RevokeTokenRequest
        {
            ClientId = clientId,
            ClientSecret = CognitoPlaceholders.ClientSecret, // expect: CTY0003
            Token = refreshToken,
        });

    public Task<ChangePasswordResponse> ChangePasswordAsync(string accessToken) =>
        cognito.ChangePasswordAsync(new ChangePasswordRequest
        {
            AccessToken = accessToken,
            PreviousPassword = SamplePassword, // expect: CTY0002
            ProposedPassword = "N3w-" + SamplePassword, // expect: CTY0002
        });

    public Task<SignUpResponse> SignUpAsync() =>
        cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = CognitoPlaceholders.ClientId, // expect: CTY0001
            Username = "sample@example.com",
            Password = SamplePassword, // expect: CTY0002
            SecretHash = "precomputed==",
        });

    public Task<SignUpResponse> SignUpFromInputAsync(string clientId, string email, Func<string> readPassword) =>
        cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = clientId,
            Username = email,
            Password = readPassword(),
        });
}
