using System.Collections.Generic;
using System.Linq;
using CognitoTyped.Generators.Helpers;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Emitter
    {
        private const string Support = "global::CognitoTyped.Generated.CognitoAdminSupport.";
        private const string FilterText = "global::CognitoTyped.Generated.CognitoUserFilterText.";
        private const string ServiceClient = Idp + "CognitoIdentityProviderClient";
        private const string AsyncEnumerable = "global::System.Collections.Generic.IAsyncEnumerable";

        /// <summary>The attributes ListUsers can filter on (besides <c>cognito:user_status</c> and <c>status</c>), with their C# names.</summary>
        private static readonly (string CognitoName, string PropertyName)[] s_filterableStrings =
        {
            ("username", "Username"),
            ("email", "Email"),
            ("phone_number", "PhoneNumber"),
            ("name", "Name"),
            ("given_name", "GivenName"),
            ("family_name", "FamilyName"),
            ("preferred_username", "PreferredUsername"),
            ("sub", "Sub"),
        };

        /// <summary>
        /// The pool's admin side: the attributes an admin sets at creation and changes later, the typed user AdminGetUser and
        /// ListUsers return, the ListUsers filter (only what the service can search), and the SigV4-signed client.
        /// </summary>
        private static void WriteAdminFile(SourceWriter w, UserPoolModel pool)
        {
            WriteAdminAttributes(w, pool);
            w.Line();
            WriteAdminAttributeUpdate(w, pool);
            w.Line();
            WriteAdminUser(w, pool);
            w.Line();
            WriteUserFilter(w, pool);
            w.Line();
            WriteAdminClient(w, pool);
        }

        private static void WriteAdminAttributes(SourceWriter w, UserPoolModel pool)
        {
            var prefix = pool.TypePrefix;
            w.Line("/// <summary>");
            w.Line("/// The attributes an administrator sets when creating a user of the " + Xml(pool.Name) + " user pool: every attribute of the");
            w.Line("/// pool, immutable ones included. Attributes the pool requires are <c>required</c> members, so a creation without them does not compile.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + pool.TypePrefix + "AdminAttributes");
            foreach (var attribute in pool.Attributes)
            {
                w.Summary(AttributeSummary(attribute));
                w.Line(attribute.IsRequired
                    ? "public required " + ClrType(attribute.ClrType) + " " + attribute.PropertyName + " { get; init; }"
                    : "public " + ClrType(attribute.ClrType) + "? " + attribute.PropertyName + " { get; init; }");
                w.Line();
            }

            WriteToAttributes(w, pool.Attributes.ToList(), "The set attributes as Cognito takes them, keyed by Cognito name.");
            w.Line();
            var named = prefix + "AdminAttribute";
            w.Summary("The Cognito name of an attribute, e.g. <c>custom:seats</c>.");
            w.Line("/// <param name=\"attribute\">The attribute.</param>");
            w.Line("/// <returns>Its name in Cognito.</returns>");
            w.Open("public static string CognitoNameOf(" + named + " attribute) => attribute switch");
            w.Line(named + ".Sub => \"sub\",");
            foreach (var attribute in pool.Attributes)
            {
                w.Line(named + "." + attribute.PropertyName + " => " + Literal(attribute.CognitoName) + ",");
            }

            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(attribute), attribute, \"Not an attribute of the pool.\"),");
            w.Close(";");
            w.Close();
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// The attributes of the " + Xml(pool.Name) + " user pool by name, for what ListUsers returns (<c>attributesToGet</c>).");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public enum " + named);
            w.Summary("The <c>sub</c> attribute: the user's unique, immutable ID in the pool.");
            w.Line("Sub,");
            foreach (var attribute in pool.Attributes)
            {
                w.Line();
                w.Summary(AttributeSummary(attribute));
                w.Line(attribute.PropertyName + ",");
            }

            w.Close();
        }

        private static void WriteAdminAttributeUpdate(SourceWriter w, UserPoolModel pool)
        {
            var prefix = pool.TypePrefix;
            var mutable = pool.Attributes.Where(a => a.IsMutable).ToList();
            w.Line("/// <summary>");
            w.Line("/// A change an administrator makes to a user of the " + Xml(pool.Name) + " user pool: every attribute the pool lets change");
            w.Line("/// (administrators are not limited by an app client's write list). Only the properties that are set are sent.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + prefix + "AdminAttributeUpdate");
            foreach (var attribute in mutable)
            {
                w.Summary("The new value of " + AttributeSummary(attribute, lowerFirst: true) + " Null leaves it unchanged.");
                w.Line("public " + ClrType(attribute.ClrType) + "? " + attribute.PropertyName + " { get; init; }");
                w.Line();
            }

            WriteToAttributes(w, mutable.Select(a => a with { IsRequired = false }).ToList(), "The set attributes as Cognito takes them, keyed by Cognito name.");
            var deletable = AdminDeletable(pool);
            if (deletable.Count > 0)
            {
                w.Line();
                w.Summary("The Cognito name of an attribute an administrator can delete, e.g. <c>given_name</c>.");
                w.Line("/// <param name=\"attribute\">The attribute.</param>");
                w.Line("/// <returns>Its name in Cognito.</returns>");
                w.Open("public static string CognitoNameOf(" + prefix + "AdminDeletableAttribute attribute) => attribute switch");
                foreach (var attribute in deletable)
                {
                    w.Line(prefix + "AdminDeletableAttribute." + attribute.PropertyName + " => " + Literal(attribute.CognitoName) + ",");
                }

                w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(attribute), attribute, \"Not an attribute an administrator may delete.\"),");
                w.Close(";");
            }

            w.Close();
            if (deletable.Count > 0)
            {
                w.Line();
                w.Line("/// <summary>");
                w.Line("/// The attributes an administrator may delete from a user of the " + Xml(pool.Name) + " user pool: the ones the pool lets change");
                w.Line("/// and does not require. A required attribute has no member, so deleting it does not compile.");
                w.Line("/// </summary>");
                WriteAttributeEnum(w, prefix + "AdminDeletableAttribute", deletable);
            }
        }

        /// <summary>Mutable, not required, and not a verification flag (those are set, not deleted).</summary>
        private static List<AttributeModel> AdminDeletable(UserPoolModel pool) =>
            pool.Attributes
                .Where(a => a.IsMutable && !a.IsRequired && a.CognitoName is not ("email_verified" or "phone_number_verified"))
                .ToList();

        private static void WriteAdminUser(SourceWriter w, UserPoolModel pool)
        {
            var type = pool.TypePrefix + "AdminUser";
            w.Summary("A user of the " + Xml(pool.Name) + " user pool as AdminGetUser, AdminCreateUser and ListUsers return it, with typed attributes.");
            w.Line("/// <param name=\"Username\">The user's Cognito username.</param>");
            w.Line("/// <param name=\"Attributes\">The user's attributes.</param>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial record " + type + "(string Username, " + pool.TypePrefix + "Attributes Attributes)");
            w.Summary("The user's status (<c>CONFIRMED</c>, <c>FORCE_CHANGE_PASSWORD</c>, …); null when the service did not say.");
            w.Line("public " + Idp + "UserStatusType? UserStatus { get; init; }");
            w.Line();
            w.Summary("Whether the user may sign in; false when disabled, or when the service did not say.");
            w.Line("public bool Enabled { get; init; }");
            w.Line();
            w.Summary("When the user was created.");
            w.Line("public global::System.DateTimeOffset? UserCreateDate { get; init; }");
            w.Line();
            w.Summary("When the user was last changed.");
            w.Line("public global::System.DateTimeOffset? UserLastModifiedDate { get; init; }");
            w.Line();
            w.Summary("The user's SMS MFA options (legacy; AdminGetUser and ListUsers return them).");
            w.Line("public global::System.Collections.Generic.IReadOnlyList<" + Idp + "MFAOptionType> MfaOptions { get; init; } = global::System.Array.Empty<" + Idp + "MFAOptionType>();");
            w.Line();
            w.Summary("The user's preferred MFA method (<c>SMS_MFA</c>, <c>SOFTWARE_TOKEN_MFA</c>, …); only AdminGetUser returns it.");
            w.Line("public string? PreferredMfaSetting { get; init; }");
            w.Line();
            w.Summary("The MFA methods the user has activated; only AdminGetUser returns them.");
            w.Line("public global::System.Collections.Generic.IReadOnlyList<string> UserMfaSettingList { get; init; } = global::System.Array.Empty<string>();");
            w.Line();
            w.Summary("Reads a user as AdminCreateUser and ListUsers return it.");
            w.Line("/// <param name=\"user\">The user.</param>");
            w.Line("/// <returns>The typed user.</returns>");
            w.Line("/// <exception cref=\"global::CognitoTyped.CognitoProtocolException\">The service returned a user without a username.</exception>");
            w.Open("public static " + type + " FromUserType(" + Idp + "UserType user)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(user);");
            w.Line("return new " + type + "(user.Username ?? throw new global::CognitoTyped.CognitoProtocolException(\"The service returned a user without a username.\"), " + pool.TypePrefix + "Attributes.FromAttributes(" + Support + "ToPairs(user.Attributes)))");
            w.Line("{");
            w.Line("    UserStatus = user.UserStatus,");
            w.Line("    Enabled = user.Enabled ?? false,");
            w.Line("    UserCreateDate = user.UserCreateDate,");
            w.Line("    UserLastModifiedDate = user.UserLastModifiedDate,");
            w.Line("    MfaOptions = user.MFAOptions?.ToArray() ?? global::System.Array.Empty<" + Idp + "MFAOptionType>(),");
            w.Line("};");
            w.Close();
            w.Line();
            w.Summary("Reads a user as AdminGetUser returns it.");
            w.Line("/// <param name=\"response\">The response.</param>");
            w.Line("/// <returns>The typed user.</returns>");
            w.Line("/// <exception cref=\"global::CognitoTyped.CognitoProtocolException\">The service returned a user without a username.</exception>");
            w.Open("public static " + type + " FromAdminGetUser(" + Idp + "AdminGetUserResponse response)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(response);");
            w.Line("return new " + type + "(response.Username ?? throw new global::CognitoTyped.CognitoProtocolException(\"The service returned a user without a username.\"), " + pool.TypePrefix + "Attributes.FromAttributes(" + Support + "ToPairs(response.UserAttributes)))");
            w.Line("{");
            w.Line("    UserStatus = response.UserStatus,");
            w.Line("    Enabled = response.Enabled ?? false,");
            w.Line("    UserCreateDate = response.UserCreateDate,");
            w.Line("    UserLastModifiedDate = response.UserLastModifiedDate,");
            w.Line("    MfaOptions = response.MFAOptions?.ToArray() ?? global::System.Array.Empty<" + Idp + "MFAOptionType>(),");
            w.Line("    PreferredMfaSetting = response.PreferredMfaSetting,");
            w.Line("    UserMfaSettingList = response.UserMFASettingList?.ToArray() ?? global::System.Array.Empty<string>(),");
            w.Line("};");
            w.Close();
            w.Close();
        }

        private static void WriteUserFilter(SourceWriter w, UserPoolModel pool)
        {
            var type = pool.TypePrefix + "UserFilter";
            w.Line("/// <summary>");
            w.Line("/// A ListUsers filter of the " + Xml(pool.Name) + " user pool, e.g. <c>" + type + ".Email.StartsWith(\"ada\")</c>. It names only what");
            w.Line("/// Cognito can search, so a filter on a custom attribute does not compile (rather than failing with a 400 at run time).");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + type);
            w.Line("private " + type + "(string text) => Text = text;");
            w.Line();
            w.Summary("The filter as Cognito takes it, e.g. <c>email ^= \"ada\"</c>.");
            w.Line("public string Text { get; }");
            foreach (var (cognitoName, propertyName) in s_filterableStrings)
            {
                w.Line();
                w.Summary("The <c>" + cognitoName + "</c> attribute.");
                w.Line("public static StringAttribute " + propertyName + " { get; } = new StringAttribute(" + Literal(cognitoName) + ");");
            }

            w.Line();
            w.Summary("The user's status, <c>cognito:user_status</c>.");
            w.Line("public static UserStatusAttribute UserStatus { get; } = new UserStatusAttribute();");
            w.Line();
            w.Summary("Whether the user is enabled, <c>status</c>.");
            w.Line("public static EnabledAttribute Status { get; } = new EnabledAttribute();");
            w.Line();
            w.Line("/// <inheritdoc />");
            w.Line("public override string ToString() => Text;");
            w.Line();
            w.Summary("A string attribute ListUsers can filter on.");
            w.Open("public sealed class StringAttribute");
            w.Line("private readonly string _name;");
            w.Line();
            w.Line("internal StringAttribute(string name) => _name = name;");
            w.Line();
            w.Summary("Users whose attribute is exactly <paramref name=\"value\"/> (<c>=</c>).");
            w.Line("/// <param name=\"value\">The value; quotes and backslashes are escaped.</param>");
            w.Line("/// <returns>The filter.</returns>");
            w.Line("public " + type + " Equals(string value) => new " + type + "(" + FilterText + "Exact(_name, value));");
            w.Line();
            w.Summary("Users whose attribute starts with <paramref name=\"prefix\"/> (<c>^=</c>).");
            w.Line("/// <param name=\"prefix\">The prefix; quotes and backslashes are escaped.</param>");
            w.Line("/// <returns>The filter.</returns>");
            w.Line("public " + type + " StartsWith(string prefix) => new " + type + "(" + FilterText + "Prefix(_name, prefix));");
            w.Close();
            w.Line();
            w.Summary("The user's status, <c>cognito:user_status</c>.");
            w.Open("public sealed class UserStatusAttribute");
            w.Line("internal UserStatusAttribute()");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Summary("Users in a status.");
            w.Line("/// <param name=\"status\">The status, e.g. <c>UserStatusType.Confirmed</c>.</param>");
            w.Line("/// <returns>The filter.</returns>");
            w.Line("public " + type + " Equals(" + Idp + "UserStatusType status) => new " + type + "(" + FilterText + "Exact(\"cognito:user_status\", status.Value));");
            w.Close();
            w.Line();
            w.Summary("Whether the user is enabled, <c>status</c>.");
            w.Open("public sealed class EnabledAttribute");
            w.Line("internal EnabledAttribute()");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Summary("Enabled users (<c>status = \"Enabled\"</c>), or disabled ones.");
            w.Line("/// <param name=\"enabled\">True for enabled users, false for disabled ones.</param>");
            w.Line("/// <returns>The filter.</returns>");
            w.Line("public " + type + " Equals(bool enabled) => new " + type + "(" + FilterText + "Exact(\"status\", enabled ? \"Enabled\" : \"Disabled\"));");
            w.Close();
            w.Close();
        }

        private sealed record AdminMethod(string Returns, string Name, string Parameters, string Docs, string[] Body, bool IsAsync = false, bool IsIterator = false);

        private static List<AdminMethod> AdminMethods(UserPoolModel pool)
        {
            var prefix = pool.TypePrefix;
            var user = prefix + "AdminUser";
            var username = "string username";
            const string UsernameDoc = "/// <param name=\"username\">The user's username (or an alias the pool accepts).</param>";
            var pool_ = "UserPoolId = UserPoolId";
            var methods = new List<AdminMethod>
            {
                new(Task + "<" + user + ">", "AdminCreateUserAsync",
                    username + ", " + prefix + "AdminAttributes attributes, [" + Runtime + "CognitoPassword] string? temporaryPassword = null, " + Idp + "MessageActionType? messageAction = null, global::System.Collections.Generic.IEnumerable<" + Idp + "DeliveryMediumType>? desiredDeliveryMediums = null, " + Ct,
                    "Creates a user (AdminCreateUser). Cognito sends the welcome message unless <paramref name=\"messageAction\"/> is <c>SUPPRESS</c>.\n" + UsernameDoc + "\n/// <param name=\"attributes\">The user's attributes.</param>\n/// <param name=\"temporaryPassword\">The temporary password; null lets Cognito generate one.</param>\n/// <param name=\"messageAction\"><c>RESEND</c> or <c>SUPPRESS</c>; null sends the welcome message.</param>\n/// <param name=\"desiredDeliveryMediums\">Where the welcome message goes (<c>EMAIL</c>, <c>SMS</c>); null: SMS.</param>\n/// <param name=\"cancellationToken\">Cancels the call.</param>\n/// <returns>The user created.</returns>",
                    new[]
                    {
                        "global::System.ArgumentNullException.ThrowIfNull(attributes);",
                        "var response = await _client.AdminCreateUserAsync(new " + Idp + "AdminCreateUserRequest",
                        "{",
                        "    " + pool_ + ",",
                        "    Username = username,",
                        "    UserAttributes = " + Support + "ToAttributeTypes(attributes.ToAttributes()),",
                        "    TemporaryPassword = temporaryPassword,",
                        "    MessageAction = messageAction,",
                        "    DesiredDeliveryMediums = desiredDeliveryMediums is null ? null : new global::System.Collections.Generic.List<" + Idp + "DeliveryMediumType>(desiredDeliveryMediums),",
                        "}, cancellationToken).ConfigureAwait(false);",
                        "return " + user + ".FromUserType(response.User ?? throw new global::CognitoTyped.CognitoProtocolException(\"AdminCreateUser returned no user.\"));",
                    },
                    IsAsync: true),
                new(Task + "<" + user + ">", "AdminGetUserAsync", username + ", " + Ct,
                    "Gets a user with typed attributes, status and MFA settings (AdminGetUser).\n" + UsernameDoc + "\n/// <param name=\"cancellationToken\">Cancels the call.</param>\n/// <returns>The user.</returns>",
                    new[] { "return " + user + ".FromAdminGetUser(await _client.AdminGetUserAsync(new " + Idp + "AdminGetUserRequest { " + pool_ + ", Username = username }, cancellationToken).ConfigureAwait(false));" },
                    IsAsync: true),
                new(Task, "AdminUpdateUserAttributesAsync", username + ", " + prefix + "AdminAttributeUpdate update, " + Ct,
                    "Changes a user's attributes (AdminUpdateUserAttributes); only the set properties are sent.\n" + UsernameDoc + "\n/// <param name=\"update\">The new values.</param>\n/// <param name=\"cancellationToken\">Cancels the call.</param>\n/// <returns>A task that completes when the attributes are changed.</returns>",
                    new[]
                    {
                        "global::System.ArgumentNullException.ThrowIfNull(update);",
                        "await _client.AdminUpdateUserAttributesAsync(new " + Idp + "AdminUpdateUserAttributesRequest { " + pool_ + ", Username = username, UserAttributes = " + Support + "ToAttributeTypes(update.ToAttributes()) }, cancellationToken).ConfigureAwait(false);",
                    },
                    IsAsync: true),
            };

            if (AdminDeletable(pool).Count > 0)
            {
                var deletable = prefix + "AdminDeletableAttribute";
                methods.Add(new(Task, "AdminDeleteUserAttributesAsync", username + ", global::System.Collections.Generic.IEnumerable<" + deletable + "> attributes, " + Ct,
                    "Deletes attributes from a user (AdminDeleteUserAttributes); required attributes cannot be named.\n" + UsernameDoc + "\n/// <param name=\"attributes\">The attributes to delete.</param>\n/// <param name=\"cancellationToken\">Cancels the call.</param>\n/// <returns>A task that completes when the attributes are deleted.</returns>",
                    new[]
                    {
                        "global::System.ArgumentNullException.ThrowIfNull(attributes);",
                        "var names = new global::System.Collections.Generic.List<string>();",
                        "foreach (var attribute in attributes)",
                        "{",
                        "    names.Add(" + prefix + "AdminAttributeUpdate.CognitoNameOf(attribute));",
                        "}",
                        string.Empty,
                        "await _client.AdminDeleteUserAttributesAsync(new " + Idp + "AdminDeleteUserAttributesRequest { " + pool_ + ", Username = username, UserAttributeNames = names }, cancellationToken).ConfigureAwait(false);",
                    },
                    IsAsync: true));
                methods.Add(new(Task, "AdminDeleteUserAttributesAsync", username + ", params " + deletable + "[] attributes",
                    "Deletes attributes from a user (AdminDeleteUserAttributes); required attributes cannot be named.\n" + UsernameDoc + "\n/// <param name=\"attributes\">The attributes to delete.</param>\n/// <returns>A task that completes when the attributes are deleted.</returns>",
                    new[] { "AdminDeleteUserAttributesAsync(username, (global::System.Collections.Generic.IEnumerable<" + deletable + ">)attributes, default)" }));
            }

            methods.Add(new(Task, "AdminSetUserPasswordAsync", username + ", [" + Runtime + "CognitoPassword] string password, bool permanent, " + Ct,
                "Sets a user's password (AdminSetUserPassword).\n" + UsernameDoc + "\n/// <param name=\"password\">The new password.</param>\n/// <param name=\"permanent\">True: the user signs in with it; false: it is temporary and must be changed at the next sign-in.</param>\n/// <param name=\"cancellationToken\">Cancels the call.</param>\n/// <returns>A task that completes when the password is set.</returns>",
                new[] { "await _client.AdminSetUserPasswordAsync(new " + Idp + "AdminSetUserPasswordRequest { " + pool_ + ", Username = username, Password = password, Permanent = permanent }, cancellationToken).ConfigureAwait(false);" },
                IsAsync: true));
            foreach (var (name, doc) in new[]
            {
                ("AdminResetUserPassword", "Resets a user's password: the user must set a new one with a code Cognito sends (AdminResetUserPassword)."),
                ("AdminDisableUser", "Disables a user: the user can no longer sign in (AdminDisableUser)."),
                ("AdminEnableUser", "Enables a disabled user (AdminEnableUser)."),
                ("AdminUserGlobalSignOut", "Signs a user out everywhere: the user's refresh tokens are revoked (AdminUserGlobalSignOut)."),
                ("AdminDeleteUser", "Deletes a user (AdminDeleteUser)."),
                ("AdminConfirmSignUp", "Confirms a user's sign-up without a code (AdminConfirmSignUp)."),
            })
            {
                methods.Add(new(Task, name + "Async", username + ", " + Ct,
                    doc + "\n" + UsernameDoc + "\n/// <param name=\"cancellationToken\">Cancels the call.</param>\n/// <returns>A task that completes when the service has answered.</returns>",
                    new[] { "await _client." + name + "Async(new " + Idp + name + "Request { " + pool_ + ", Username = username }, cancellationToken).ConfigureAwait(false);" },
                    IsAsync: true));
            }

            foreach (var (name, doc) in new[] { ("AdminAddUserToGroup", "Adds a user to a group (AdminAddUserToGroup)."), ("AdminRemoveUserFromGroup", "Removes a user from a group (AdminRemoveUserFromGroup).") })
            {
                if (pool.Groups.Count > 0)
                {
                    methods.Add(new(Task, name + "Async", username + ", " + prefix + "Group group, " + Ct,
                        doc + "\n" + UsernameDoc + "\n/// <param name=\"group\">The group.</param>\n/// <param name=\"cancellationToken\">Cancels the call.</param>\n/// <returns>A task that completes when the service has answered.</returns>",
                        new[] { name + "Async(username, " + prefix + "Groups.NameOf(group), cancellationToken)" }));
                }

                methods.Add(new(Task, name + "Async", username + ", string groupName, " + Ct,
                    doc + " For a group cognito.json does not declare.\n" + UsernameDoc + "\n/// <param name=\"groupName\">The group's name.</param>\n/// <param name=\"cancellationToken\">Cancels the call.</param>\n/// <returns>A task that completes when the service has answered.</returns>",
                    new[] { "await _client." + name + "Async(new " + Idp + name + "Request { " + pool_ + ", Username = username, GroupName = groupName }, cancellationToken).ConfigureAwait(false);" },
                    IsAsync: true));
            }

            methods.Add(new(AsyncEnumerable + "<" + Idp + "GroupType>", "AdminListGroupsForUserAsync", username + ", " + Ct,
                "The groups a user is in, across pages (AdminListGroupsForUser); groups cognito.json does not declare are included.\n" + UsernameDoc + "\n/// <param name=\"cancellationToken\">Cancels the enumeration.</param>\n/// <returns>The groups.</returns>",
                new[] { "return _client.AdminListGroupsForUserPaginateAsync(new " + Idp + "AdminListGroupsForUserRequest { " + pool_ + ", Username = username }, cancellationToken);" }));
            if (pool.Groups.Count > 0)
            {
                methods.Add(new(AsyncEnumerable + "<" + user + ">", "ListUsersInGroupAsync", prefix + "Group group, " + Ct,
                    "The users in a group, across pages (ListUsersInGroup).\n/// <param name=\"group\">The group.</param>\n/// <param name=\"cancellationToken\">Cancels the enumeration.</param>\n/// <returns>The users.</returns>",
                    new[] { "return ListUsersInGroupAsync(" + prefix + "Groups.NameOf(group), cancellationToken);" }));
            }

            methods.Add(new(AsyncEnumerable + "<" + user + ">", "ListUsersInGroupAsync", "string groupName, " + Ct,
                "The users in a group, across pages (ListUsersInGroup). For a group cognito.json does not declare.\n/// <param name=\"groupName\">The group's name.</param>\n/// <param name=\"cancellationToken\">Cancels the enumeration.</param>\n/// <returns>The users.</returns>",
                new[] { "return ToUsers(_client.ListUsersInGroupPaginateAsync(new " + Idp + "ListUsersInGroupRequest { " + pool_ + ", GroupName = groupName }, cancellationToken));" }));
            methods.Add(new(AsyncEnumerable + "<" + user + ">", "ListUsersAsync", prefix + "UserFilter? filter = null, global::System.Collections.Generic.IEnumerable<" + prefix + "AdminAttribute>? attributesToGet = null, int? pageSize = null, " + Ct,
                "The users of the pool, across pages (ListUsers), optionally filtered.\n/// <param name=\"filter\">The filter, e.g. <c>" + prefix + "UserFilter.Email.StartsWith(\"ada\")</c>; null lists every user.</param>\n/// <param name=\"attributesToGet\">The attributes each user comes with (the others are null); null: all. Cognito refuses the call when a user in the results lacks a named attribute that cannot be filtered on (custom ones).</param>\n/// <param name=\"pageSize\">Users per page (1–60); null: the service's default.</param>\n/// <param name=\"cancellationToken\">Cancels the enumeration.</param>\n/// <returns>The users.</returns>",
                new[]
                {
                    "global::System.Collections.Generic.List<string>? names = null;",
                    "if (attributesToGet is not null)",
                    "{",
                    "    names = new global::System.Collections.Generic.List<string>();",
                    "    foreach (var attribute in attributesToGet)",
                    "    {",
                    "        names.Add(" + prefix + "AdminAttributes.CognitoNameOf(attribute));",
                    "    }",
                    "}",
                    string.Empty,
                    "return ToUsers(_client.ListUsersPaginateAsync(new " + Idp + "ListUsersRequest { " + pool_ + ", Filter = filter?.Text, AttributesToGet = names, Limit = pageSize }, cancellationToken));",
                }));
            return methods;
        }

        private static void WriteAdminClient(SourceWriter w, UserPoolModel pool)
        {
            var prefix = pool.TypePrefix;
            var type = prefix + "AdminClient";
            var methods = AdminMethods(pool);
            w.Line("/// <summary>");
            w.Line("/// The administration of the " + Xml(pool.Name) + " user pool, typed by its schema: calls signed with AWS credentials, named as");
            w.Line("/// AWS names the operations.");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public partial interface I" + type);
            for (var i = 0; i < methods.Count; i++)
            {
                if (i > 0)
                {
                    w.Line();
                }

                w.Line("/// <summary>" + methods[i].Docs.Split('\n')[0] + "</summary>");
                foreach (var line in methods[i].Docs.Split('\n').Skip(1))
                {
                    w.Line(line);
                }

                w.Line(methods[i].Returns + " " + methods[i].Name + "(" + methods[i].Parameters + ");");
            }

            w.Close();
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// The administration of the " + Xml(pool.Name) + " user pool, typed by its schema: calls signed with AWS credentials (given in");
            w.Line("/// <see cref=\"" + Runtime + "CognitoAdminOptions.Credentials\"/>, or AWSSDK.Core's default chain).");
            w.Line("/// </summary>");
            w.Line(GeneratedCode);
            w.Open("public sealed partial class " + type + " : I" + type + ", global::System.IDisposable");
            w.Summary("The user pool's name in cognito.json.");
            w.Line("public const string UserPoolName = " + Literal(pool.Name) + ";");
            w.Line();
            w.Line("private readonly " + ServiceClient + " _client;");
            w.Line("private readonly bool _ownsClient;");
            w.Line();
            w.Summary("Creates the client.");
            w.Line("/// <param name=\"options\">The pool ID, region, credentials and, for emulators, the endpoint.</param>");
            w.Line("/// <param name=\"httpClient\">An <see cref=\"global::System.Net.Http.HttpClient\"/> to send with; null creates one the client owns.</param>");
            w.Line("/// <exception cref=\"global::System.ArgumentException\">The pool ID is not set.</exception>");
            w.Open("public " + type + "(" + Runtime + "CognitoAdminOptions options, global::System.Net.Http.HttpClient? httpClient = null)");
            w.Line("UserPoolId = " + Support + "UserPoolIdOf(options);");
            w.Line("_client = " + Support + "CreateServiceClient(options, httpClient);");
            w.Line("_ownsClient = true;");
            w.Close();
            w.Line();
            w.Summary("Wraps a low-level client (e.g. the pool's, which <c>AddCognitoTyped</c> registers); it is not disposed with this one.");
            w.Line("/// <param name=\"client\">The low-level client, signed with the credentials that may manage the pool.</param>");
            w.Line("/// <param name=\"userPoolId\">The pool's ID.</param>");
            w.Open("public " + type + "(" + ServiceClient + " client, string userPoolId)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(client);");
            w.Line("global::System.ArgumentException.ThrowIfNullOrWhiteSpace(userPoolId);");
            w.Line("_client = client;");
            w.Line("UserPoolId = userPoolId;");
            w.Close();
            w.Line();
            w.Summary("Wraps the pool's low-level client and ID as <c>AddCognitoTyped</c> registers them; the client is not disposed with this one.");
            w.Line("/// <param name=\"pool\">The low-level client and the pool's ID.</param>");
            w.Line("internal " + type + "((" + ServiceClient + " Client, string UserPoolId) pool)");
            w.Line("    : this(pool.Client, pool.UserPoolId)");
            w.Line("{");
            w.Line("}");
            w.Line();
            w.Summary("The ID of the pool this client manages.");
            w.Line("public string UserPoolId { get; }");
            w.Line();
            w.Summary("The low-level client underneath, for the operations this typed client does not cover.");
            w.Line("public " + ServiceClient + " ServiceClient => _client;");
            foreach (var method in methods)
            {
                w.Line();
                WriteImplementation(w, method.IsAsync, method.Returns, method.Name, method.Parameters, method.Body, string.Empty);
            }

            w.Line();
            w.Summary("Disposes the low-level client when this one created it.");
            w.Open("public void Dispose()");
            w.Open("if (_ownsClient)");
            w.Line("_client.Dispose();");
            w.Close();
            w.Close();
            w.Line();
            w.Line("private static async " + AsyncEnumerable + "<" + prefix + "AdminUser> ToUsers(" + AsyncEnumerable + "<" + Idp + "UserType> users, [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken = default)");
            w.Line("{");
            w.Line("    await foreach (var user in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.WithCancellation(users, cancellationToken).ConfigureAwait(false))");
            w.Line("    {");
            w.Line("        yield return " + prefix + "AdminUser.FromUserType(user);");
            w.Line("    }");
            w.Line("}");
            w.Close();
        }
    }
}
