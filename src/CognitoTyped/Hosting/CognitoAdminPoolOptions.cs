namespace CognitoTyped.Hosting;

/// <summary>The named options (<c>{Pool}</c>) of what a generated admin client needs besides its low-level client.</summary>
internal sealed class CognitoAdminPoolOptions
{
    /// <summary>The ID of the pool the admin client manages.</summary>
    public string? UserPoolId { get; set; }
}
