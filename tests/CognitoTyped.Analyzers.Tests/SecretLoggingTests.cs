using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CognitoTyped.Analyzers.Tests;

/// <summary>CTY0005: a Cognito secret written to a log, the console, Debug/Trace or an exception message.</summary>
public sealed class SecretLoggingTests
{
    /// <summary>Microsoft.Extensions.Logging, the runtime's tokens and the AWS SDK's AuthenticationResultType, with their names.</summary>
    internal const string LoggingStandIns = """
        namespace Microsoft.Extensions.Logging
        {
            public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
            public interface ILogger
            {
                void Log<TState>(LogLevel logLevel, int eventId, TState state, System.Exception? exception, System.Func<TState, System.Exception?, string> formatter);
                System.IDisposable? BeginScope<TState>(TState state) where TState : notnull;
            }
            public interface ILogger<out T> : ILogger { }
            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
                public static void LogError(this ILogger logger, System.Exception? exception, string? message, params object?[] args) { }
                public static System.IDisposable? BeginScope(this ILogger logger, string messageFormat, params object?[] args) => null;
            }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : System.Attribute
            {
                public LoggerMessageAttribute(int eventId, LogLevel level, string message) { }
            }
        }

        namespace CognitoTyped
        {
            public sealed class CognitoTokens
            {
                public string IdToken { get; init; } = "";
                public string AccessToken { get; init; } = "";
                public string? RefreshToken { get; init; }
                public System.DateTimeOffset ExpiresAt { get; init; }
            }
        }

        namespace Amazon.CognitoIdentityProvider.Model
        {
            public class AuthenticationResultType
            {
                public string? AccessToken { get; set; }
                public string? IdToken { get; set; }
                public string? RefreshToken { get; set; }
                public int? ExpiresIn { get; set; }
                public string? TokenType { get; set; }
            }
        }
        """;

    private static string Source(string members, string body) => $$"""
        using System;
        using System.Diagnostics;
        using Amazon.CognitoIdentityProvider.Model;
        using CognitoTyped;
        using Microsoft.Extensions.Logging;

        partial class Service
        {
            {{members}}

            void Run(ILogger<Service> logger, CognitoTokens tokens, AuthenticationResultType result, InitiateAuthResponse response, string user)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Logged(int markup = 0) => new DiagnosticResult("CTY0005", DiagnosticSeverity.Warning).WithLocation(markup);

    private static Task VerifyAsync(string members, string body, params DiagnosticResult[] expected) =>
        RuleVerify<SecretLoggingAnalyzer>.AnalyzerAsync(Source(members, body), [StandIns.Source, LoggingStandIns], expected);

    public static TheoryData<string> Sinks() => new()
    {
        "logger.LogInformation({|#0:$\"Signed in with {$S}\"|});",
        "logger.LogInformation(\"Signed in with {Token}\", {|#0:$S|});",
        "logger.LogWarning({|#0:\"Token: \" + $S|});",
        "logger.LogError(null, \"Failed for {User}\", user, {|#0:$S|});",
        "using var scope = logger.BeginScope(\"{Token}\", {|#0:$S|});",
        "logger.LogDebug(\"{State}\", {|#0:new { User = user, Token = $S }|});",
        "Console.WriteLine({|#0:$S|});",
        "Console.Write({|#0:string.Format(\"{0}\", $S)|});",
        "Console.Error.WriteLine({|#0:\"debug: \" + $S|});",
        "Debug.WriteLine({|#0:$S|});",
        "Trace.TraceInformation({|#0:\"token=\" + $S|});",
        "throw new InvalidOperationException({|#0:$\"Refresh failed for {$S}\"|});",
        "var text = $\"t={$S}\"; Console.WriteLine({|#0:text|});",
        "LogToken(logger, {|#0:$S|});",
        "Console.WriteLine({|#0:$\"t={($S)?.Trim()}\"|});",
    };

    public static TheoryData<string, string> SinksAndSources()
    {
        var data = new TheoryData<string, string>();
        foreach (var sink in Sinks())
        {
            foreach (var source in new[] { "tokens.AccessToken", "tokens.IdToken", "tokens.RefreshToken", "result.AccessToken", "response.Session" })
            {
                data.Add(sink, source);
            }
        }

        return data;
    }

    private const string LoggerMessageMember =
        "[LoggerMessage(1, LogLevel.Information, \"Token {Token}\")] static partial void LogToken(ILogger logger, string token);";

    [Theory]
    [MemberData(nameof(SinksAndSources))]
    public Task Cognito_secret_written_to_a_log_is_CTY0005(string sink, string source) =>
        VerifyAsync(LoggerMessageMember, sink.Replace("$S", source, StringComparison.Ordinal), Logged());

    [Fact]
    public Task Marked_password_parameter_written_to_a_log_is_CTY0005_naming_it() => RuleVerify<SecretLoggingAnalyzer>.AnalyzerAsync(
        Source("void SignIn(ILogger logger, string username, [CognitoPassword] string password) { logger.LogDebug(\"Signing in {User} with {Password}\", username, {|#0:password|}); }", ""),
        [StandIns.Source, LoggingStandIns],
        new DiagnosticResult(DiagnosticDescriptors.SecretWrittenToLog).WithLocation(0).WithArguments("parameter 'password'", "LoggerExtensions.LogDebug"));

    [Fact]
    public Task Client_secret_of_the_runtime_options_written_to_the_console_is_CTY0005() => VerifyAsync(
        "",
        "var options = new CognitoClientOptions(); Console.WriteLine({|#0:options.ClientSecret|});",
        Logged());

    [Theory]
    [InlineData("logger.LogInformation(\"Signed in {User}, token expires {At}\", user, tokens.ExpiresAt);")]
    [InlineData("logger.LogInformation(\"Token length {Length}\", tokens.AccessToken.Length);")]
    [InlineData("logger.LogInformation(\"Token type {Type}\", result.TokenType);")]
    [InlineData("Console.WriteLine(user);")]
    [InlineData("var hasToken = tokens.AccessToken is not null; Console.WriteLine(hasToken);")]
    [InlineData("throw new InvalidOperationException(\"Sign-in failed for \" + user);")]
    [InlineData("var copy = new CognitoTokens { AccessToken = tokens.AccessToken }; _ = copy;")]
    [InlineData("logger.LogInformation(\"{Name}\", nameof(tokens.AccessToken));")]
    public Task What_is_not_a_secret_or_not_a_log_is_not_flagged(string body) => VerifyAsync(LoggerMessageMember, body);

    [Fact]
    public Task Without_any_Cognito_API_nothing_runs() => RuleVerify<SecretLoggingAnalyzer>.AnalyzerAsync(
        "class C { string AccessToken => \"x\"; void M() { System.Console.WriteLine(AccessToken); } }", []);

    [Theory]
    [InlineData("none", null)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    public Task Editorconfig_sets_the_severity(string severity, DiagnosticSeverity? expected) =>
        RuleVerify<SecretLoggingAnalyzer>.AnalyzerAsync(
            Source("", expected is null ? "Console.WriteLine(tokens.IdToken);" : "Console.WriteLine({|#0:tokens.IdToken|});"),
            [StandIns.Source, LoggingStandIns],
            $"root = true\n\n[*.cs]\ndotnet_diagnostic.CTY0005.severity = {severity}\n",
            expected is { } level ? [new DiagnosticResult("CTY0005", level).WithLocation(0)] : []);

    [Fact]
    public Task Token_kept_in_a_private_field_and_logged_later_is_CTY0005() => VerifyAsync(
        "private string? _refresh; void Keep(AuthenticationResultType r) { _refresh = r.RefreshToken; } void Log(ILogger l) { l.LogInformation(\"{T}\", {|#0:_refresh|}); }",
        "",
        Logged());

    [Fact]
    public Task Conditional_access_to_a_token_is_CTY0005() => VerifyAsync(
        "",
        "AuthenticationResultType? maybe = result; logger.LogDebug(\"{A}\", {|#0:maybe?.AccessToken|});",
        Logged());
}
