using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Provisioning;

/// <summary>A group of a <see cref="UserPoolDefinition"/>.</summary>
public sealed class UserPoolGroupDefinition
{
    /// <summary>Creates the definition.</summary>
    /// <param name="groupName">The group's name.</param>
    /// <param name="createGroupJson">A <c>CreateGroup</c> request body as JSON (UserPoolId is filled in); null for just the name.</param>
    public UserPoolGroupDefinition(string groupName, string? createGroupJson = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupName);
        GroupName = groupName;
        CreateGroupJson = createGroupJson;
    }

    /// <summary>The group's name.</summary>
    public string GroupName { get; }

    /// <summary>The <c>CreateGroup</c> request body, as JSON, when more than the name is set.</summary>
    public string? CreateGroupJson { get; }

    /// <summary>The <c>CreateGroup</c> request for this group in the given pool.</summary>
    /// <param name="userPoolId">The pool to create it in.</param>
    /// <returns>A new request object.</returns>
    public CreateGroupRequest ToRequest(string userPoolId)
    {
        var request = CreateGroupJson is null
            ? new CreateGroupRequest()
            : UserPoolDefinition.Parse(CreateGroupJson, CreateGroupIdentityProviderJsonContext.Default.CreateGroupRequest, "CreateGroup");
        request.UserPoolId = userPoolId;
        request.GroupName ??= GroupName;
        return request;
    }
}
