// Stand-ins for the generated code this corpus uses; the SDK and framework stand-ins are in HeldOutHardShared/_SdkStandIns.cs.
#pragma warning disable CS8618, CS0067, CA1822, CA1050
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Hard.Generated
{
    using CognitoTyped;

    public sealed class SignInResult
    {
        public bool Succeeded { get; init; }
        public string? AccessToken { get; init; }
        public string? IdToken { get; init; }
        public string? RefreshToken { get; init; }
        public string? ChallengeName { get; init; }
        public string? Session { get; init; }
    }

    public sealed class ShopSignUp
    {
        public string Email { get; set; }
        public string? DisplayName { get; set; }
        public string? Locale { get; set; }
    }

    public sealed class ShopMobileClient
    {
        public ShopMobileClient([CognitoClientId] string clientId, [CognitoClientSecret] string? clientSecret = null) { }
        public Task<SignInResult> SignInAsync(string username, [CognitoPassword] string password, CancellationToken ct = default) => throw null!;
        public Task SignUpAsync(ShopSignUp model, [CognitoPassword] string password, CancellationToken ct = default) => throw null!;
        public Task ChangePasswordAsync(string accessToken, [CognitoPassword] string previousPassword, [CognitoPassword] string proposedPassword, CancellationToken ct = default) => throw null!;
        public Task ConfirmForgotPasswordAsync(string username, string code, [CognitoPassword] string newPassword, CancellationToken ct = default) => throw null!;
    }

    public sealed class BackofficeAdminClient
    {
        public BackofficeAdminClient(Amazon.CognitoIdentityProvider.IAmazonCognitoIdentityProvider provider, string userPoolId) { }
        public Task CreateUserAsync(string username, [CognitoPassword] string temporaryPassword, CancellationToken ct = default) => throw null!;
        public Task SetPasswordAsync(string username, [CognitoPassword] string password, bool permanent, CancellationToken ct = default) => throw null!;
    }
}
