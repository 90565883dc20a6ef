using System.Reflection;
using Amazon.Runtime;
using CognitoTyped.Tool.Commands;

namespace CognitoTyped.Tool;

/// <summary>
/// <c>cognito-typed</c>: pull, check and apply cognito.json against deployed Amazon Cognito user pools. Exit codes: 0 done /
/// in step, 1 drift, 2 error (one line on stderr: never a stack trace, never a secret).
/// </summary>
public static class Program
{
    /// <summary>The process entry point.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await RunAsync(args, Console.Out, Console.Error, cancellation.Token).ConfigureAwait(false);
    }

    /// <summary>Runs one command line, writing to the given streams: the entry point tests call in-process.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go (cognito.json with <c>--output -</c>, the diff, configuration keys).</param>
    /// <param name="stderr">Where progress, warnings and the error line go.</param>
    /// <param name="cancellationToken">Stops the calls.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
        => RunAsync(args, stdout, stderr, new ToolContext(), cancellationToken);

    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, ToolContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help" && args.Length == 1)
            {
                await stdout.WriteAsync(Help.Overview).ConfigureAwait(false);
                return args.Length == 0 ? ExitCodes.Error : ExitCodes.Ok;
            }

            if (args[0] is "--version")
            {
                await stdout.WriteLineAsync(Version).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var command = args[0] == "help" ? args[1] : args[0];
            var rest = args[0] == "help" ? ["--help"] : args[1..];
            ICommand handler = command switch
            {
                "pull" => new PullCommand(),
                "check" => new CheckCommand(),
                "apply" => new ApplyCommand(),
                _ => throw new ToolException($"unknown command '{command}'; the commands are pull, check and apply (cognito-typed --help)"),
            };

            if (rest.Contains("--help") || rest.Contains("-h"))
            {
                await stdout.WriteAsync(Help.For(command, handler.Options, handler.Summary)).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var arguments = ParsedArguments.Parse(command, rest, handler.Options);
            return await handler.RunAsync(arguments, stdout, stderr, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (Explain(exception) is { } message)
        {
            await stderr.WriteLineAsync("cognito-typed: error: " + CognitoConnection.OneLine(message)).ConfigureAwait(false);
            return ExitCodes.Error;
        }
    }

    /// <summary>
    /// The one line an error is explained in. Service messages are Cognito's own (they name pools and members, never a
    /// secret); anything unexpected is named by its type and message, never with a stack trace.
    /// </summary>
    private static string? Explain(Exception exception) => exception switch
    {
        OperationCanceledException => "cancelled",
        ToolException tool => tool.Message,
        CognitoServiceException { ErrorCode: "UnrecognizedClientException" or "InvalidSignatureException" or "SignatureDoesNotMatch" or "ExpiredTokenException" or "AccessDeniedException" or "InvalidClientTokenId" } denied
            => $"AWS refused the credentials ({denied.ErrorCode}): {denied.ServiceMessage}",
        CognitoServiceException service => $"{service.ErrorCode}: {service.ServiceMessage}",
        CognitoNetworkException network => $"cannot reach Cognito: {network.Message} ({network.InnerException?.Message})",
        CognitoProtocolException protocol => $"the endpoint's answer is not Cognito's protocol: {protocol.Message}",
        AmazonClientException aws => "AWS credentials: " + aws.Message,
        HttpRequestException http => "cannot reach Cognito: " + http.Message,
        IOException io => io.Message,
        UnauthorizedAccessException denied => denied.Message,
        _ => $"unexpected {exception.GetType().Name}: {exception.Message}",
    };

    private static string Version
        => typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
