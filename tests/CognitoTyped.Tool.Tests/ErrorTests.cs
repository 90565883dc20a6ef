using CognitoTyped.Tool.Tests.Infrastructure;

namespace CognitoTyped.Tool.Tests;

/// <summary>Every error is exit 2 with one clear line on stderr: never a stack trace, never a secret, nothing on stdout.</summary>
public sealed class ErrorTests(ToolFixture emulator) : IClassFixture<ToolFixture>
{
    [Fact]
    public async Task An_unknown_pool_is_exit_2_naming_it()
    {
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);

        var run = await tool.RunAsync("pull", "--user-pool-id", "local_NoSuchPool", "--endpoint", emulator.Url.ToString(), "--output", "-");

        AssertOneErrorLine(run, "ResourceNotFoundException");
        Assert.Contains("local_NoSuchPool", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_exit_2()
    {
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);

        var run = await tool.RunAsync("pull", "--user-pool-id", "local_abc", "--endpoint", $"http://127.0.0.1:{FakeAwsEndpoint.FreePort()}/", "--output", "-");

        AssertOneErrorLine(run, "cannot reach Cognito");
    }

    [Fact]
    public async Task A_missing_AWS_profile_is_exit_2_before_any_call()
    {
        using var tool = new ToolRunner(credentials: null);

        var run = await tool.RunAsync("pull", "--user-pool-id", "local_abc", "--endpoint", emulator.Url.ToString(), "--profile", "cognito-typed-tests-no-such-profile");

        AssertOneErrorLine(run, "AWS profile 'cognito-typed-tests-no-such-profile' was not found");
    }

    /// <summary>cognito-local checks no signature, so AWS's refusal comes from a loopback stand-in answering as AWS does.</summary>
    [Fact]
    public async Task Credentials_AWS_refuses_are_exit_2_saying_so()
    {
        using var tool = new ToolRunner(new Amazon.Runtime.BasicAWSCredentials("AKIDEXAMPLE", "not-a-real-key"));
        using var aws = new FakeAwsEndpoint(400, """{"__type":"UnrecognizedClientException","message":"The security token included in the request is invalid."}""");

        var run = await tool.RunAsync("pull", "--user-pool-id", "eu-west-1_abc", "--endpoint", aws.Url.ToString(), "--output", "-");

        AssertOneErrorLine(run, "AWS refused the credentials (UnrecognizedClientException): The security token included in the request is invalid.");
        Assert.DoesNotContain("not-a-real-key", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cognito_json_the_generator_rejects_is_exit_2_with_its_diagnostic()
    {
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);
        await File.WriteAllTextAsync(tool.PathOf("cognito.json"), """
            { "UserPools": [{ "Name": "App", "Clientz": [] }] }
            """);

        var run = await tool.RunAsync("check", "--endpoint", emulator.Url.ToString());

        AssertOneErrorLine(run, "cognito.json(1,34): error CTY0101: 'Clientz' is not a member of a user pool; did you mean 'Clients'?");
    }

    [Theory]
    [InlineData("pull", "--bogus")]
    [InlineData("pull")]
    [InlineData("frobnicate")]
    [InlineData("check", "--format", "yaml")]
    [InlineData("apply", "--config")]
    public async Task Bad_arguments_are_exit_2(params string[] args)
    {
        using var tool = new ToolRunner(ToolFixture.LocalCredentials);

        var run = await tool.RunAsync(args);

        AssertOneErrorLine(run, string.Empty);
    }

    private static void AssertOneErrorLine(ToolRun run, string expected)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var error = Assert.Single(lines, line => !line.StartsWith("warning:", StringComparison.Ordinal));
        Assert.StartsWith("cognito-typed: error: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}
