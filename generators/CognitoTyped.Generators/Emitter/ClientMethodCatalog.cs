using System.Collections.Generic;
using System.Linq;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        /// <summary>
        /// One method of a generated client: its signature, the runtime member its docs come from
        /// (<c>&lt;inheritdoc cref&gt;</c>) and its body. A method either forwards to that member in one expression or, when it
        /// converts typed values, has statements.
        /// </summary>
        private sealed record ClientMethod(string Name, string Returns, string Parameters, string Cref, params string[] Body)
        {
            /// <summary>Docs of its own, for a method whose parameters are not the runtime member's.</summary>
            public string[]? Docs { get; init; }

            public bool IsAsync { get; init; }
        }

        private static readonly string[] s_deleteUserAttributesDocs =
        {
            "/// <summary>Deletes attributes of the signed-in user (DeleteUserAttributes): only ones this app client may write, the pool lets change and does not require.</summary>",
            "/// <param name=\"accessToken\">The user's access token.</param>",
            "/// <param name=\"attributes\">The attributes to delete.</param>",
            "/// <param name=\"cancellationToken\">Cancels the call.</param>",
            "/// <returns>A task that completes when the attributes are deleted.</returns>",
        };

        /// <summary>
        /// The catalog of client methods as data: what each app client gets, gated by the flows and settings cognito.json
        /// gives it. A flow the client does not allow has no entry, so calling it does not compile.
        /// </summary>
        private static List<ClientMethod> ClientMethods(UserPoolModel pool, ClientModel client)
        {
            const string Password = "[global::CognitoTyped.CognitoPassword] string ";
            const string Challenge = "global::CognitoTyped.CognitoChallenge challenge";
            const string SignInResult = "global::System.Threading.Tasks.Task<global::CognitoTyped.SignInResult>";
            const string Delivery = "global::System.Threading.Tasks.Task<" + Idp + "CodeDeliveryDetailsType?>";

            // cref parameter lists of the runtime's CognitoAuthClient members.
            const string C = "global::System.Threading.CancellationToken";
            const string Kvps = "global::System.Collections.Generic.IEnumerable{global::System.Collections.Generic.KeyValuePair{string, string}}";
            const string Dict = "global::System.Collections.Generic.IReadOnlyDictionary{string, string}";
            const string ChallengeRef = "global::CognitoTyped.CognitoChallenge";
            const string Tokens = "global::CognitoTyped.CognitoTokens";
            const string Device = "global::CognitoTyped.CognitoDevice";

            var methods = new List<ClientMethod>();
            var canSignIn = client.AllowUserSrp || client.AllowUserPassword || client.AllowAdminUserPassword;
            var mfa = pool.MfaConfiguration != "OFF";
            var update = client.TypePrefix + "AttributeUpdate";

            void Add(string name, string returns, string parameters, string crefParameters, string call)
                => methods.Add(new ClientMethod(name, returns, parameters, Ref(name, crefParameters), call));

            if (!pool.AllowAdminCreateUserOnly)
            {
                methods.Add(new ClientMethod(
                    "SignUpAsync",
                    Task + "<" + Idp + "SignUpResponse>",
                    "string username, " + Password + "password, " + client.TypePrefix + "SignUpAttributes attributes, " + Ct,
                    Ref("SignUpAsync", "string, string, " + Kvps + ", " + C),
                    "global::System.ArgumentNullException.ThrowIfNull(attributes);",
                    "return _client.SignUpAsync(username, password, attributes.ToAttributes(), cancellationToken);"));
                Add("ConfirmSignUpAsync", Task, "string username, string confirmationCode, " + Ct, "string, string, " + C, "ConfirmSignUpAsync(username, confirmationCode, cancellationToken)");
                Add("ResendConfirmationCodeAsync", Delivery, "string username, " + Ct, "string, " + C, "ResendConfirmationCodeAsync(username, cancellationToken)");
            }

            if (client.AllowUserSrp || client.AllowUserPassword)
            {
                // SRP when the client allows it: the password never leaves this process.
                var signIn = client.AllowUserSrp ? "SignInWithSrpAsync" : "SignInWithPasswordAsync";
                methods.Add(new ClientMethod("SignInAsync", SignInResult, "string username, " + Password + "password, " + Ct, Ref(signIn, "string, string, " + C), signIn + "(username, password, cancellationToken)"));
                methods.Add(new ClientMethod("SignInAsync", SignInResult, "string username, " + Password + "password, " + Runtime + "CognitoDevice? device, " + Ct, Ref(signIn, "string, string, " + Device + ", " + C), signIn + "(username, password, device, cancellationToken)"));
            }

            if (client.AllowAdminUserPassword)
            {
                // Server-side sign-in: signed with the app's AWS credentials (CognitoClientOptions.Credentials).
                methods.Add(new ClientMethod("AdminSignInAsync", SignInResult, "string username, " + Password + "password, " + Ct, Ref("AdminSignInWithPasswordAsync", "string, string, " + C), "AdminSignInWithPasswordAsync(username, password, cancellationToken)"));
                methods.Add(new ClientMethod("AdminSignInAsync", SignInResult, "string username, " + Password + "password, " + Runtime + "CognitoDevice? device, " + Ct, Ref("AdminSignInWithPasswordAsync", "string, string, " + Device + ", " + C), "AdminSignInWithPasswordAsync(username, password, device, cancellationToken)"));
            }

            if (canSignIn)
            {
                Add("ConfirmDeviceAsync", Task + "<" + Runtime + "CognitoDeviceConfirmation>", Runtime + "SignInResult signedIn, string? deviceName = null, " + Ct, "global::CognitoTyped.SignInResult, string, " + C, "ConfirmDeviceAsync(signedIn, deviceName, cancellationToken)");
                Add("UpdateDeviceStatusAsync", Task, "string accessToken, string deviceKey, bool remembered, " + Ct, "string, string, bool, " + C, "UpdateDeviceStatusAsync(accessToken, deviceKey, remembered, cancellationToken)");
                Add("ForgetDeviceAsync", Task, "string accessToken, string deviceKey, " + Ct, "string, string, " + C, "ForgetDeviceAsync(accessToken, deviceKey, cancellationToken)");
            }

            // Every sign-in flow (SRP, password, custom, choice-based) can end in these challenges.
            if (canSignIn || client.AllowCustomAuth || client.AllowUserAuth)
            {
                methods.Add(new ClientMethod(
                    "RespondToNewPasswordRequiredAsync",
                    SignInResult,
                    Challenge + ", " + Password + "newPassword, " + update + "? requiredAttributes = null, " + Ct,
                    Ref("RespondToNewPasswordRequiredAsync", ChallengeRef + ", string, " + Kvps + ", " + C),
                    "RespondToNewPasswordRequiredAsync(challenge, newPassword, requiredAttributes?.ToAttributes(), cancellationToken)"));
                if (mfa)
                {
                    Add("RespondToMfaCodeAsync", SignInResult, Challenge + ", string code, " + Ct, ChallengeRef + ", string, " + C, "RespondToMfaCodeAsync(challenge, code, cancellationToken)");
                    Add("RespondToSelectMfaTypeAsync", SignInResult, Challenge + ", string mfaType, " + Ct, ChallengeRef + ", string, " + C, "RespondToSelectMfaTypeAsync(challenge, mfaType, cancellationToken)");
                    Add("AssociateSoftwareTokenAsync", Task + "<" + Runtime + "CognitoSoftwareTokenSetup>", Challenge + ", string issuer, string? accountName = null, " + Ct, ChallengeRef + ", string, string, " + C, "AssociateSoftwareTokenAsync(challenge, issuer, accountName, cancellationToken)");
                    Add("RespondToMfaSetupAsync", SignInResult, Runtime + "CognitoSoftwareTokenSetup setup, string code, string? friendlyDeviceName = null, " + Ct, "global::CognitoTyped.CognitoSoftwareTokenSetup, string, string, " + C, "RespondToMfaSetupAsync(setup, code, friendlyDeviceName, cancellationToken)");
                    Add("RespondToMfaSetupWithEmailAsync", SignInResult, Challenge + ", string email, " + Ct, ChallengeRef + ", string, " + C, "RespondToMfaSetupWithEmailAsync(challenge, email, cancellationToken)");
                    Add("SetMfaPreferenceAsync", Task, "string accessToken, " + Runtime + "CognitoMfaFactor factor, bool enabled, bool preferred = false, " + Ct, "string, global::CognitoTyped.CognitoMfaFactor, bool, bool, " + C, "SetMfaPreferenceAsync(accessToken, factor, enabled, preferred, cancellationToken)");
                }

                Add("RespondToChallengeAsync", SignInResult, Challenge + ", global::System.Collections.Generic.IReadOnlyDictionary<string, string> responses, " + Ct, ChallengeRef + ", " + Dict + ", " + C, "RespondToChallengeAsync(challenge, responses, cancellationToken)");
            }

            if (client.AllowCustomAuth)
            {
                Add("SignInWithCustomAuthAsync", SignInResult, "string username, global::System.Collections.Generic.IReadOnlyDictionary<string, string>? clientMetadata = null, " + Ct, "string, " + Dict + ", " + C, "SignInWithCustomAuthAsync(username, clientMetadata, cancellationToken)");
                Add("RespondToCustomChallengeAsync", SignInResult, Challenge + ", string answer, " + Ct, ChallengeRef + ", string, " + C, "RespondToCustomChallengeAsync(challenge, answer, cancellationToken)");
            }

            if (client.AllowUserAuth)
            {
                Add("SignInWithUserAuthAsync", SignInResult, "string username, string? preferredChallenge = null, " + Ct, "string, string, " + C, "SignInWithUserAuthAsync(username, preferredChallenge, cancellationToken)");
                Add("SignInWithUserAuthAsync", SignInResult, "string username, string preferredChallenge, " + Password + "password, " + Ct, "string, string, string, " + C, "SignInWithUserAuthAsync(username, preferredChallenge, password, cancellationToken)");
                Add("RespondToSelectChallengeAsync", SignInResult, Challenge + ", string answer, " + Ct, ChallengeRef + ", string, " + C, "RespondToSelectChallengeAsync(challenge, answer, cancellationToken)");
                Add("RespondToSelectChallengeWithPasswordAsync", SignInResult, Challenge + ", " + Password + "password, " + Ct, ChallengeRef + ", string, " + C, "RespondToSelectChallengeWithPasswordAsync(challenge, password, cancellationToken)");
                Add("RespondToSelectChallengeWithPasswordSrpAsync", SignInResult, Challenge + ", " + Password + "password, " + Ct, ChallengeRef + ", string, " + C, "RespondToSelectChallengeWithPasswordSrpAsync(challenge, password, cancellationToken)");
            }

            if (client.AllowRefresh)
            {
                Add("RefreshAsync", Task + "<" + Runtime + "CognitoTokens>", Runtime + "CognitoTokens tokens, " + Ct, Tokens + ", " + C, "RefreshAsync(tokens, cancellationToken)");
                Add("RefreshAsync", Task + "<" + Runtime + "CognitoTokens>", Runtime + "CognitoTokens tokens, " + Runtime + "CognitoDevice? device, " + Ct, Tokens + ", " + Device + ", " + C, "RefreshAsync(tokens, device, cancellationToken)");
            }

            methods.Add(new ClientMethod(
                "GetUserAsync",
                Task + "<" + pool.TypePrefix + "User>",
                "string accessToken, " + Ct,
                Ref("GetUserAsync", "string, " + C),
                "var user = await _client.GetUserAsync(accessToken, cancellationToken).ConfigureAwait(false);",
                "return new " + pool.TypePrefix + "User(user.Username, " + pool.TypePrefix + "Attributes.FromAttributes(user.Attributes));")
            {
                IsAsync = true,
            });
            if (Writable(pool, client).Any(a => a.IsMutable))
            {
                methods.Add(new ClientMethod(
                    "UpdateUserAttributesAsync",
                    Task + "<global::System.Collections.Generic.IReadOnlyList<" + Idp + "CodeDeliveryDetailsType>>",
                    "string accessToken, " + update + " attributes, " + Ct,
                    Ref("UpdateUserAttributesAsync", "string, " + Kvps + ", " + C),
                    "global::System.ArgumentNullException.ThrowIfNull(attributes);",
                    "return _client.UpdateUserAttributesAsync(accessToken, attributes.ToAttributes(), cancellationToken);"));
            }

            if (Deletable(pool, client).Count > 0)
            {
                methods.Add(new ClientMethod(
                    "DeleteUserAttributesAsync",
                    Task,
                    "string accessToken, global::System.Collections.Generic.IEnumerable<" + client.TypePrefix + "DeletableAttribute> attributes, " + Ct,
                    Ref("DeleteUserAttributesAsync", "string, global::System.Collections.Generic.IEnumerable{string}, " + C),
                    "global::System.ArgumentNullException.ThrowIfNull(attributes);",
                    "return _client.DeleteUserAttributesAsync(accessToken, global::System.Linq.Enumerable.Select(attributes, " + update + ".CognitoNameOf), cancellationToken);")
                {
                    // Typed attributes, not the runtime's names: its own docs.
                    Docs = s_deleteUserAttributesDocs,
                });
            }

            Add("ChangePasswordAsync", Task, "string accessToken, " + Password + "previousPassword, " + Password + "proposedPassword, " + Ct, "string, string, string, " + C, "ChangePasswordAsync(accessToken, previousPassword, proposedPassword, cancellationToken)");
            Add("ForgotPasswordAsync", Delivery, "string username, " + Ct, "string, " + C, "ForgotPasswordAsync(username, cancellationToken)");
            Add("ConfirmForgotPasswordAsync", Task, "string username, string confirmationCode, " + Password + "newPassword, " + Ct, "string, string, string, " + C, "ConfirmForgotPasswordAsync(username, confirmationCode, newPassword, cancellationToken)");
            Add("GetUserAttributeVerificationCodeAsync", Delivery, "string accessToken, string attributeName, " + Ct, "string, string, " + C, "GetUserAttributeVerificationCodeAsync(accessToken, attributeName, cancellationToken)");
            Add("VerifyUserAttributeAsync", Task, "string accessToken, string attributeName, string code, " + Ct, "string, string, string, " + C, "VerifyUserAttributeAsync(accessToken, attributeName, code, cancellationToken)");
            if (mfa)
            {
                Add("AssociateSoftwareTokenAsync", Task + "<" + Runtime + "CognitoSoftwareTokenSecret>", "string accessToken, string issuer, string accountName, " + Ct, "string, string, string, " + C, "AssociateSoftwareTokenAsync(accessToken, issuer, accountName, cancellationToken)");
                Add("VerifySoftwareTokenAsync", Task, "string accessToken, string code, string? friendlyDeviceName = null, " + Ct, "string, string, string, " + C, "VerifySoftwareTokenAsync(accessToken, code, friendlyDeviceName, cancellationToken)");
            }

            Add("GlobalSignOutAsync", Task, "string accessToken, " + Ct, "string, " + C, "GlobalSignOutAsync(accessToken, cancellationToken)");
            if (client.EnableTokenRevocation)
            {
                Add("RevokeTokenAsync", Task, "string refreshToken, " + Ct, "string, " + C, "RevokeTokenAsync(refreshToken, cancellationToken)");
            }

            Add("DeleteUserAsync", Task, "string accessToken, " + Ct, "string, " + C, "DeleteUserAsync(accessToken, cancellationToken)");
            return methods;
        }

        /// <summary>The cref of a <c>CognitoAuthClient</c> member, whose docs a generated method inherits.</summary>
        private static string Ref(string name, string parameters) => Runtime + "CognitoAuthClient." + name + "(" + parameters + ")";
    }
}
