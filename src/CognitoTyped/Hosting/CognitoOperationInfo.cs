namespace CognitoTyped.Hosting;

/// <summary>
/// Which call a request CognitoTyped sends is, as its <see cref="HttpRequestMessage.Options"/> carry it under
/// <see cref="CognitoHttpRequestOptions.Operation"/>: for logging and resilience handlers. The transport keeps one per
/// operation and replay class, so reading it costs a request nothing.
/// </summary>
/// <param name="service">The service's signing name: <c>cognito-idp</c> or <c>cognito-identity</c>.</param>
/// <param name="name">The operation, as AWS names it (<c>InitiateAuth</c>, …).</param>
/// <param name="replaySafe">Whether sending this very request again cannot change what happens.</param>
public sealed class CognitoOperationInfo(string service, string name, bool replaySafe)
{
    /// <summary>The service's signing name: <c>cognito-idp</c> or <c>cognito-identity</c>.</summary>
    public string Service { get; } = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>The operation, as AWS names it (<c>InitiateAuth</c>, <c>RespondToAuthChallenge</c>, …); it travels in <c>X-Amz-Target</c>.</summary>
    public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>
    /// True when sending this very request again cannot change what happens: reads, idempotent writes, token refreshes and
    /// the first SRP step. False for sign-up, confirmations, challenge answers, password changes, sends of codes, creations
    /// and deletions (docs/retries.md lists every operation).
    /// </summary>
    public bool ReplaySafe { get; } = replaySafe;

    /// <summary>The service and operation, e.g. <c>cognito-idp.InitiateAuth</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Service + "." + Name;
}
