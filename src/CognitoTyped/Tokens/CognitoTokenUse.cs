namespace CognitoTyped;

/// <summary>The <c>token_use</c> claim of a Cognito user-pool token.</summary>
public enum CognitoTokenUse
{
    /// <summary>An ID token (<c>token_use</c> = <c>id</c>): identity claims; audience is the app client.</summary>
    Id,

    /// <summary>An access token (<c>token_use</c> = <c>access</c>): scopes; the app client is in <c>client_id</c>.</summary>
    Access,
}
