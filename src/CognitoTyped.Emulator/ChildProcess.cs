using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace CognitoTyped.Emulator;

/// <summary>What a finished child process returned and wrote.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="StandardOutput">Everything written to standard output.</param>
/// <param name="StandardError">Everything written to standard error.</param>
public sealed record ChildProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Standard output, then standard error: for messages that should show everything.</summary>
    public string Output => StandardOutput + StandardError;
}

/// <summary>Runs a program to completion (npm, node, dotnet), with an optional standard input and a timeout.</summary>
public static class ChildProcess
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Starts <paramref name="fileName"/>, writes <paramref name="standardInput"/> (if any) and waits for it to exit.</summary>
    /// <param name="fileName">The program, found on PATH when not a path.</param>
    /// <param name="arguments">Its arguments, each passed as one argument.</param>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="timeout">How long it may run; then it is killed, with its children.</param>
    /// <param name="standardInput">Text for its standard input, which is closed afterwards; null closes it at once.</param>
    /// <param name="cancellationToken">Kills it and stops waiting.</param>
    /// <returns>Its exit code and output.</returns>
    /// <exception cref="InvalidOperationException">It could not be started.</exception>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/>.</exception>
    public static async Task<ChildProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, string? standardInput = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartOrExplain(start);
        var standardOutput = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var standardError = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput.AsMemory(), timeoutSource.Token).ConfigureAwait(false);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return new ChildProcessResult(process.ExitCode, await standardOutput.ConfigureAwait(false), await standardError.ConfigureAwait(false));
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"Could not start '{start.FileName}' (is it installed and on PATH?): {exception.Message}", exception);
        }
    }
}
