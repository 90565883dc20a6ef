namespace CognitoTyped;

/// <summary>How a <see cref="CognitoTokenSession"/> refreshes.</summary>
public sealed class CognitoTokenSessionOptions
{
    /// <summary>How long before expiry the tokens are refreshed. Default 5 minutes.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The clock. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
