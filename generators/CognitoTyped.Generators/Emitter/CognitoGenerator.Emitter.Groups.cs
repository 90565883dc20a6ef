using System.Linq;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;
using Microsoft.CodeAnalysis;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        private static void WriteGroups(SourceWriter w, UserPoolModel pool)
        {
            w.Summary("The groups of the " + Xml(pool.Name) + " user pool: their names and membership checks from validated tokens or claims principals.");
            w.Line(GeneratedCode);
            w.Open("public static partial class " + pool.TypePrefix + "Groups");
            w.Summary("The claim that lists a user's groups in Cognito's ID and access tokens.");
            w.Line("public const string ClaimType = " + ClaimReader + "GroupsClaim;");
            foreach (var group in pool.Groups)
            {
                w.Line();
                w.Summary("The <c>" + Xml(group.Name) + "</c> group." + (group.Description is { Length: > 0 } description ? " " + Xml(description) : string.Empty));
                w.Line("public const string " + group.ConstantName + " = " + Literal(group.Name) + ";");
            }

            w.Line();
            w.Summary("Every group name cognito.json declares.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } = new[] { " + string.Join(", ", pool.Groups.Select(g => g.ConstantName)) + " };");
            w.Line();
            w.Summary("The name of a group.");
            w.Line("/// <param name=\"group\">The group.</param>");
            w.Line("/// <returns>Its name in the pool.</returns>");
            w.Open("public static string NameOf(" + pool.TypePrefix + "Group group) => group switch");
            foreach (var group in pool.Groups)
            {
                w.Line(pool.TypePrefix + "Group." + group.ConstantName + " => " + group.ConstantName + ",");
            }

            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(group), group, " + Literal("Not a group of " + pool.Name + ".") + "),");
            w.Close(";");
            w.Line();
            // Membership comes only from a validated token or a principal: the claims of unvalidated token text are whatever its sender wrote.
            w.Summary("The groups in the <c>cognito:groups</c> claim of a validated token.");
            w.Line("/// <param name=\"token\">A token that passed <see cref=\"global::CognitoTyped.CognitoTokenValidator\"/>.</param>");
            w.Line("/// <returns>The group names; empty when the user is in none.</returns>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> GetGroups(global::CognitoTyped.CognitoValidatedToken token) => " + ClaimReader + "ReadGroups(token);");
            w.Line();
            w.Summary("The groups in a principal's <c>cognito:groups</c> claims (e.g. from JWT bearer authentication).");
            w.Line("/// <param name=\"principal\">The principal.</param>");
            w.Line("/// <returns>The group names; empty when the principal is in none.</returns>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> GetGroups(global::System.Security.Claims.ClaimsPrincipal principal) => " + ClaimReader + "ReadGroups(principal);");
            w.Line();
            w.Summary("Whether the user of a validated token is in a group, by its <c>cognito:groups</c> claim.");
            w.Line("/// <param name=\"token\">A token that passed <see cref=\"global::CognitoTyped.CognitoTokenValidator\"/>.</param>");
            w.Line("/// <param name=\"groupName\">The group, e.g. one of this class's constants.</param>");
            w.Line("/// <returns>True when the user is in the group.</returns>");
            w.Line("public static bool IsMember(global::CognitoTyped.CognitoValidatedToken token, string groupName) => " + ClaimReader + "IsMember(token, groupName);");
            w.Line();
            w.Summary("Whether a principal (e.g. from JWT bearer authentication) is in a group, by its <c>cognito:groups</c> claims.");
            w.Line("/// <param name=\"principal\">The principal.</param>");
            w.Line("/// <param name=\"groupName\">The group, e.g. one of this class's constants.</param>");
            w.Line("/// <returns>True when the principal is in the group.</returns>");
            w.Line("public static bool IsMember(global::System.Security.Claims.ClaimsPrincipal principal, string groupName) => " + ClaimReader + "IsMember(principal, groupName);");
            foreach (var group in pool.Groups)
            {
                w.Line();
                w.Summary("Whether the user of a validated token is in the <c>" + Xml(group.Name) + "</c> group.");
                w.Line("/// <param name=\"token\">A token that passed <see cref=\"global::CognitoTyped.CognitoTokenValidator\"/>.</param>");
                w.Line("/// <returns>True when the user is in the group.</returns>");
                w.Line("public static bool IsIn" + group.ConstantName + "(global::CognitoTyped.CognitoValidatedToken token) => IsMember(token, " + group.ConstantName + ");");
                w.Line();
                w.Summary("Whether a principal is in the <c>" + Xml(group.Name) + "</c> group.");
                w.Line("/// <param name=\"principal\">The principal.</param>");
                w.Line("/// <returns>True when the principal is in the group.</returns>");
                w.Line("public static bool IsIn" + group.ConstantName + "(global::System.Security.Claims.ClaimsPrincipal principal) => IsMember(principal, " + group.ConstantName + ");");
            }

            w.Close();
            w.Line();
            w.Summary("The groups of the " + Xml(pool.Name) + " user pool, so a misspelt group does not compile (admin client, <c>Require" + pool.TypePrefix + "Group</c>).");
            w.Line(GeneratedCode);
            w.Open("public enum " + pool.TypePrefix + "Group");
            foreach (var group in pool.Groups)
            {
                w.Summary("The <c>" + Xml(group.Name) + "</c> group.");
                w.Line(group.ConstantName + ",");
            }

            w.Close();
        }
    }
}
