namespace CognitoTyped;

/// <summary>What <see cref="CognitoTokenValidator"/> accepts: which pool (issuer and keys), which app clients, how much clock skew.</summary>
public sealed class CognitoTokenValidatorOptions
{
    /// <summary>The user pool ID, e.g. <c>eu-west-1_AbCdEf123</c>. Required unless <see cref="Issuer"/> is set.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The AWS region. Defaults to the prefix of <see cref="UserPoolId"/>.</summary>
    public string? Region { get; set; }

    /// <summary>The app client IDs whose tokens are accepted (<c>client_id</c> of access tokens, <c>aud</c> of ID tokens). At least one.</summary>
    public IList<string> ClientIds { get; } = new List<string>();

    /// <summary>
    /// Overrides the expected <c>iss</c>, compared exactly. Default <c>https://cognito-idp.{region}.amazonaws.com/{userPoolId}</c>;
    /// for cognito-local it is <c>http://127.0.0.1:{port}/{userPoolId}</c>.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Overrides where the key set is fetched. Default <c>{issuer}/.well-known/jwks.json</c>.</summary>
    public Uri? JwksUri { get; set; }

    /// <summary>How far <c>exp</c> and <c>nbf</c> may be off the local clock. Default 2 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long fetched keys are used before they are fetched again. Default 12 hours.</summary>
    public TimeSpan KeySetLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The least time between two fetches of the key set, so tokens with made-up <c>kid</c>s cannot make this process hammer the
    /// JWKS endpoint. A token whose <c>kid</c> is unknown triggers a refetch (key rotation) only when the last fetch is older. Default 5 minutes.
    /// </summary>
    public TimeSpan MinimumRefetchInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The clock. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The issuer tokens must carry: <see cref="Issuer"/>, else the AWS issuer of <see cref="UserPoolId"/>.</summary>
    /// <exception cref="InvalidOperationException">Neither <see cref="Issuer"/> nor a usable <see cref="UserPoolId"/> is set.</exception>
    public string ResolveIssuer()
    {
        if (!string.IsNullOrWhiteSpace(Issuer))
        {
            return Issuer!;
        }

        if (string.IsNullOrWhiteSpace(UserPoolId))
        {
            throw new InvalidOperationException("CognitoTokenValidatorOptions needs UserPoolId (or an explicit Issuer).");
        }

        int underscore = UserPoolId!.IndexOf('_', StringComparison.Ordinal);
        string? region = !string.IsNullOrWhiteSpace(Region) ? Region : underscore > 0 ? UserPoolId[..underscore] : null;
        if (region is null)
        {
            throw new InvalidOperationException("CognitoTokenValidatorOptions.Region is not set and UserPoolId has no region prefix (like 'eu-west-1_AbCdEf').");
        }

        return $"https://cognito-idp.{region}.amazonaws.com/{UserPoolId}";
    }

    /// <summary>Where the key set is fetched: <see cref="JwksUri"/>, else <c>{issuer}/.well-known/jwks.json</c>.</summary>
    /// <exception cref="InvalidOperationException">The issuer cannot be resolved.</exception>
    public Uri ResolveJwksUri() => JwksUri ?? new Uri(ResolveIssuer().TrimEnd('/') + "/.well-known/jwks.json", UriKind.Absolute);

    internal void Validate()
    {
        _ = ResolveJwksUri();
        if (ClientIds.Count == 0 || ClientIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidOperationException("CognitoTokenValidatorOptions.ClientIds must list the accepted app client IDs (from configuration).");
        }

        if (ClockSkew < TimeSpan.Zero || KeySetLifetime <= TimeSpan.Zero || MinimumRefetchInterval < TimeSpan.Zero)
        {
            throw new InvalidOperationException("CognitoTokenValidatorOptions: ClockSkew and MinimumRefetchInterval must be non-negative and KeySetLifetime positive.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
