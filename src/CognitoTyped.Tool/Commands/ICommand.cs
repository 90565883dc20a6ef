namespace CognitoTyped.Tool.Commands;

/// <summary>One command of the tool.</summary>
internal interface ICommand
{
    /// <summary>What the command does, for its help.</summary>
    string Summary { get; }

    IReadOnlyList<OptionSpec> Options { get; }

    Task<int> RunAsync(ParsedArguments arguments, TextWriter stdout, TextWriter stderr, ToolContext context, CancellationToken cancellationToken);
}

/// <summary>Options every command that calls Cognito takes.</summary>
internal static class CommonOptions
{
    public static readonly OptionSpec[] Connection =
    [
        new("--region", "REGION", "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, else the pool ID's prefix)"),
        new("--endpoint", "URL", "cognito-idp (and cognito-identity) endpoint, e.g. http://127.0.0.1:9229 for cognito-local"),
        new("--identity-endpoint", "URL", "cognito-identity endpoint, when it is not --endpoint"),
        new("--profile", "NAME", "AWS profile to take credentials from (default: AWS's default credential chain)"),
        new("--allow-insecure-http", null, "allow a plain-http --endpoint that is not loopback (emulators reached by name only)"),
    ];

    public static readonly OptionSpec Help = new("--help", null, "show this help");
}
