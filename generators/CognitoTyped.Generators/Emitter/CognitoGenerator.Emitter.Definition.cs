using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        private static void WriteDefinition(SourceWriter w, UserPoolModel pool)
        {
            w.Line("/// <summary>");
            w.Line("/// The " + Xml(pool.Name) + " user pool as data, in AWS's request vocabulary: what");
            w.Line("/// <see cref=\"global::CognitoTyped.Provisioning.CognitoProvisioner\"/> creates on an endpoint (dev/test pools, emulators).");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public static partial class " + pool.TypePrefix + "Definition");
            w.Summary("The pool's name in cognito.json.");
            w.Line("public const string Name = " + Literal(pool.Name) + ";");
            w.Line();
            w.Summary("The <c>CreateUserPool</c> request body (without PoolName), as JSON.");
            w.Line("public const string CreateUserPoolJson = " + Literal(pool.CreateUserPoolJson) + ";");
            w.Line();
            w.Summary("The pool, its app clients, groups, identity pool and resource servers, for <see cref=\"global::CognitoTyped.Provisioning.CognitoProvisioner\"/>.");
            w.Line("public static global::CognitoTyped.Provisioning.UserPoolDefinition UserPool { get; } = new(");
            w.Indent();
            w.Line("Name,");
            w.Line("CreateUserPoolJson,");
            w.Line("new global::CognitoTyped.Provisioning.UserPoolClientDefinition[]");
            w.Line("{");
            foreach (var client in pool.Clients)
            {
                w.Line("    new(" + Literal(client.Name) + ", " + Literal(client.CreateUserPoolClientJson) + "),");
            }

            w.Line("},");
            if (pool.Groups.Count == 0)
            {
                w.Line("global::System.Array.Empty<global::CognitoTyped.Provisioning.UserPoolGroupDefinition>(),");
            }
            else
            {
                w.Line("new global::CognitoTyped.Provisioning.UserPoolGroupDefinition[]");
                w.Line("{");
                foreach (var group in pool.Groups)
                {
                    w.Line("    new(" + Literal(group.Name) + ", " + (group.CreateGroupJson is null ? "null" : Literal(group.CreateGroupJson)) + "),");
                }

                w.Line("},");
            }

            var identityPool = pool.IdentityPool is { } identity
                ? "new global::CognitoTyped.Provisioning.IdentityPoolDefinition(" + (identity.AllowUnauthenticatedIdentities ? "true" : "false") + ", " + (identity.CreateIdentityPoolJson is null ? "null" : Literal(identity.CreateIdentityPoolJson)) + ")"
                : "null";
            if (pool.ResourceServers.Count == 0)
            {
                w.Line(identityPool + ");");
            }
            else
            {
                w.Line(identityPool + ",");
                w.Line("new global::CognitoTyped.Provisioning.UserPoolResourceServerDefinition[]");
                w.Line("{");
                foreach (var server in pool.ResourceServers)
                {
                    w.Line("    new(" + Literal(server.Identifier) + ", " + Literal(server.CreateResourceServerJson) + "),");
                }

                w.Line("});");
            }
            w.Outdent();
            w.Close();
        }
    }
}
