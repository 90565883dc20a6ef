namespace CognitoTyped.Tool;

/// <summary>An error the tool explains in one line on stderr and ends with exit code 2. Its message never holds a secret.</summary>
internal sealed class ToolException : Exception
{
    public ToolException(string message)
        : base(message)
    {
    }

    public ToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>The tool's exit codes (docs/tool.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; the deployed pools are in step with cognito.json.</summary>
    public const int Ok = 0;

    /// <summary>The deployed pools differ from cognito.json (check, apply).</summary>
    public const int Drift = 1;

    /// <summary>An error: bad arguments, unreadable or invalid cognito.json, credentials, an unknown pool, an unreachable endpoint.</summary>
    public const int Error = 2;
}
