using CognitoTyped.Tool.Tests.Infrastructure;

namespace CognitoTyped.Tool.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("pull", "--user-pool-id")]
    [InlineData("check", "--format")]
    [InlineData("apply", "--user-secrets")]
    public async Task Every_command_has_help_with_its_options_and_the_exit_codes(string command, string option)
    {
        using var tool = new ToolRunner();

        var run = await tool.RunAsync(command, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith($"Usage: cognito-typed {command} [options]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--endpoint URL", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 done / in step, 1 drift, 2 error", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tool_help_lists_the_commands()
    {
        using var tool = new ToolRunner();

        var run = await tool.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("pull ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("check ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("apply ", run.Stdout, StringComparison.Ordinal);
    }
}
