namespace CognitoTyped.Protocol;

/// <summary>Whether sending an operation again can change its outcome.</summary>
internal enum OperationReplay
{
    /// <summary>Not replayed after the request may have been processed: sign-up, confirmations, password changes, sends of codes, creations, deletions, spends of a session.</summary>
    NotReplaySafe,

    /// <summary>Reads: a replay changes nothing.</summary>
    Read,

    /// <summary>Writes that set a value, so a replay leaves the same state and the same answer.</summary>
    IdempotentWrite,
}

/// <summary>
/// The replay class of every operation of both services, written out one by one: a new operation in the facts fails
/// <c>ReplaySafetyTests</c> until it is classified here (and in docs/retries.md).
/// </summary>
internal static class OperationReplayTable
{
    /// <summary>The class of <paramref name="operation"/> of <paramref name="service"/> (its signing name); null when it is not listed.</summary>
    internal static OperationReplay? Find(string service, string operation)
    {
        var table = service switch
        {
            AwsServiceEndpoint.IdentityProviderSigningName => IdentityProviderOperations,
            AwsServiceEndpoint.IdentitySigningName => IdentityOperations,
            _ => null,
        };
        return table is not null && table.TryGetValue(operation, out var replay) ? replay : null;
    }

    /// <summary>Every classified operation of <paramref name="service"/>.</summary>
    internal static IReadOnlyDictionary<string, OperationReplay> Of(string service) => service switch
    {
        AwsServiceEndpoint.IdentityProviderSigningName => IdentityProviderOperations,
        AwsServiceEndpoint.IdentitySigningName => IdentityOperations,
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a service of this library."),
    };

    private static readonly Dictionary<string, OperationReplay> IdentityProviderOperations = new(StringComparer.Ordinal)
    {
        ["AddCustomAttributes"] = OperationReplay.NotReplaySafe, // adding an attribute that now exists fails
        ["AddUserPoolClientSecret"] = OperationReplay.NotReplaySafe, // creates a secret (two at most)
        ["AdminAddUserToGroup"] = OperationReplay.IdempotentWrite, // sets a membership
        ["AdminConfirmSignUp"] = OperationReplay.NotReplaySafe, // a confirmed user cannot be confirmed again
        ["AdminCreateUser"] = OperationReplay.NotReplaySafe, // creation; sends an invitation
        ["AdminDeleteUser"] = OperationReplay.NotReplaySafe, // deletion
        ["AdminDeleteUserAttributes"] = OperationReplay.NotReplaySafe, // deletion
        ["AdminDisableProviderForUser"] = OperationReplay.NotReplaySafe, // unlinks; a second unlink fails
        ["AdminDisableUser"] = OperationReplay.IdempotentWrite, // sets a state
        ["AdminEnableUser"] = OperationReplay.IdempotentWrite, // sets a state
        ["AdminForgetDevice"] = OperationReplay.NotReplaySafe, // deletion
        ["AdminGetDevice"] = OperationReplay.Read,
        ["AdminGetUser"] = OperationReplay.Read,
        ["AdminGetUserAuthFactors"] = OperationReplay.Read,
        ["AdminInitiateAuth"] = OperationReplay.NotReplaySafe, // may send an SMS or email code and starts a new session each time
        ["AdminLinkProviderForUser"] = OperationReplay.NotReplaySafe, // a second link fails
        ["AdminListDevices"] = OperationReplay.Read,
        ["AdminListGroupsForUser"] = OperationReplay.Read,
        ["AdminListUserAuthEvents"] = OperationReplay.Read,
        ["AdminRemoveUserFromGroup"] = OperationReplay.IdempotentWrite, // sets a membership
        ["AdminResetUserPassword"] = OperationReplay.NotReplaySafe, // sends a code
        ["AdminRespondToAuthChallenge"] = OperationReplay.NotReplaySafe, // spends the challenge session
        ["AdminSetUserMFAPreference"] = OperationReplay.IdempotentWrite, // sets a preference
        ["AdminSetUserPassword"] = OperationReplay.NotReplaySafe, // password change (password history may refuse the replay)
        ["AdminSetUserSettings"] = OperationReplay.IdempotentWrite, // sets settings
        ["AdminUpdateAuthEventFeedback"] = OperationReplay.IdempotentWrite, // sets a value
        ["AdminUpdateDeviceStatus"] = OperationReplay.IdempotentWrite, // sets a state
        ["AdminUpdateUserAttributes"] = OperationReplay.NotReplaySafe, // changing an email or phone number sends a code
        ["AdminUserGlobalSignOut"] = OperationReplay.IdempotentWrite, // signing out twice ends in the same state
        ["AssociateSoftwareToken"] = OperationReplay.NotReplaySafe, // each call issues a new secret
        ["ChangePassword"] = OperationReplay.NotReplaySafe, // the previous password no longer matches
        ["CompleteWebAuthnRegistration"] = OperationReplay.NotReplaySafe, // spends the registration challenge
        ["ConfirmDevice"] = OperationReplay.NotReplaySafe, // creation of the device verifier
        ["ConfirmForgotPassword"] = OperationReplay.NotReplaySafe, // spends the code
        ["ConfirmSignUp"] = OperationReplay.NotReplaySafe, // spends the code
        ["CreateGroup"] = OperationReplay.NotReplaySafe, // creation
        ["CreateIdentityProvider"] = OperationReplay.NotReplaySafe, // creation
        ["CreateManagedLoginBranding"] = OperationReplay.NotReplaySafe, // creation
        ["CreateResourceServer"] = OperationReplay.NotReplaySafe, // creation
        ["CreateTerms"] = OperationReplay.NotReplaySafe, // creation
        ["CreateUserImportJob"] = OperationReplay.NotReplaySafe, // creation
        ["CreateUserPool"] = OperationReplay.NotReplaySafe, // creation (a replay makes a duplicate pool)
        ["CreateUserPoolClient"] = OperationReplay.NotReplaySafe, // creation (a replay makes a duplicate client)
        ["CreateUserPoolDomain"] = OperationReplay.NotReplaySafe, // creation
        ["CreateUserPoolReplica"] = OperationReplay.NotReplaySafe, // creation
        ["DeleteGroup"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteIdentityProvider"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteManagedLoginBranding"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteResourceServer"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteTerms"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteUser"] = OperationReplay.NotReplaySafe, // deletion; the access token dies with the user
        ["DeleteUserAttributes"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteUserPool"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteUserPoolClient"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteUserPoolClientSecret"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteUserPoolDomain"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteUserPoolReplica"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteWebAuthnCredential"] = OperationReplay.NotReplaySafe, // deletion
        ["DescribeIdentityProvider"] = OperationReplay.Read,
        ["DescribeManagedLoginBranding"] = OperationReplay.Read,
        ["DescribeManagedLoginBrandingByClient"] = OperationReplay.Read,
        ["DescribeResourceServer"] = OperationReplay.Read,
        ["DescribeRiskConfiguration"] = OperationReplay.Read,
        ["DescribeTerms"] = OperationReplay.Read,
        ["DescribeUserImportJob"] = OperationReplay.Read,
        ["DescribeUserPool"] = OperationReplay.Read,
        ["DescribeUserPoolClient"] = OperationReplay.Read,
        ["DescribeUserPoolDomain"] = OperationReplay.Read,
        ["ForgetDevice"] = OperationReplay.NotReplaySafe, // deletion
        ["ForgotPassword"] = OperationReplay.NotReplaySafe, // sends a code
        ["GetCSVHeader"] = OperationReplay.Read,
        ["GetDevice"] = OperationReplay.Read,
        ["GetGroup"] = OperationReplay.Read,
        ["GetIdentityProviderByIdentifier"] = OperationReplay.Read,
        ["GetLogDeliveryConfiguration"] = OperationReplay.Read,
        ["GetProvisionedLimit"] = OperationReplay.Read,
        ["GetSigningCertificate"] = OperationReplay.Read,
        ["GetTokensFromRefreshToken"] = OperationReplay.NotReplaySafe, // may rotate the refresh token: the replay can be refused
        ["GetUICustomization"] = OperationReplay.Read,
        ["GetUser"] = OperationReplay.Read,
        ["GetUserAttributeVerificationCode"] = OperationReplay.NotReplaySafe, // sends a code
        ["GetUserAuthFactors"] = OperationReplay.Read,
        ["GetUserPoolMfaConfig"] = OperationReplay.Read,
        ["GlobalSignOut"] = OperationReplay.NotReplaySafe, // revokes the access token that authorizes it: a replay is refused
        ["InitiateAuth"] = OperationReplay.NotReplaySafe, // may send an SMS or email code and starts a new session each time
        ["ListDevices"] = OperationReplay.Read,
        ["ListGroups"] = OperationReplay.Read,
        ["ListIdentityProviders"] = OperationReplay.Read,
        ["ListResourceServers"] = OperationReplay.Read,
        ["ListTagsForResource"] = OperationReplay.Read,
        ["ListTerms"] = OperationReplay.Read,
        ["ListUserImportJobs"] = OperationReplay.Read,
        ["ListUserPoolClientSecrets"] = OperationReplay.Read,
        ["ListUserPoolClients"] = OperationReplay.Read,
        ["ListUserPoolReplicas"] = OperationReplay.Read,
        ["ListUserPools"] = OperationReplay.Read,
        ["ListUsers"] = OperationReplay.Read,
        ["ListUsersInGroup"] = OperationReplay.Read,
        ["ListWebAuthnCredentials"] = OperationReplay.Read,
        ["ResendConfirmationCode"] = OperationReplay.NotReplaySafe, // sends a code
        ["RespondToAuthChallenge"] = OperationReplay.NotReplaySafe, // spends the challenge session
        ["RevokeToken"] = OperationReplay.NotReplaySafe, // revocation; whether a second one is refused is not documented
        ["SetLogDeliveryConfiguration"] = OperationReplay.IdempotentWrite, // sets a configuration
        ["SetRiskConfiguration"] = OperationReplay.IdempotentWrite, // sets a configuration
        ["SetUICustomization"] = OperationReplay.IdempotentWrite, // sets a configuration
        ["SetUserMFAPreference"] = OperationReplay.IdempotentWrite, // sets a preference
        ["SetUserPoolMfaConfig"] = OperationReplay.IdempotentWrite, // sets a configuration
        ["SetUserSettings"] = OperationReplay.IdempotentWrite, // sets settings
        ["SignUp"] = OperationReplay.NotReplaySafe, // creation (UsernameExistsException on the replay); sends a code
        ["StartUserImportJob"] = OperationReplay.NotReplaySafe, // a started job cannot be started again
        ["StartWebAuthnRegistration"] = OperationReplay.NotReplaySafe, // each call issues a new challenge
        ["StopUserImportJob"] = OperationReplay.NotReplaySafe, // a stopped job cannot be stopped again
        ["TagResource"] = OperationReplay.IdempotentWrite, // sets tags
        ["UntagResource"] = OperationReplay.IdempotentWrite, // removes tags by key
        ["UpdateAuthEventFeedback"] = OperationReplay.IdempotentWrite, // sets a value
        ["UpdateDeviceStatus"] = OperationReplay.IdempotentWrite, // sets a state
        ["UpdateGroup"] = OperationReplay.IdempotentWrite, // replaces settings
        ["UpdateIdentityProvider"] = OperationReplay.IdempotentWrite, // replaces settings
        ["UpdateManagedLoginBranding"] = OperationReplay.IdempotentWrite, // replaces settings
        ["UpdateProvisionedLimit"] = OperationReplay.IdempotentWrite, // sets a value
        ["UpdateResourceServer"] = OperationReplay.IdempotentWrite, // replaces settings
        ["UpdateTerms"] = OperationReplay.IdempotentWrite, // replaces settings
        ["UpdateUserAttributes"] = OperationReplay.NotReplaySafe, // changing an email or phone number sends a code
        ["UpdateUserPool"] = OperationReplay.IdempotentWrite, // replaces settings
        ["UpdateUserPoolClient"] = OperationReplay.IdempotentWrite, // replaces settings
        ["UpdateUserPoolDomain"] = OperationReplay.IdempotentWrite, // replaces settings
        ["UpdateUserPoolReplica"] = OperationReplay.IdempotentWrite, // replaces settings
        ["VerifySoftwareToken"] = OperationReplay.NotReplaySafe, // spends the session and the code
        ["VerifyUserAttribute"] = OperationReplay.NotReplaySafe, // spends the code
    };

    private static readonly Dictionary<string, OperationReplay> IdentityOperations = new(StringComparer.Ordinal)
    {
        ["CreateIdentityPool"] = OperationReplay.NotReplaySafe, // creation (a replay makes a duplicate pool)
        ["DeleteIdentities"] = OperationReplay.NotReplaySafe, // deletion
        ["DeleteIdentityPool"] = OperationReplay.NotReplaySafe, // deletion
        ["DescribeIdentity"] = OperationReplay.Read,
        ["DescribeIdentityPool"] = OperationReplay.Read,
        ["GetCredentialsForIdentity"] = OperationReplay.Read,
        ["GetId"] = OperationReplay.Read,
        ["GetIdentityPoolRoles"] = OperationReplay.Read,
        ["GetOpenIdToken"] = OperationReplay.Read,
        ["GetOpenIdTokenForDeveloperIdentity"] = OperationReplay.IdempotentWrite, // the same developer login maps to the same identity
        ["GetPrincipalTagAttributeMap"] = OperationReplay.Read,
        ["ListIdentities"] = OperationReplay.Read,
        ["ListIdentityPools"] = OperationReplay.Read,
        ["ListTagsForResource"] = OperationReplay.Read,
        ["LookupDeveloperIdentity"] = OperationReplay.Read,
        ["MergeDeveloperIdentities"] = OperationReplay.NotReplaySafe, // the merged identity is gone after the first merge
        ["SetIdentityPoolRoles"] = OperationReplay.IdempotentWrite, // sets the roles
        ["SetPrincipalTagAttributeMap"] = OperationReplay.IdempotentWrite, // sets the map
        ["TagResource"] = OperationReplay.IdempotentWrite, // sets tags
        ["UnlinkDeveloperIdentity"] = OperationReplay.NotReplaySafe, // deletion of a link
        ["UnlinkIdentity"] = OperationReplay.NotReplaySafe, // deletion of a link
        ["UntagResource"] = OperationReplay.IdempotentWrite, // removes tags by key
        ["UpdateIdentityPool"] = OperationReplay.IdempotentWrite, // replaces settings
    };
}
