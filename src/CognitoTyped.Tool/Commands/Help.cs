using System.Text;

namespace CognitoTyped.Tool.Commands;

/// <summary>The help texts (docs/tool.md says the same at length).</summary>
internal static class Help
{
    public const string Overview = """
        cognito-typed: keep cognito.json and deployed Amazon Cognito user pools in step.

        Usage: cognito-typed <command> [options]

        Commands:
          pull    write cognito.json from deployed pools (no IDs or secrets in it)
          check   compare cognito.json with deployed pools; exit 1 and a per-member diff on drift
          apply   create what cognito.json has and the account lacks (pools, clients, groups, resource servers); never deletes or changes

        Exit codes: 0 done / in step, 1 drift, 2 error (one line on stderr).
        Credentials: AWS's default chain (environment, profile, SSO, container, instance), or --profile.
        'cognito-typed <command> --help' lists a command's options. Docs: docs/tool.md.

        """;

    public static string For(string command, IReadOnlyList<OptionSpec> options, string summary)
    {
        var text = new StringBuilder();
        text.Append("Usage: cognito-typed ").Append(command).Append(" [options]\n\n").Append(summary).Append("\n\nOptions:\n");
        foreach (var option in options.Append(CommonOptions.Help))
        {
            var left = option.Name + (option.ValueName is null ? string.Empty : " " + option.ValueName);
            text.Append("  ").Append(left.PadRight(32)).Append(option.Help).Append(option.Repeatable ? " (repeatable)" : string.Empty).Append('\n');
        }

        text.Append("\nExit codes: 0 done / in step, 1 drift, 2 error (one line on stderr).\n");
        return text.ToString();
    }
}
