using Microsoft.Extensions.Logging;

namespace CognitoTyped.Diagnostics;

/// <summary>
/// Every log message of the library, source-generated. Event IDs are stable and listed in docs/observability.md. Messages
/// carry operation names, outcomes, HTTP statuses, AWS request IDs, attempts and delays — never a username, password,
/// code, session, token, secret or a request or response body.
/// </summary>
internal static partial class CognitoLog
{
    internal const string TransportCategory = "CognitoTyped.Transport";
    internal const string AuthCategory = "CognitoTyped.Auth";
    internal const string TokensCategory = "CognitoTyped.Tokens";
    internal const string HostingCategory = "CognitoTyped.Hosting";
    internal const string ManagedLoginCategory = "CognitoTyped.ManagedLogin";

    [LoggerMessage(EventId = 1001, EventName = "OperationSucceeded", Level = LogLevel.Debug,
        Message = "{Service} {Operation} succeeded with HTTP {StatusCode} on attempt {Attempt} (request {RequestId})")]
    internal static partial void OperationSucceeded(ILogger logger, string service, string operation, int statusCode, int attempt, string? requestId);

    [LoggerMessage(EventId = 1002, EventName = "AttemptRetried", Level = LogLevel.Warning,
        Message = "{Service} {Operation} attempt {Attempt} failed ({ErrorType}, HTTP {StatusCode}, request {RequestId}); retrying in {DelayMs} ms")]
    internal static partial void AttemptRetried(ILogger logger, string service, string operation, int attempt, string errorType, int? statusCode, string? requestId, double delayMs);

    [LoggerMessage(EventId = 1003, EventName = "OperationFailed", Level = LogLevel.Information,
        Message = "{Service} {Operation} failed on attempt {Attempt} ({ErrorType}, HTTP {StatusCode}, request {RequestId})")]
    internal static partial void OperationFailed(ILogger logger, string service, string operation, int attempt, string errorType, int? statusCode, string? requestId);

    [LoggerMessage(EventId = 1004, EventName = "AmbiguousOutcome", Level = LogLevel.Warning,
        Message = "{Service} {Operation} may have been processed and was not sent again: attempt {Attempt} failed ({ErrorType}, HTTP {StatusCode}, request {RequestId}); check the outcome before calling again")]
    internal static partial void AmbiguousOutcome(ILogger logger, string service, string operation, int attempt, string errorType, int? statusCode, string? requestId);

    [LoggerMessage(EventId = 2001, EventName = "SignedIn", Level = LogLevel.Information,
        Message = "Sign-in step ended signed in")]
    internal static partial void SignedIn(ILogger logger);

    [LoggerMessage(EventId = 2002, EventName = "SignInChallenged", Level = LogLevel.Information,
        Message = "Sign-in step ended with the {ChallengeKind} challenge")]
    internal static partial void SignInChallenged(ILogger logger, CognitoChallengeKind challengeKind);

    [LoggerMessage(EventId = 2003, EventName = "TokensRefreshed", Level = LogLevel.Debug,
        Message = "Tokens refreshed (refresh token rotated: {Rotated})")]
    internal static partial void TokensRefreshed(ILogger logger, bool rotated);

    [LoggerMessage(EventId = 2004, EventName = "TokenRefreshFailed", Level = LogLevel.Warning,
        Message = "Token refresh failed ({ErrorType})")]
    internal static partial void TokenRefreshFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 3001, EventName = "JwksFetched", Level = LogLevel.Information,
        Message = "Fetched {KeyCount} signing key(s) from {JwksUri}")]
    internal static partial void JwksFetched(ILogger logger, int keyCount, Uri jwksUri);

    [LoggerMessage(EventId = 3002, EventName = "JwksFetchFailed", Level = LogLevel.Warning,
        Message = "Fetching signing keys failed: {Reason}")]
    internal static partial void JwksFetchFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 5001, EventName = "ManagedLoginSucceeded", Level = LogLevel.Debug,
        Message = "Managed login {Endpoint} succeeded with HTTP {StatusCode}")]
    internal static partial void ManagedLoginSucceeded(ILogger logger, string endpoint, int statusCode);

    [LoggerMessage(EventId = 5002, EventName = "ManagedLoginFailed", Level = LogLevel.Information,
        Message = "Managed login {Endpoint} failed ({Error}, HTTP {StatusCode})")]
    internal static partial void ManagedLoginFailed(ILogger logger, string endpoint, string error, int? statusCode);

    [LoggerMessage(EventId = 4001, EventName = "SettingsReloaded", Level = LogLevel.Information,
        Message = "Cognito options {OptionsName} reloaded: RequestTimeout, Retry and MaxResponseBytes apply to the next calls")]
    internal static partial void SettingsReloaded(ILogger logger, string optionsName);

    [LoggerMessage(EventId = 4002, EventName = "ReloadNeedsRestart", Level = LogLevel.Warning,
        Message = "Cognito options {OptionsName} changed {Settings} in configuration; the running client keeps the old values until the app restarts")]
    internal static partial void ReloadNeedsRestart(ILogger logger, string optionsName, string settings);
}
