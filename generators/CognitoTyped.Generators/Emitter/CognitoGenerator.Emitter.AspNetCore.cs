using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        private const string ClaimsPrincipal = "global::System.Security.Claims.ClaimsPrincipal";
        private const string StringList = "global::System.Collections.Generic.IReadOnlyList<string>";
        private const string Authorization = "global::Microsoft.AspNetCore.Authorization.";

        /// <summary>
        /// For apps that reference CognitoTyped.AspNetCore: the typed user of a request, a policy per group and scope, and
        /// endpoint helpers that take the pool's groups as an enum, so a misspelt group does not compile. Everything reads only
        /// the identity the pool's scheme validated (authentication type <c>CognitoTyped:{Pool}</c>): a bearer token
        /// (AddCognitoJwtBearer) or the ID token of a managed-login sign-in kept in the cookie (AddCognitoOpenIdConnect).
        /// </summary>
        private static void WriteAspNetCore(SourceWriter w, UserPoolModel pool)
        {
            var prefix = pool.TypePrefix;
            WritePrincipal(w, pool);
            w.Line();
            if (pool.Scopes.Count > 0)
            {
                w.Summary("The OAuth scopes of the " + Xml(pool.Name) + " user pool's resource servers, for <c>Require" + prefix + "Scope</c>.");
                w.Line(GeneratedCode);
                w.Open("public enum " + prefix + "Scope");
                foreach (var scope in pool.Scopes)
                {
                    w.Summary("<c>" + Xml(scope.Value) + "</c>." + (scope.Description is { Length: > 0 } description ? " " + Xml(description) : string.Empty));
                    w.Line(scope.ConstantName + ",");
                }

                w.Close();
                w.Line();
            }

            WritePolicies(w, pool);
        }

        private static void WritePrincipal(SourceWriter w, UserPoolModel pool)
        {
            var prefix = pool.TypePrefix;
            var type = prefix + "Principal";
            w.Line("/// <summary>");
            w.Line("/// The user of a request, as the " + Xml(pool.Name) + " pool's scheme validated their token: a bearer token (<c>AddCognitoJwtBearer(" + Xml(Literal(pool.Name)) + ")</c>)");
            w.Line("/// or the ID token of a managed-login sign-in kept in the cookie (<c>AddCognitoOpenIdConnect(" + Xml(Literal(pool.Name)) + ", …)</c>). Get it with <c>User.Get" + prefix + "User()</c>.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + type);
            w.Summary("The user pool's name in cognito.json.");
            w.Line("public const string UserPoolName = " + Literal(pool.Name) + ";");
            w.Line();
            w.Line("private " + type + "(global::System.Security.Claims.ClaimsIdentity identity)");
            w.Line("{");
            w.Line("    var tokenUse = " + ClaimReader + "ReadClaim(identity, \"token_use\");");
            w.Line("    TokenUse = tokenUse == \"id\" ? global::CognitoTyped.CognitoTokenUse.Id : global::CognitoTyped.CognitoTokenUse.Access;");
            w.Line("    Sub = " + ClaimReader + "ReadClaim(identity, \"sub\") ?? string.Empty;");
            w.Line("    Username = " + ClaimReader + "ReadClaim(identity, TokenUse == global::CognitoTyped.CognitoTokenUse.Id ? \"cognito:username\" : \"username\") ?? string.Empty;");
            w.Line("    ClientId = " + ClaimReader + "ReadClaim(identity, TokenUse == global::CognitoTyped.CognitoTokenUse.Id ? \"aud\" : \"client_id\") ?? string.Empty;");
            w.Line("    Groups = " + ClaimReader + "ReadClaims(identity, " + ClaimReader + "GroupsClaim);");
            w.Line("    Scopes = " + ClaimReader + "ReadScopes(identity);");
            w.Line("    Attributes = TokenUse == global::CognitoTyped.CognitoTokenUse.Id ? " + prefix + "Attributes.FromAttributes(" + ClaimReader + "ReadAttributes(identity)) : null;");
            w.Line("}");
            w.Line();
            w.Summary("The user's ID in the pool (<c>sub</c>).");
            w.Line("public string Sub { get; }");
            w.Line();
            w.Summary("The user's username (<c>username</c> of an access token, <c>cognito:username</c> of an ID token).");
            w.Line("public string Username { get; }");
            w.Line();
            w.Summary("The app client the token was issued to (<c>client_id</c> of an access token, <c>aud</c> of an ID token).");
            w.Line("public string ClientId { get; }");
            w.Line();
            w.Summary("Whether the request came with an access token or an ID token.");
            w.Line("public global::CognitoTyped.CognitoTokenUse TokenUse { get; }");
            w.Line();
            w.Summary("The user's groups (<c>cognito:groups</c>).");
            w.Line("public " + StringList + " Groups { get; }");
            w.Line();
            w.Summary("The OAuth scopes of an access token (<c>scope</c>); empty for an ID token.");
            w.Line("public " + StringList + " Scopes { get; }");
            w.Line();
            w.Summary("The user's attributes, typed, when the token is an ID token (access tokens carry none); otherwise null.");
            w.Line("public " + prefix + "Attributes? Attributes { get; }");
            foreach (var group in pool.Groups)
            {
                w.Line();
                w.Summary("Whether the user is in the <c>" + Xml(group.Name) + "</c> group.");
                w.Line("public bool IsIn" + group.ConstantName + " => IsInGroup(" + prefix + "Groups." + group.ConstantName + ");");
            }

            w.Line();
            w.Summary("Whether the user is in a group.");
            w.Line("/// <param name=\"groupName\">The group's name.</param>");
            w.Line("/// <returns>True when the user is in it.</returns>");
            w.Line("public bool IsInGroup(string groupName) => global::System.Linq.Enumerable.Contains(Groups, groupName, global::System.StringComparer.Ordinal);");
            w.Line();
            w.Summary("Whether the access token carries a scope.");
            w.Line("/// <param name=\"scope\">The full scope, e.g. <c>orders/read</c>.</param>");
            w.Line("/// <returns>True when the token has it.</returns>");
            w.Line("public bool HasScope(string scope) => global::System.Linq.Enumerable.Contains(Scopes, scope, global::System.StringComparer.Ordinal);");
            w.Line();
            w.Summary("The user of a principal, from the identity the pool's scheme validated; null when there is none.");
            w.Line("/// <param name=\"principal\">The principal, e.g. <c>HttpContext.User</c>.</param>");
            w.Line("/// <returns>The user, or null when the principal was not authenticated by this pool's scheme.</returns>");
            w.Open("public static " + type + "? From(" + ClaimsPrincipal + " principal)");
            w.Line("var identity = " + ClaimReader + "FindPoolIdentity(principal, UserPoolName);");
            w.Line("return identity is null ? null : new " + type + "(identity);");
            w.Close();
            w.Line();
            w.Line("/// <inheritdoc />");
            w.Line("public override string ToString() => \"" + type + " { Sub = \" + Sub + \", TokenUse = \" + TokenUse + \" }\";");
            w.Close();
            w.Line();
            w.Summary("Reads the typed " + Xml(pool.Name) + " user of a request.");
            w.Line(GeneratedCode);
            w.Open("public static partial class " + type + "Extensions");
            w.Summary("The request's " + Xml(pool.Name) + " user, from the identity the pool's scheme validated; null when there is none.");
            w.Line("/// <param name=\"principal\">The principal, e.g. <c>HttpContext.User</c>.</param>");
            w.Line("/// <returns>The typed user, or null.</returns>");
            w.Line("public static " + type + "? Get" + prefix + "User(this " + ClaimsPrincipal + " principal) => " + type + ".From(principal);");
            w.Close();
        }

        private static void WritePolicies(SourceWriter w, UserPoolModel pool)
        {
            var prefix = pool.TypePrefix;
            var policies = prefix + "Policies";
            const string Options = Authorization + "AuthorizationOptions";
            const string Policy = Authorization + "AuthorizationPolicy";
            const string PolicyBuilder = Authorization + "AuthorizationPolicyBuilder";
            w.Line("/// <summary>");
            w.Line("/// Authorization policies of the " + Xml(pool.Name) + " user pool: one per group and per resource-server scope, each requiring a user the");
            w.Line("/// pool's scheme (named " + Xml(Literal(pool.Name)) + ", as <c>AddCognitoJwtBearer(" + Xml(Literal(pool.Name)) + ")</c> and <c>AddCognitoOpenIdConnect(" + Xml(Literal(pool.Name)) + ", …)</c> name it) authenticated. Register them with");
            w.Line("/// <c>AddAuthorization(options => options.Add" + prefix + "Policies())</c>.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public static partial class " + policies);
            w.Summary("The policy of any user the pool's scheme authenticated.");
            w.Line("public const string SignedIn = " + Literal(pool.Name) + ";");
            foreach (var group in pool.Groups)
            {
                w.Line();
                w.Summary("Members of the <c>" + Xml(group.Name) + "</c> group.");
                w.Line("public const string " + group.ConstantName + " = " + Literal(pool.Name + ":group:" + group.Name) + ";");
            }

            foreach (var scope in pool.Scopes)
            {
                w.Line();
                w.Summary("Access tokens with the <c>" + Xml(scope.Value) + "</c> scope.");
                w.Line("public const string " + scope.ConstantName + " = " + Literal(pool.Name + ":scope:" + scope.Value) + ";");
            }

            w.Line();
            w.Summary("Adds every policy of this class.");
            w.Line("/// <param name=\"options\">The authorization options.</param>");
            w.Line("/// <returns>The same options.</returns>");
            w.Open("public static " + Options + " Add" + prefix + "Policies(this " + Options + " options)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(options);");
            w.Line("options.AddPolicy(SignedIn, SignedInPolicy());");
            foreach (var group in pool.Groups)
            {
                w.Line("options.AddPolicy(" + group.ConstantName + ", GroupPolicy(" + prefix + "Groups." + group.ConstantName + "));");
            }

            foreach (var scope in pool.Scopes)
            {
                w.Line("options.AddPolicy(" + scope.ConstantName + ", ScopePolicy(" + Literal(scope.Value) + "));");
            }

            w.Line("return options;");
            w.Close();
            w.Line();
            w.Summary("A policy of any user the pool's scheme authenticated.");
            w.Line("/// <returns>The policy.</returns>");
            w.Line("public static " + Policy + " SignedInPolicy() => Builder().Build();");
            w.Line();
            w.Summary("A policy of the members of a group.");
            w.Line("/// <param name=\"groupName\">The group's name.</param>");
            w.Line("/// <returns>The policy.</returns>");
            w.Line("public static " + Policy + " GroupPolicy(string groupName) => Builder().RequireAssertion(context => " + prefix + "Principal.From(context.User)?.IsInGroup(groupName) == true).Build();");
            w.Line();
            w.Summary("A policy of access tokens that carry a scope.");
            w.Line("/// <param name=\"scope\">The full scope, e.g. <c>orders/read</c>.</param>");
            w.Line("/// <returns>The policy.</returns>");
            w.Line("public static " + Policy + " ScopePolicy(string scope) => Builder().RequireAssertion(context => " + prefix + "Principal.From(context.User)?.HasScope(scope) == true).Build();");
            w.Line();
            w.Line("private static " + PolicyBuilder + " Builder() => new " + PolicyBuilder + "(" + Literal(pool.Name) + ").RequireAuthenticatedUser().RequireAssertion(context => " + prefix + "Principal.From(context.User) is not null);");
            if (pool.Groups.Count > 0)
            {
                w.Line();
                w.Summary("The name of a group.");
                w.Line("/// <param name=\"group\">The group.</param>");
                w.Line("/// <returns>Its name in the pool.</returns>");
                w.Line("public static string NameOf(" + prefix + "Group group) => " + prefix + "Groups.NameOf(group);");
            }

            if (pool.Scopes.Count > 0)
            {
                w.Line();
                w.Summary("The full value of a scope.");
                w.Line("/// <param name=\"scope\">The scope.</param>");
                w.Line("/// <returns>Its value in access tokens, <c>{identifier}/{name}</c>.</returns>");
                w.Open("public static string ValueOf(" + prefix + "Scope scope) => scope switch");
                foreach (var scope in pool.Scopes)
                {
                    w.Line(prefix + "Scope." + scope.ConstantName + " => " + Literal(scope.Value) + ",");
                }

                w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(scope), scope, \"Not a scope of " + Xml(pool.Name).Replace("\"", "\\\"") + ".\"),");
                w.Close(";");
            }

            w.Line();
            w.Summary("Requires a user the pool's scheme authenticated on an endpoint or group of endpoints.");
            w.Line("/// <typeparam name=\"TBuilder\">The endpoint convention builder.</typeparam>");
            w.Line("/// <param name=\"builder\">The endpoint, e.g. what <c>MapGet</c> returned.</param>");
            w.Line("/// <returns>The same builder.</returns>");
            w.Line("public static TBuilder Require" + prefix + "User<TBuilder>(this TBuilder builder) where TBuilder : global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder");
            w.Line("    => global::Microsoft.AspNetCore.Builder.AuthorizationEndpointConventionBuilderExtensions.RequireAuthorization(builder, SignedInPolicy());");
            if (pool.Groups.Count > 0)
            {
                w.Line();
                w.Summary("Requires a member of one of <paramref name=\"groups\"/> on an endpoint: a group of this pool, so a misspelt one does not compile.");
                w.Line("/// <typeparam name=\"TBuilder\">The endpoint convention builder.</typeparam>");
                w.Line("/// <param name=\"builder\">The endpoint, e.g. what <c>MapGet</c> returned.</param>");
                w.Line("/// <param name=\"groups\">The groups, any of which lets the user in.</param>");
                w.Line("/// <returns>The same builder.</returns>");
                w.Open("public static TBuilder Require" + prefix + "Group<TBuilder>(this TBuilder builder, params " + prefix + "Group[] groups) where TBuilder : global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder");
                w.Line("global::System.ArgumentNullException.ThrowIfNull(groups);");
                w.Line("if (groups.Length == 0) throw new global::System.ArgumentException(\"Name at least one group.\", nameof(groups));");
                w.Line("var names = global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(groups, NameOf));");
                w.Line("return global::Microsoft.AspNetCore.Builder.AuthorizationEndpointConventionBuilderExtensions.RequireAuthorization(builder, Builder().RequireAssertion(context => " + prefix + "Principal.From(context.User) is { } user && global::System.Linq.Enumerable.Any(names, user.IsInGroup)).Build());");
                w.Close();
            }

            if (pool.Scopes.Count > 0)
            {
                w.Line();
                w.Summary("Requires an access token with every one of <paramref name=\"scopes\"/> on an endpoint: scopes of this pool's resource servers.");
                w.Line("/// <typeparam name=\"TBuilder\">The endpoint convention builder.</typeparam>");
                w.Line("/// <param name=\"builder\">The endpoint, e.g. what <c>MapGet</c> returned.</param>");
                w.Line("/// <param name=\"scopes\">The scopes, all required.</param>");
                w.Line("/// <returns>The same builder.</returns>");
                w.Open("public static TBuilder Require" + prefix + "Scope<TBuilder>(this TBuilder builder, params " + prefix + "Scope[] scopes) where TBuilder : global::Microsoft.AspNetCore.Builder.IEndpointConventionBuilder");
                w.Line("global::System.ArgumentNullException.ThrowIfNull(scopes);");
                w.Line("if (scopes.Length == 0) throw new global::System.ArgumentException(\"Name at least one scope.\", nameof(scopes));");
                w.Line("var values = global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(scopes, ValueOf));");
                w.Line("return global::Microsoft.AspNetCore.Builder.AuthorizationEndpointConventionBuilderExtensions.RequireAuthorization(builder, Builder().RequireAssertion(context => " + prefix + "Principal.From(context.User) is { } user && global::System.Linq.Enumerable.All(values, user.HasScope)).Build());");
                w.Close();
            }

            w.Close();
        }
    }
}
